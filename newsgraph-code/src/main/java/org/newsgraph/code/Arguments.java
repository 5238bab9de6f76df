package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.SpeechVerbs;
import org.newsgraph.model.DependencyTree;

/**
 * Where a verb's or noun's arguments are in a dependency parse: the patient (through quantities, passives and
 * the parser's usual misplacements), prepositional objects, the agent of a passive, the controller of an
 * infinitive, negation and mood markers. Stateless.
 */
final class Arguments {
    private Arguments() {}

    /**
     * The patient, seen through a quantity or part ("700 kg of medicine", "part of a stronghold": the
     * medicine, the stronghold) and through a determiner the parser made the head of a nominalised adjective
     * ("evacuated the wounded").
     */
    static int patient(DependencyTree t, int v, boolean passive) {
        int p = directPatient(t, v, passive);
        if (p < 0) return p;
        if (t.pos(p).equals("DT")) {
            for (int c : t.children(p)) if (t.rel(c).equals("amod")) return c;
            return p;
        }
        return throughQuantity(t, p);
    }

    /** The "of" phrase of a quantity or part noun ("thousands of refugees"), else the noun itself. */
    static int throughQuantity(DependencyTree t, int n) {
        if (!Words.QUANTITY.contains(t.lemma(n).toLowerCase(java.util.Locale.ROOT))) return n;
        for (int c : t.children(n)) {
            if (DependencyTree.relIs(t.rel(c), "nmod") && t.caseOf(c).equals("of") && t.isNoun(c)) return c;
        }
        return n;
    }

    /** Whether the token's lemma or lower-cased form is one of these ("wounded" is tagged as the verb "wound"). */
    static boolean isOneOf(DependencyTree t, int k, Set<String> lemmas) {
        String w = t.word(k).toLowerCase(java.util.Locale.ROOT);
        if (lemmas.contains(t.lemma(k)) || lemmas.contains(w)) return true;
        // The lemmatiser leaves some plurals alone ("troops"): the singular of a plural noun.
        return t.pos(k).equals("NNS") && w.endsWith("s") && lemmas.contains(w.substring(0, w.length() - 1));
    }

    /** Whether the verb is the "to" complement of a verb with this lemma ("failed to reach"). */
    static boolean governedBy(DependencyTree t, int v, String lemma) {
        int h = t.head(v);
        return h >= 0 && t.rel(v).equals("xcomp") && t.lemma(h).equals(lemma) && t.isVerb(h);
    }

    /** Whether the verb has a phrase with this preposition whose head is one of these lemmas ("as human shields"). */
    static boolean hasPhrase(DependencyTree t, int v, String prep, Set<String> heads) {
        int o = prepObject(t, v, Set.of(prep));
        return o >= 0 && isOneOf(t, o, heads);
    }


    /** The patient: passive subject, the noun before a passive's auxiliaries, the noun a participle modifies, or the object. */
    static int directPatient(DependencyTree t, int v, boolean passive) {
        if (passive) {
            int sp = t.child(v, "nsubj:pass");
            int adjacent = -1;
            if (t.child(v, "aux") >= 0 || t.child(v, "aux:pass") >= 0) {
                // "sanctions could be imposed": the parser often loses or misplaces the passive subject; it is
                // the noun right before the auxiliary chain.
                int k = v - 1;
                while (k >= 0 && (DependencyTree.relIs(t.rel(k), "aux") || t.pos(k).equals("MD") || t.pos(k).startsWith("RB")
                        || t.word(k).equals("be") || t.word(k).equals("been"))) k--;
                if (k >= 0 && t.pos(k).startsWith("NN")) adjacent = k;
            }
            if (sp >= 0 && (adjacent < 0 || sp == adjacent || !verbBetween(t, sp, adjacent))) return antecedent(t, sp);
            if (adjacent >= 0) return adjacent;
            if (t.rel(v).startsWith("acl") && t.head(v) >= 0) return t.head(v);
        }
        int obj = t.child(v, "obj");
        if (obj >= 0) return antecedent(t, obj);
        if (passive) return -1;
        // A verb with a clause for its content ("said support for him was toxic") has no object to look for; a
        // small clause's subject is ("released the mayor, jailed a year ago": the parser's "mayor jailed").
        int x = t.child(v, "xcomp");
        if (x >= 0 && t.child(x, "nsubj") > v) return antecedent(t, t.child(x, "nsubj"));
        int c = t.child(v, "ccomp");
        if (x >= 0) return -1;
        if (c >= 0) {
            // Unless the "clause" is the parser taking a reporting verb for one ("reject proposed Israeli changes
            // ..., Erakat said": "changes" the subject of "said").
            int n = nounAfter(t, v);
            return n >= 0 && SpeechVerbs.reports(t.lemma(c)) && t.dominates(c, n) && c > n ? n : -1;
        }
        return nounAfter(t, v);
    }

