package org.newsgraph.code;

import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.SpeechVerbs;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Quote;

/**
 * How the text presents an act and who claims it: the modality (asserted, reported, hypothetical, negated,
 * denied, future) from negation, modal and future auxiliaries, conditions and the heads that govern an
 * infinitive; the reporter from the quotation or the speech verb above it. One per document, one thread.
 */
final class Provenance {
    private final DocumentContext ctx;
    private final ActorResolver actors;

    Provenance(DocumentContext ctx, ActorResolver actors) {
        this.ctx = ctx;
        this.actors = actors;
    }

    /** Who reports an event: entity id (or -1), the words, the quote index, and the reporter's head token. */
    record Reporter(int entity, Optional<String> text, int quote, int start, int end, int sentence, int head) {
        static final Reporter NONE = new Reporter(-1, Optional.empty(), -1, -1, -1, -1, -1);

        boolean present() {
            return entity >= 0 || text.isPresent();
        }
    }

    /** What makes a clause non-factual, as far as deriving statement codes needs to know. */
    enum Cue { NONE, ANNOUNCED, COMMITMENT, OBLIGATION, OTHER }

    /** A modality with its cue. */
    record Mood(Modality modality, Cue cue) {}

    // ---- provenance and modality ----

    /** Who reports the event: the speaker of a quotation holding it, else the subject of a speech verb above it. */
    Reporter reporter(int s, DependencyTree t, int v) {
        int at = t.token(v).start();
        Quote best = null;
        int bestIndex = -1;
        List<Quote> quotes = ctx.ann.quotes();
        for (int q = 0; q < quotes.size(); q++) {
            Quote qt = quotes.get(q);
            if (qt.start() <= at && at < qt.end() && qt.verbStart() != at && (qt.speaker() >= 0 || qt.speakerText().isPresent())) {
                if (best == null || qt.end() - qt.start() < best.end() - best.start()) {
                    best = qt;
                    bestIndex = q;
                }
            }
        }
        if (best != null) {
            // The speaker's head token, when the speaker's words are in a sentence of their own parse.
            int sh = -1, ss = -1;
            if (best.speakerStart() >= 0) {
                for (int k = 0; k < ctx.trees.size() && sh < 0; k++) {
                    DependencyTree st = ctx.trees.get(k);
                    if (st.sentence().start() <= best.speakerStart() && best.speakerStart() < st.sentence().end()) {
                        List<Integer> toks = st.tokensIn(best.speakerStart(), best.speakerEnd());
                        if (!toks.isEmpty()) {
                            sh = st.headOf(toks.get(0), toks.get(toks.size() - 1));
                            ss = k;
                        }
                    }
                }
            }
            return new Reporter(best.speaker(), best.speakerText(), bestIndex, best.speakerStart(), best.speakerEnd(), ss, sh);
        }
        int cur = v;
        for (int step = 0; step < 5; step++) {
            int h = t.head(cur);
            if (h < 0 || !DependencyTree.relIs(t.rel(cur), "ccomp", "xcomp", "dep", "parataxis", "advcl")) break;
            if (SpeechVerbs.reports(t.lemma(h)) && t.isVerb(h)) return reporterAt(s, t, t.subject(h), -1);
            cur = h;
        }
        return Reporter.NONE;
    }

    Reporter reporterAt(int s, DependencyTree t, int head, int quote) {
        if (head < 0) return Reporter.NONE;
        int e = actors.entityOfToken(s, t, head, 0);
        List<Integer> span = Arguments.npTokens(t, head);
        int a = t.token(span.get(0)).start(), b = t.token(span.get(span.size() - 1)).end();
        return new Reporter(e, Optional.of(ctx.text.substring(a, b)), quote, a, b, s, head);
    }

    /** The subject of the deny/reject verb above a denied event. */
    Reporter denier(int s, DependencyTree t, int v) {
        int cur = v;
        for (int step = 0; step < 4; step++) {
            int h = t.head(cur);
            if (h < 0) break;
            if (Words.DENY.contains(t.lemma(h)) && t.isVerb(h)) return reporterAt(s, t, t.subject(h), -1);
            cur = h;
        }
        return Reporter.NONE;
    }

