package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.code.dict.VerbPattern;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * Codes an act named by a noun: "last week's US strike on a Syrian air base", "Tillerson's visit". The source
 * is the possessor, a name compounded with the noun, its "by" phrase, or the doer of a verb that only says the
 * act was done ("carried out strikes"); the target its phrase with one of the pattern's prepositions. Without
 * a source there is no event (the text does not say who). "Suspected", "alleged" make the act hypothetical,
 * "planned", "on the eve of" future. One per document, one thread.
 */
final class NounCoder {
    private final DocumentContext ctx;
    private final ActorResolver actors;
    private final Provenance provenance;

    NounCoder(DocumentContext ctx, ActorResolver actors, Provenance provenance) {
        this.ctx = ctx;
        this.actors = actors;
        this.provenance = provenance;
    }

    /** The act the noun names, if the text says who did it. */
    List<Coded> code(int s, DependencyTree t, int n, List<VerbPattern> patterns) {
        List<VerbPattern> nouns = new ArrayList<>();
        for (VerbPattern p : patterns) if (p.noun()) nouns.add(p);
        if (nouns.isEmpty()) return List.of();
        PatternMatcher.Match match = PatternMatcher.best(t, n, nouns, false, n).orElse(null);
        if (match == null || match.pattern().blocks()) return List.of();
        VerbPattern best = match.pattern();
        List<EventActor> sources = List.of();
        for (int c : t.children(n)) {
            String r = t.rel(c);
            boolean possessor = r.equals("nmod:poss");
            boolean named = r.equals("compound") && t.pos(c).startsWith("NNP");
            boolean by = DependencyTree.relIs(r, "nmod") && !possessor && t.caseOf(c).equals("by");
            if (!(possessor || named || by)) continue;
            sources = t.pos(c).startsWith("PRP") ? actors.actorAt(s, t, c) : actors.describe(s, t, c, List.of(c));
            if (!sources.isEmpty()) break;
        }
        // "Serb forces were engaged in ethnic cleansing", "the army carried out air strikes": the doer of a
        // verb that only says the act was done. Not when the verb has a pattern of its own for this noun
        // ("launched an attack" is coded as the verb).
        int light = sources.isEmpty() ? lightVerb(t, n) : -1;
        if (light >= 0) {
            int doer = Arguments.agentOfPassive(t, light);
            if (doer < 0) doer = t.subject(light);
            if (doer < 0 && t.lemma(light).equals("engage")) doer = t.child(light, "nsubj:pass");
            sources = actors.actors(s, t, doer);
        }
        String code = best.code().equals("---") ? "" : best.code();
        if ((code.startsWith("04") || code.isEmpty()) && (sources.isEmpty() || possessivePronoun(t, n))) {
            // A meeting, call or gathering told as the setting of a clause is its subject's ("May and Trump agreed
            // in a phone call", "Tillerson is due to travel at the end of the gathering with his counterparts").
            int verb = clauseOf(t, n);
            if (verb >= 0) {
                List<EventActor> doers = actors.actors(s, t, t.subject(verb));
                if (!doers.isEmpty()) sources = doers;
            }
        }
        if (sources.isEmpty()) return List.of();
        List<EventActor> targets = List.of();
        Set<String> preps = best.targetPreps().isEmpty() ? Set.of("on", "against") : best.targetPreps();
        int tgt = Arguments.nounPrepObject(t, n, preps);
        if (tgt < 0 && light >= 0) tgt = Arguments.prepObject(t, light, preps);
        if (tgt < 0 && n + 1 < t.size() && preps.contains(t.lemma(n + 1))) {
            // "strike on a Syrian air base" with the phrase hung elsewhere: the noun its preposition marks.
            int h = t.head(n + 1);
            if (h > n + 1 && t.isNoun(h)) tgt = h;
        }
        if (tgt >= 0) targets = actors.actors(s, t, tgt);
        if (targets.isEmpty() && sources.size() > 1 && code.startsWith("04")) targets = sources;
        String root = code.isEmpty() ? best.reverse().substring(0, 2) : code.substring(0, 2);
        sources = actors.asPeople(t, sources, false, root);
        targets = actors.asPeople(t, targets, true, root);
        Modality modality = Modality.ASSERTED;
        for (int c : t.children(n)) {
            if (!DependencyTree.relIs(t.rel(c), "amod", "compound")) continue;
            if (Words.UNPROVEN.contains(t.lemma(c)) || Words.UNPROVEN.contains(t.word(c))) modality = Modality.HYPOTHETICAL;
            else if (modality == Modality.ASSERTED && (Words.PLANNED.contains(t.lemma(c)) || Words.PLANNED.contains(t.word(c)))) {
                modality = Modality.FUTURE;
            }
        }
        if (light >= 0 && modality == Modality.ASSERTED) {
            // The verb tells whether the act was done: "did not carry out", "plans to launch", "would wage".
            Modality lm = provenance.modality(s, t, light, provenance.reporter(s, t, light)).modality();
            if (lm != Modality.REPORTED) modality = lm;
        }
        // "on the eve of Tillerson's visit", "ahead of the talks": still to come.
        int up = t.head(n);
        if (modality == Modality.ASSERTED && up >= 0 && Words.BEFORE.contains(t.lemma(up))) modality = Modality.FUTURE;
        Provenance.Reporter reporter = provenance.reporter(s, t, n);
        if (modality == Modality.ASSERTED && reporter.quote() >= 0) modality = Modality.REPORTED;
        EventMention mention = new EventMention(s, t.token(n).start(), t.token(n).end(), t.token(n).text(), modality,
                reporter.entity(), reporter.text(), reporter.quote());
        return List.of(new Coded(s, n, code, best.reverse(), sources, targets,
                new Provenance.Mood(modality, Provenance.Cue.NONE), reporter, mention, false));
    }