    /**
     * The head of the noun phrase right after an active verb that the parser gave no object, as it does
     * when a reporting clause follows ("The Palestinians reject proposed Israeli changes ..., X said") or a
     * date stands between ("rejected Thursday a United Nations appeal"); -1 when a preposition, clause or
     * punctuation comes first.
     */
    static int nounAfter(DependencyTree t, int v) {
        for (int k = v + 1; k < t.size() && k <= v + 6; k++) {
            String p = t.pos(k);
            if (DependencyTree.relIs(t.rel(k), "obl:tmod", "nmod:tmod") || t.rel(k).equals("advmod")) continue;
            if (p.startsWith("NN")) {
                int h = k;
                while (DependencyTree.relIs(t.rel(h), "compound", "flat", "amod") && t.head(h) > h && t.head(h) <= v + 8) h = t.head(h);
                return t.isNoun(h) && t.child(h, "case") < 0 ? h : -1;
            }
            boolean modifier = p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("PRP$") || p.equals("HYPH")
                    || (DependencyTree.relIs(t.rel(k), "amod") && t.head(k) > k);
            if (!modifier) return -1;
        }
        return -1;
    }

    static boolean verbBetween(DependencyTree t, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (t.isVerb(k)) return true;
        return false;
    }

    /** A relative pronoun's antecedent (the noun its clause modifies), else the token itself. */
    static int antecedent(DependencyTree t, int k) {
        if (Words.RELATIVE.contains(t.word(k)) && !t.pos(k).startsWith("NN")) {
            int clause = t.head(k);
            if (clause >= 0 && t.rel(clause).startsWith("acl") && t.head(clause) >= 0) return t.head(clause);
        }
        return k;
    }

    static boolean hasModifier(DependencyTree t, int noun, Set<String> lemmas) {
        for (int c : t.children(noun)) {
            if ((DependencyTree.relIs(t.rel(c), "amod", "compound", "nmod")) && isOneOf(t, c, lemmas)) return true;
        }
        return false;
    }

    /** The object of a prepositional phrase on the verb with one of these prepositions, or -1. */
    static int prepObject(DependencyTree t, int v, Set<String> preps) {
        // The nearest such phrase after the verb, else the nearest before it (parsers attach stray phrases to verbs).
        int best = -1;
        for (int c : t.children(v)) {
            if (DependencyTree.relIs(t.rel(c), "obl", "nmod", "advcl") && preps.contains(t.caseOf(c))) {
                if (best < 0 || (c > v && (best < v || c < best)) || (c < v && best < v && c > best)) best = c;
            }
        }
        if (best >= 0) return antecedent(t, best);
        // The parser sometimes attaches the phrase elsewhere: look right of the verb for "PREP ... NOUN".
        for (int k = v + 1; k < t.size() && k <= v + 4; k++) {
            if (t.pos(k).equals(".") || t.pos(k).equals(",") || (t.isVerb(k) && k > v + 1)) break;
            if ((t.pos(k).equals("IN") || t.pos(k).equals("TO")) && preps.contains(t.lemma(k))) {
                int h = t.head(k);
                if (h > k && t.isNoun(h)) return h;
            }
        }
        return -1;
    }


    /** The object of a prepositional phrase on a noun ("ties with Assad"), or -1. */
    static int nounPrepObject(DependencyTree t, int noun, Set<String> preps) {
        for (int c : t.children(noun)) {
            if (DependencyTree.relIs(t.rel(c), "nmod") && preps.contains(t.caseOf(c))) return c;
        }
        return -1;
    }

    static int agentOfPassive(DependencyTree t, int v) {
        for (int c : t.children(v)) {
            if (t.rel(c).equals("obl:agent") || (DependencyTree.relIs(t.rel(c), "obl") && t.caseOf(c).equals("by"))) return c;
        }
        return -1;
    }

