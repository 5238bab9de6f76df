package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.code.dict.Transformation;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * What a verb says about the act in its complement, by the dictionaries' rules. A statement verb coded with
 * a bare kind (threaten 130, appeal 020, demand 100, intend 030) takes the act's content through PETRARCH's
 * coding ontology: "threatened to break relations" is 1313, not 130 beside 161. And PETRARCH's
 * transformations: "a says a attacked b" claims responsibility (015), "a says b attacked" accuses b (112),
 * "a wants to attack b" threatens (138). One per document, one thread.
 */
final class Compositions {
    /** Verbs that relay what happened rather than take a side on it. */
    private static final Set<String> NEUTRAL_REPORTING = Set.of("report", "announce", "confirm", "note", "add", "quote", "cite");

    private final DocumentContext ctx;
    private final ActorResolver actors;

    Compositions(DocumentContext ctx, ActorResolver actors) {
        this.ctx = ctx;
        this.actors = actors;
    }

    /** Applies compositions and transformations to one sentence's coded acts (replacing or adding). */
    List<Coded> apply(int s, DependencyTree t, List<Coded> sentence) {
        List<Coded> out = new ArrayList<>(sentence);
        // Compositions: a bare statement head takes its complement's act.
        for (int i = 0; i < out.size(); i++) {
            Coded head = out.get(i);
            if (head.derived() || head.code().isEmpty()) continue;
            for (Coded act : sentence) {
                if (act == head || act.derived() || act.code().isEmpty() || !complementOf(t, act.token(), head.token())) continue;
                Optional<String> composed = ctx.dict.ontology().compose(head.code(), act.code())
                        .filter(c -> ctx.codes.get(c).isPresent());
                if (composed.isEmpty()) continue;
                List<EventActor> targets = head.targets().isEmpty() ? act.targets() : head.targets();
                out.set(i, new Coded(head.sentence(), head.token(), composed.get(), "", head.sources(), targets, head.mood(),
                        head.reporter(), head.mention(), false));
                break;
            }
        }
        // A statement derived from an act ("threatened to ban": the ban, announced, is a threat) says again what its
        // head verb already codes ("threatened"): keep the head's.
        out.removeIf(c -> c.derived() && t.rel(c.token()).equals("xcomp") && t.head(c.token()) >= 0
                && out.stream().anyMatch(h -> !h.derived() && h.token() == t.head(c.token()) && !h.code().isEmpty()
                        && h.root().equals(c.root())));
        for (Transformation tr : ctx.dict.verbs().transformations()) {
            // "a says a did Q" codes Q, which the act already is.
            if (tr.code().isEmpty()) continue;
            for (Coded act : sentence) {
                if (act.derived() || act.code().isEmpty()) continue;
                if (!tr.inner().isEmpty() && !ctx.dict.verbs().blocks(t.lemma(act.token())).contains(tr.inner())) continue;
                int head = governing(t, act.token(), tr.head());
                if (head < 0) continue;
                transform(s, t, tr, head, act).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether {@code act} is the "to" complement of {@code head} (or a conjunct of it). */
    private static boolean complementOf(DependencyTree t, int act, int head) {
        int k = act;
        for (int step = 0; step < 2 && k >= 0; step++) {
            int h = t.head(k);
            if (h < 0) return false;
            String r = t.rel(k);
            if (h == head && r.equals("xcomp")) return true;
            if (!r.equals("conj")) return false;
            k = h;
        }
        return false;
    }

    /** The verb of the block above the act through clausal complements (two steps at most), or -1. */
    private int governing(DependencyTree t, int act, String block) {
        int k = act;
        for (int step = 0; step < 2; step++) {
            int h = t.head(k);
            if (h < 0 || !DependencyTree.relIs(t.rel(k), "ccomp", "xcomp")) return -1;
            if (t.isVerb(h) && ctx.dict.verbs().blocks(t.lemma(h)).contains(block)) return h;
            k = h;
        }
        return -1;
    }

    private Optional<Coded> transform(int s, DependencyTree t, Transformation tr, int head, Coded act) {
        int subject = t.subject(head);
        List<EventActor> a = actors.actors(s, t, subject);
        if (a.isEmpty()) return Optional.empty();
        Set<String> aCodes = codes(a);
        List<EventActor> b;
        switch (tr.shape()) {
            case SAME_SOURCE -> {
                if (act.sources().isEmpty() || !aCodes.containsAll(codes(act.sources())) || t.rel(act.token()).equals("xcomp")) {
                    return Optional.empty();
                }
                b = act.targets();
            }
            case OTHER_SOURCE -> {
                // An agency reporting what others did reports, it does not accuse ("the UN agency reported
                // militiamen attacked the camp").
                if (NEUTRAL_REPORTING.contains(t.lemma(head))) return Optional.empty();
                if (act.sources().isEmpty() || codes(act.sources()).stream().anyMatch(aCodes::contains)) return Optional.empty();
                b = act.sources();
            }
            default -> {
                if (!t.rel(act.token()).equals("xcomp") || t.child(act.token(), "nsubj") >= 0) return Optional.empty();
                b = act.targets();
            }
        }
        if (b.isEmpty()) return Optional.empty();
        String code = tr.code();
        if (ctx.codes.get(code).isEmpty()) return Optional.empty();
        Provenance.Reporter r = act.reporter();
        EventMention m = new EventMention(s, t.token(head).start(), t.token(head).end(), t.token(head).text(), Modality.ASSERTED,
                r.entity(), r.text(), r.quote());
        return Optional.of(new Coded(s, head, code, "", a, b, new Provenance.Mood(Modality.ASSERTED, Provenance.Cue.NONE),
                r, m, true));
    }

    private static Set<String> codes(List<EventActor> list) {
        Set<String> out = new java.util.HashSet<>();
        for (EventActor x : list) out.add(x.code());
        return out;
    }
}
