package org.newsgraph.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * Turns coded acts into events: one row per source and target (compound actors give one event per actor,
 * as PETRARCH codes them; a reverse code gives the event the other way round), then one event per code and
 * pair of actors (the same code, and the same person when a person is named), with every mention that
 * tells of it; a mention naming one side only joins the event of the same code that names that side and
 * another. An event's modality is that of its most factual
 * mention (asserted, then reported, future, hypothetical, negated, denied); each mention keeps its own.
 * Stateless.
 */
final class EventMerger {
    private EventMerger() {}

    /** One event row before merging. */
    private record Row(String code, EventActor source, EventActor target, EventMention mention) {}

    /** Most factual first. */
    private static final List<Modality> FACTUALITY = List.of(Modality.ASSERTED, Modality.REPORTED, Modality.FUTURE,
            Modality.HYPOTHETICAL, Modality.NEGATED, Modality.DENIED);

    /**
     * Merges coded acts into events.
     *
     * @param person whether an entity id is a person's: people with the same code are different actors (Johnson
     *               and May are both GBRGOV); two entities of one country or organisation code are one actor
     */
    static List<Event> merge(List<Coded> coded, CameoCodes codes, java.util.function.IntPredicate person) {
        List<Row> rows = new ArrayList<>();
        for (Coded c : coded) {
            if (!c.code().isEmpty()) rows(c.code(), c.sources(), c.targets(), c.mention(), rows);
            if (!c.reverse().isEmpty() && !c.sources().isEmpty() && !c.targets().isEmpty()) {
                rows(c.reverse(), c.targets(), c.sources(), c.mention(), rows);
            }
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            // Actors with the same code but different names are different events (Johnson meeting Tillerson, May
            // calling Trump: both GBRGOV and USAGOV); the same named actor told twice is one.
            String key = r.code() + '|' + side(r.source(), person) + '|' + side(r.target(), person);
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        // A mention that leaves one side out joins the event that names both, when the side it names and the code
        // agree ("May and Trump ... in a phone call" then "in their phone call, May said": one call).
        for (var it = groups.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            Row first = e.getValue().get(0);
            if ((first.source() == null) == (first.target() == null)) continue;
            for (List<Row> other : groups.values()) {
                Row o = other.get(0);
                if (other == e.getValue() || o.source() == null || o.target() == null || !o.code().equals(first.code())) continue;
                boolean joins = first.target() == null ? side(o.source(), person).equals(side(first.source(), person))
                        : side(o.target(), person).equals(side(first.target(), person));
                if (joins) {
                    other.addAll(e.getValue());
                    it.remove();
                    break;
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<Row> g : groups.values()) {
            Row first = g.get(0);
            CameoCodes.Code c = codes.get(first.code()).orElseThrow(() -> new IllegalStateException("unknown code " + first.code()));
            Set<EventMention> mentions = new LinkedHashSet<>();
            Modality modality = Modality.DENIED;
            for (Row r : g) {
                mentions.add(r.mention());
                if (FACTUALITY.indexOf(r.mention().modality()) < FACTUALITY.indexOf(modality)) modality = r.mention().modality();
            }
            out.add(new Event(out.size(), c.code(), c.label(), c.goldstein(), c.quadClass(), c.plover(),
                    Optional.ofNullable(first.source()), Optional.ofNullable(first.target()), modality, new ArrayList<>(mentions)));
        }
        return out;
    }

    private static String side(EventActor a, java.util.function.IntPredicate person) {
        if (a == null) return "";
        return a.entity() >= 0 && person.test(a.entity()) ? a.code() + "#" + a.entity() : a.code();
    }

    private static void rows(String code, List<EventActor> sources, List<EventActor> targets, EventMention mention, List<Row> out) {
        List<EventActor> src = sources.isEmpty() ? Collections.singletonList(null) : sources;
        List<EventActor> tgt = targets.isEmpty() ? Collections.singletonList(null) : targets;
        for (EventActor a : src) {
            for (EventActor b : tgt) {
                if (a != null && b != null && a.code().equals(b.code()) && a.entity() == b.entity()) continue;
                out.add(new Row(code, a, b, mention));
            }
        }
    }
}
