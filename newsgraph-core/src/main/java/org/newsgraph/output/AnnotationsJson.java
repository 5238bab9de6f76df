package org.newsgraph.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Count;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Adds an article's annotations to its JSON object: {@code sentences}, {@code entities}, {@code mentions},
 * {@code quotes}, {@code dates}, {@code counts}, {@code amounts}, {@code events}, {@code locations}. Offsets are into the article's {@code text};
 * entity references are entity ids. Documented in {@code docs/schema.md}. Stateless and thread-safe.
 */
public final class AnnotationsJson {

    /** Whether to write each sentence's tokens with part of speech, lemma, entity tag and dependency arc. */
    public enum Tokens { OMIT, INCLUDE }

    private AnnotationsJson() {}

    public static void put(ObjectNode o, Annotations a, Tokens tokens) {
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) {
            ObjectNode so = sentences.addObject();
            so.put("index", s.index());
            so.put("start", s.start());
            so.put("end", s.end());
            if (tokens == Tokens.INCLUDE) {
                ArrayNode ts = so.putArray("tokens");
                for (Token t : s.tokens()) {
                    ObjectNode to = ts.addObject();
                    to.put("text", t.text());
                    to.put("start", t.start());
                    to.put("end", t.end());
                    to.put("pos", t.pos());
                    to.put("lemma", t.lemma());
                    to.put("ner", t.ner());
                    to.put("head", t.head());
                    to.put("relation", t.relation());
                }
            }
        }
        List<Entity> entities = a.entities();
        ArrayNode es = o.putArray("entities");
        for (Entity e : entities) {
            ObjectNode eo = es.addObject();
            eo.put("id", e.id());
            eo.put("name", e.name());
            eo.put("type", e.type().jsonName());
            put(eo, "country", e.country());
            ArrayNode al = eo.putArray("aliases");
            e.aliases().forEach(al::add);
            ArrayNode rs = eo.putArray("roles");
            for (Role r : e.roles()) {
                ObjectNode ro = rs.addObject();
                ro.put("title", r.title());
                put(ro, "country", r.country());
                ref(ro, "affiliation", r.affiliation());
            }
            eo.put("mentions", e.mentions());
            // A place entity carries the coordinates of the place its first located mention resolved to.
            Location at = null;
            for (Location l : a.locations()) {
                if (l.entity() == e.id()) {
                    at = l;
                    break;
                }
            }
            if (at != null) {
                eo.put("lat", at.lat());
                eo.put("lon", at.lon());
                if (at.geonamesId() > 0) eo.put("geonames_id", at.geonamesId());
                else eo.putNull("geonames_id");
            } else {
                eo.putNull("lat");
                eo.putNull("lon");
                eo.putNull("geonames_id");
            }
        }
        mentions(o.putArray("mentions"), a.mentions());
        mentions(o.putArray("references"), a.references());
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode qo = qs.addObject();
            qo.put("text", q.text());
            qo.put("kind", q.kind().jsonName());
            qo.put("start", q.start());
            qo.put("end", q.end());
            qo.put("sentence", q.sentence());
            ref(qo, "speaker", q.speaker());
            if (q.speaker() >= 0 && q.speaker() < entities.size()) qo.put("speaker_name", entities.get(q.speaker()).name());
            else qo.putNull("speaker_name");
            put(qo, "speaker_text", q.speakerText());
            offset(qo, "speaker_start", q.speakerStart());
            offset(qo, "speaker_end", q.speakerEnd());
            put(qo, "verb", q.verb());
            offset(qo, "verb_start", q.verbStart());
        }
        ArrayNode ds = o.putArray("dates");
        for (TimeExpression t : a.dates()) {
            ObjectNode d = ds.addObject();
            d.put("text", t.text());
            d.put("type", t.type().name());
            d.put("value", t.value());
            d.put("start", t.start());
            d.put("end", t.end());
            d.put("sentence", t.sentence());
        }
        ArrayNode cs = o.putArray("counts");
        for (Count c : a.counts()) {
            ObjectNode co = cs.addObject();
            co.put("type", c.type().name());
            co.put("number", c.number());
            co.put("number_text", c.numberText());
            co.put("object", c.object());
            put(co, "place", c.place());
            ref(co, "place_entity", c.placeEntity());
            co.put("start", c.start());
            co.put("end", c.end());
            co.put("sentence", c.sentence());
        }
        ArrayNode as = o.putArray("amounts");
        for (Amount m : a.amounts()) {
            ObjectNode ao = as.addObject();
            ao.put("value", m.value());
            ao.put("text", m.text());
            ao.put("object", m.object());
            ao.put("start", m.start());
            ao.put("end", m.end());
            ao.put("sentence", m.sentence());
        }
        ArrayNode evs = o.putArray("events");
        for (Event e : a.events()) {
            ObjectNode eo = evs.addObject();
            eo.put("id", e.id());
            eo.put("code", e.code());
            eo.put("root_code", e.rootCode());
            eo.put("base_code", e.baseCode());
            eo.put("label", e.label());
            eo.put("goldstein", e.goldstein());
            eo.put("quad_class", e.quadClass());
            if (e.plover().isPresent()) {
                ObjectNode po = eo.putObject("plover");
                po.put("event", e.plover().get().event());
                put(po, "mode", e.plover().get().mode());
                put(po, "context", e.plover().get().context());
            } else {
                eo.putNull("plover");
            }
            actor(eo, "source", e.source().orElse(null));
            actor(eo, "target", e.target().orElse(null));
            if (e.place().isPresent()) location(eo.putObject("place"), e.place().get());
            else eo.putNull("place");
            eo.put("modality", e.modality().jsonName());
            ArrayNode mo = eo.putArray("mentions");
            for (EventMention m : e.mentions()) {
                ObjectNode mm = mo.addObject();
                mm.put("sentence", m.sentence());
                mm.put("action", m.action());
                mm.put("action_start", m.actionStart());
                mm.put("action_end", m.actionEnd());
                mm.put("modality", m.modality().jsonName());
                ref(mm, "reporter", m.reporter());
                put(mm, "reporter_text", m.reporterText());
                ref(mm, "quote", m.quote());
            }
        }
        ArrayNode ls = o.putArray("locations");
        for (Location l : a.locations()) location(ls.addObject(), l);
    }

    /** One location's fields (documented in docs/schema.md). */
    public static void location(ObjectNode lo, Location l) {
        lo.put("text", l.text());
        lo.put("start", l.start());
        lo.put("end", l.end());
        lo.put("sentence", l.sentence());
        ref(lo, "entity", l.entity());
        lo.put("name", l.name());
        lo.put("full_name", l.fullName());
        if (l.geonamesId() > 0) lo.put("geonames_id", l.geonamesId());
        else lo.putNull("geonames_id");
        lo.put("feature_class", l.featureClass());
        lo.put("feature_code", l.featureCode());
        put(lo, "country", l.country());
        put(lo, "fips", l.fips());
        put(lo, "admin1", l.admin1());
        lo.put("lat", l.lat());
        lo.put("lon", l.lon());
        lo.put("confidence", l.confidence());
        lo.put("gdelt_type", l.gdeltType());
    }

    private static void actor(ObjectNode o, String name, EventActor a) {
        if (a == null) {
            o.putNull(name);
            return;
        }
        ObjectNode ao = o.putObject(name);
        ao.put("code", a.code());
        put(ao, "country", a.country());
        put(ao, "role", a.role());
        ao.put("name", a.name());
        ref(ao, "entity", a.entity());
        ao.put("start", a.start());
        ao.put("end", a.end());
        if (a.place().isPresent()) location(ao.putObject("place"), a.place().get());
        else ao.putNull("place");
    }

    private static void put(ObjectNode o, String name, Optional<String> v) {
        if (v.isPresent()) o.put(name, v.get());
        else o.putNull(name);
    }

    private static void mentions(ArrayNode ms, java.util.List<Mention> list) {
        for (Mention m : list) {
            ObjectNode mo = ms.addObject();
            mo.put("text", m.text());
            mo.put("type", m.type().jsonName());
            mo.put("start", m.start());
            mo.put("end", m.end());
            mo.put("sentence", m.sentence());
            ref(mo, "entity", m.entity());
        }
    }

    private static void ref(ObjectNode o, String name, int id) {
        if (id >= 0) o.put(name, id);
        else o.putNull(name);
    }

    private static void offset(ObjectNode o, String name, int v) {
        if (v >= 0) o.put(name, v);
        else o.putNull(name);
    }
}