    /** Whether the noun's possessor is a pronoun ("their phone call"). */
    private static boolean possessivePronoun(DependencyTree t, int n) {
        int p = t.child(n, "nmod:poss");
        return p >= 0 && t.pos(p).startsWith("PRP");
    }

    /** The verb whose phrase (or phrase of a phrase) the noun is ("in a phone call", "at the end of the gathering"), or -1. */
    private static int clauseOf(DependencyTree t, int n) {
        int k = n;
        for (int step = 0; step < 4; step++) {
            if (!DependencyTree.relIs(t.rel(k), "obl", "nmod") || t.rel(k).equals("nmod:poss")) return -1;
            int h = t.head(k);
            if (h < 0) return -1;
            if (t.isVerb(h)) return h;
            if (!t.isNoun(h)) return -1;
            k = h;
        }
        return -1;
    }

    /**
     * The verb that only says an act named by a noun was done ("carried out strikes", "engaged in
     * cleansing", "waged a campaign"), with the noun as its object or "in" phrase; -1 when none, or when the
     * verb has a pattern of its own for the noun.
     */
    private int lightVerb(DependencyTree t, int n) {
        int v = t.head(n);
        if (v < 0 || !t.isVerb(v) || !Words.LIGHT_VERBS.contains(t.lemma(v))) return -1;
        boolean object = t.rel(n).equals("obj") || t.rel(n).equals("nsubj:pass");
        boolean in = DependencyTree.relIs(t.rel(n), "obl") && t.caseOf(n).equals("in");
        if (!object && !in) return -1;
        if (t.rel(n).equals("nsubj:pass") && Arguments.agentOfPassive(t, v) < 0) return -1;
        for (VerbPattern p : ctx.dict.verbs().patterns(t.lemma(v))) {
            if (p.noun() || p.blocks()) continue;
            if (p.objectHead().isPresent() && PatternMatcher.isOneOf(t, n, p.objectHead().get())) return -1;
            for (var term : p.post()) if (PatternMatcher.isOneOf(t, n, term)) return -1;
        }
        return v;
    }
}