    /**
     * The subject of a "to" infinitive controlled by its head's object: "urged Russia to cut ties", "put
     * pressure on Russia to break its ties", "invited the ministers to sit down". -1 when not controlled.
     */
    static int controller(DependencyTree t, int v) {
        if (t.child(v, "nsubj") >= 0 || !hasTo(t, v)) return -1;
        int h = t.head(v);
        if (h < 0 || !(t.rel(v).equals("xcomp") || t.rel(v).startsWith("advcl") || t.rel(v).equals("ccomp"))) return -1;
        int obj = t.child(h, "obj");
        if (obj >= 0 && Words.HYPOTHETICAL_HEADS.contains(t.lemma(obj))) {
            int on = prepObject(t, h, Set.of("on"));
            if (on >= 0) return on;
        }
        if (Words.OBJECT_CONTROL.contains(t.lemma(h)) && obj >= 0) return obj;
        return -1;
    }

    /**
     * The controller the parser lost: "prompted the US to for the first time directly intervene" hung the
     * infinitive elsewhere; the object of the nearest object-control verb before it, when a "to" stands
     * between that object and the verb and nothing but adverbials and phrases does. -1 when none.
     */
    static int lostController(DependencyTree t, int v) {
        if (!t.pos(v).equals("VB") || t.child(v, "nsubj") >= 0) return -1;
        int to = -1;
        for (int k = v - 1; k >= 0 && k >= v - 8; k--) {
            if (t.word(k).equals("to") && t.pos(k).equals("TO")) {
                to = k;
                break;
            }
            if (t.isVerb(k) || t.pos(k).equals(",")) return -1;
        }
        if (to < 1) return -1;
        int obj = to - 1;
        if (!t.isNoun(obj)) return -1;
        int h = t.head(obj);
        if (h < 0 || h >= obj || !t.isVerb(h) || !Words.OBJECT_CONTROL.contains(t.lemma(h)) || !t.rel(obj).equals("obj")) return -1;
        return obj;
    }

    static boolean hasTo(DependencyTree t, int v) {
        for (int c : t.children(v)) if (t.rel(c).equals("mark") && t.word(c).equals("to")) return true;
        return v > 0 && t.word(v - 1).equals("to") && t.pos(v - 1).equals("TO");
    }

    /** A speech verb the parser hung on this verb as an auxiliary or dependent ("that X said killed"), or -1. */
    static int speechAuxiliary(DependencyTree t, int v) {
        for (int c : t.children(v)) {
            if (c < v && SpeechVerbs.reports(t.lemma(c)) && t.isVerb(c)
                    && (DependencyTree.relIs(t.rel(c), "aux") || t.rel(c).equals("dep") || t.rel(c).equals("advmod"))) return c;
        }
        return -1;
    }


    static boolean negated(DependencyTree t, int v) {
        for (int c : t.children(v)) {
            if ((t.rel(c).equals("advmod") || t.rel(c).equals("neg") || t.rel(c).equals("det"))
                    && Words.NEGATION.contains(t.word(c))) return true;
        }
        return false;
    }

    static boolean goingTo(DependencyTree t, int v) {
        int h = t.head(v);
        return h >= 0 && t.lemma(h).equals("go") && t.pos(h).equals("VBG") && hasTo(t, v);
    }

    /** A bare verb heading its sentence with no subject or auxiliary: an imperative ("stick with us"). */
    static boolean imperative(DependencyTree t, int v) {
        if (!t.pos(v).equals("VB") || t.child(v, "nsubj") >= 0 || t.child(v, "aux") >= 0 || t.child(v, "mark") >= 0) return false;
        String rel = t.rel(v);
        return rel.equals("root") || ((rel.equals("conj") || rel.equals("dep")) && t.head(v) >= 0 && t.child(t.head(v), "nsubj") < 0);
    }


    /** The tokens of a noun phrase: the head with its modifiers and "of/from/for" phrases, no clauses. */
    static List<Integer> npTokens(DependencyTree t, int h) {
        Set<Integer> in = new java.util.TreeSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        in.add(h);
        todo.add(h);
        while (!todo.isEmpty()) {
            int k = todo.poll();
            for (int c : t.children(k)) {
                String r = t.rel(c);
                boolean take = DependencyTree.relIs(r, "compound", "amod", "flat", "nummod", "det", "nmod:poss", "fixed")
                        || (DependencyTree.relIs(r, "nmod") && !r.equals("nmod:poss") && Set.of("of", "from", "for").contains(t.caseOf(c)))
                        || (k != h && DependencyTree.relIs(r, "conj", "cc", "case"));
                if (take && in.add(c)) todo.add(c);
            }
        }
        return new ArrayList<>(in);
    }

}
