package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * The statement an act that is announced, required or refused makes, as CAMEO codes it: the source saying it
 * will (or is ready to) cooperate expresses intent, saying it will or could sanction or attack threatens
 * ({@link StatedIntent}); a reporter saying another must cooperate or yield demands it; refusing to cooperate
 * ("would not provide support") rejects, by PETRARCH's coding ontology. The statement is a fact the text
 * asserts (or reports, when someone else tells of it); the act keeps its own modality. One per document.
 */
final class Statements {
    private final DocumentContext ctx;
    private final ActorResolver actors;

    Statements(DocumentContext ctx, ActorResolver actors) {
        this.ctx = ctx;
        this.actors = actors;
    }

    /** The statements an act makes; empty when it is a plain fact. */
    List<Coded> of(Coded act, boolean sourceIsReporter) {
        List<Coded> out = new ArrayList<>();
        if (act.code().isEmpty()) return out;
        Modality m = act.mood().modality();
        Provenance.Reporter reporter = act.reporter();
        List<EventActor> sources = act.sources();
        if (m == Modality.NEGATED && !sources.isEmpty()) {
            // Refusing to cooperate rejects ("will not accept refugees", "would not provide support"): the
            // ontology's rejection of that cooperation, else rejection in general; refusing to attack is no event.
            if (!cooperative(act.code())) return out;
            // Refusing material cooperation or aid rejects material cooperation (121); anything else, in general.
            String general = ctx.codes.get(act.code()).map(c -> c.quadClass() == 2).orElse(false) ? "121" : "120";
            String refusal = ctx.dict.ontology().refuse(content(act.code())).filter(c -> ctx.codes.get(c).isPresent()).orElse(general);
            out.add(derived(act, refusal, sources, act.targets(), bySource(act, sourceIsReporter)));
            return out;
        }
        if (m != Modality.FUTURE && m != Modality.HYPOTHETICAL) return out;
        if (act.mood().cue() == Provenance.Cue.OBLIGATION) {
            // Someone saying another must act demands it: CAMEO's demand for that act, else the ontology's, else a
            // demand in general.
            Optional<String> demand = StatedIntent.demand(act.code())
                    .or(() -> ctx.dict.ontology().compose("100", content(act.code())).filter(c -> ctx.codes.get(c).isPresent()))
                    .or(() -> Optional.of("100"));
            if (!reporter.present() || underNoun(act)) return out;
            // The speaker's whole description ("Rwandan rebels": RWAREB), else its entity.
            List<EventActor> by = reporter.head() >= 0 ? actors.actors(reporter.sentence(), ctx.trees.get(reporter.sentence()), reporter.head())
                    : List.of();
            if (by.isEmpty() && reporter.entity() >= 0) {
                by = actors.actorFromEntity(reporter.entity(), reporter.start(), reporter.end()).map(List::of).orElse(List.of());
            }
            if (by.isEmpty() || sources.stream().anyMatch(a -> reporter.entity() >= 0 && a.entity() == reporter.entity())) return out;
            out.add(derived(act, demand.get(), by, sources, true));
            return out;
        }
        boolean announced = act.mood().cue() == Provenance.Cue.ANNOUNCED || act.mood().cue() == Provenance.Cue.COMMITMENT
                || sourceIsReporter;
        if (!announced || sources.isEmpty()) return out;
        Optional<String> intent = StatedIntent.intentOrThreat(act.code());
        intent.ifPresent(c -> out.add(derived(act, c, sources, act.targets(), bySource(act, sourceIsReporter))));
        return out;
    }

    /**
     * Whether the act's clause hangs on a noun ("repeating mantras that Assad must step down"): then the speaker
     * tells of someone's demand, does not make it.
     */
    private boolean underNoun(Coded act) {
        org.newsgraph.model.DependencyTree t = ctx.trees.get(act.sentence());
        int k = act.token();
        for (int step = 0; step < 6; step++) {
            int h = t.head(k);
            if (h < 0) return false;
            if (t.isNoun(h) && !t.isVerb(h)) return true;
            if (t.isVerb(h) && org.newsgraph.annotate.SpeechVerbs.reports(t.lemma(h))) return false;
            k = h;
        }
        return false;
    }

    /** Whether a code is cooperation (QuadClass 1 or 2). */
    private boolean cooperative(String code) {
        return ctx.codes.get(code).map(c -> c.quadClass() == 1 || c.quadClass() == 2).orElse(false);
    }

    /**
     * The act a code is about, without what is said of it: an intent to give aid (033) is about giving aid (070).
     * Found through the ontology: the code whose value is this one's low digits; the code itself otherwise.
     */
    private String content(String code) {
        List<Integer> v = ctx.dict.ontology().values(code);
        if (v.isEmpty() || v.get(0) <= 0 || (v.get(0) & 0xF000) == 0) return code;
        return ctx.dict.ontology().code(v.get(0) & 0x0FFF).orElse(code);
    }

    /** Whether the sources say it themselves (no one else reports it). */
    private boolean bySource(Coded act, boolean sourceIsReporter) {
        Provenance.Reporter reporter = act.reporter();
        boolean by = !reporter.present() || sourceIsReporter
                || act.sources().stream().anyMatch(a -> a.entity() >= 0 && a.entity() == reporter.entity());
        if (!by && reporter.entity() >= 0) {
            Optional<EventActor> rep = actors.actorFromEntity(reporter.entity(), -1, -1);
            by = rep.isPresent() && act.sources().stream().anyMatch(a -> a.code().equals(rep.get().code()));
        }
        return by;
    }

    private static Coded derived(Coded act, String code, List<EventActor> sources, List<EventActor> targets, boolean bySource) {
        EventMention a = act.mention();
        Provenance.Reporter r = act.reporter();
        EventMention said = new EventMention(a.sentence(), a.actionStart(), a.actionEnd(), a.action(),
                bySource ? Modality.ASSERTED : Modality.REPORTED, r.entity(), r.text(), r.quote());
        return new Coded(act.sentence(), act.token(), code, "", sources, targets,
                new Provenance.Mood(said.modality(), Provenance.Cue.NONE), r, said, true);
    }
}