    Mood modality(int s, DependencyTree t, int v, Reporter reporter) {
        if (Arguments.negated(t, v) || (t.rel(v).equals("xcomp") && t.head(v) >= 0 && Arguments.negated(t, t.head(v)))) {
            return new Mood(Modality.NEGATED, Cue.NONE);
        }
        // Denied: the event is the content of a denial, or of an accusation that is rejected.
        int cur = v;
        for (int step = 0; step < 4; step++) {
            int h = t.head(cur);
            if (h < 0) break;
            String rel = t.rel(cur);
            if (!DependencyTree.relIs(rel, "ccomp", "xcomp", "dep", "obj", "acl", "csubj", "advcl") || rel.equals("acl:relcl")) break;
            if (Words.DENY.contains(t.lemma(h)) && t.isVerb(h)) return new Mood(Modality.DENIED, Cue.NONE);
            if (Words.ALLEGATION.contains(t.lemma(h)) && t.pos(h).startsWith("NN")) {
                int g = t.head(h);
                if (g >= 0 && Words.DENY.contains(t.lemma(g))) return new Mood(Modality.DENIED, Cue.NONE);
                return new Mood(Modality.HYPOTHETICAL, Cue.OTHER);
            }
            cur = h;
        }
        Cue cue = Cue.NONE;
        boolean hypothetical = false, future = false;
        if (t.hasAux(v, Words.OBLIGATION_AUX)) {
            hypothetical = true;
            cue = Cue.OBLIGATION;
        } else if (t.hasAux(v, Words.CONDITION)) {
            hypothetical = true;
            cue = Cue.OTHER;
        } else if (t.hasAux(v, Words.HYPOTHETICAL_AUX)) {
            hypothetical = true;
            cue = t.hasAux(v, Words.ANNOUNCING_AUX) ? Cue.ANNOUNCED : Cue.OTHER;
        } else if (t.hasAux(v, Words.FUTURE_AUX) || Arguments.goingTo(t, v)) {
            future = true;
            cue = Cue.ANNOUNCED;
        }
        if (!hypothetical && !future) {
            cur = v;
            boolean decided = false;
            for (int step = 0; step < 5 && !decided; step++) {
                int h = t.head(cur);
                String rel = t.rel(cur);
                // Up through clausal complements, and through a noun only as an object or a participle's head
                // ("keen to see [sanctions imposed]"), never through modifiers of nouns.
                // A relative clause has its own tense and mood ("whom they had taken hostage").
                if (h < 0 || !DependencyTree.relIs(rel, "xcomp", "advcl", "acl", "ccomp", "obj") || rel.equals("acl:relcl")) break;
                if (DependencyTree.relIs(rel, "advcl", "acl") && t.hasAux(cur, Words.CONDITION)) {
                    hypothetical = true;
                    cue = Cue.OTHER;
                    break;
                }
                if (SpeechVerbs.reports(t.lemma(h)) && t.isVerb(h)) break;
                // Inside a condition ("unless the president agrees to step down"), nothing is fact.
                if (DependencyTree.relIs(t.rel(h), "advcl") && t.hasAux(h, Words.CONDITION)) {
                    hypothetical = true;
                    cue = Cue.OTHER;
                    break;
                }
                int hObj = t.child(h, "obj");
                boolean commits = Words.COMMITMENT_HEADS.contains(t.lemma(h));
                if (Words.HYPOTHETICAL_HEADS.contains(t.lemma(h)) || (hObj >= 0 && hObj != cur
                        && Words.HYPOTHETICAL_HEADS.contains(t.lemma(hObj)) && t.pos(hObj).startsWith("NN"))) {
                    hypothetical = true;
                    cue = commits ? Cue.COMMITMENT : Cue.OTHER;
                    decided = true;
                } else if (Words.FUTURE_HEADS.contains(t.lemma(h))) {
                    future = true;
                    cue = commits ? Cue.COMMITMENT : Cue.OTHER;
                    decided = true;
                } else if (t.hasAux(h, Words.HYPOTHETICAL_AUX) || t.hasAux(h, Words.CONDITION)) {
                    hypothetical = true;
                    cue = Cue.OTHER;
                    decided = true;
                } else if (t.hasAux(h, Words.FUTURE_AUX)) {
                    future = true;
                    cue = Cue.ANNOUNCED;
                    decided = true;
                }
                cur = h;
            }
            // An infinitive nothing above makes planned is an aim, not a fact ("to break its ties").
            if (!decided && !hypothetical && Arguments.hasTo(t, v)) {
                hypothetical = true;
                cue = Cue.OTHER;
            }
        }
        if (!hypothetical && Arguments.imperative(t, v)) {
            hypothetical = true;
            cue = Cue.OTHER;
        }
        if (hypothetical) return new Mood(Modality.HYPOTHETICAL, cue);
        if (future) return new Mood(Modality.FUTURE, cue);
        return new Mood(reporter.present() ? Modality.REPORTED : Modality.ASSERTED, Cue.NONE);
    }

}
