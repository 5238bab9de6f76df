package org.newsgraph.code;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.code.dict.Term;
import org.newsgraph.code.dict.VerbPattern;
import org.newsgraph.model.DependencyTree;

/**
 * Matches verb patterns against a verb in a dependency parse. A pattern's words are looked for in the verb's
 * own regions, never across clauses: its {@link VerbPattern#pre() pre} terms among the words before the verb
 * in its clause (subject, auxiliaries, adverbs, markers, and the verb that governs it with its auxiliaries),
 * its {@link VerbPattern#post() post} terms among its particle, patient, objects, complements and phrases;
 * each of its {@link VerbPattern.Phrase phrases} in a prepositional phrase of the verb, of its patient or of
 * its "to" complement. A word matches a token's form or lemma (a plural pattern word its singular lemma);
 * the words of one alternative must stand together. The pattern with the highest score (words matched, plus
 * fixed weights for the project's constraints) wins; on a tie the first listed (overrides come first).
 * Stateless.
 */
final class PatternMatcher {
    private PatternMatcher() {}

    /**
     * A pattern that matched.
     *
     * @param pattern        the pattern
     * @param score          how specific the match is
     * @param objectConsumed whether the pattern's words name the patient, which then is no target ("impose
     *                       sanctions on Russia": the target is Russia)
     * @param phraseTarget   the nominal of the phrase marked as the target, -1 when none
     * @param phraseSource   the nominal of the phrase marked as the source, -1 when none
     * @param matched        the tokens the pattern's words matched
     */
    record Match(VerbPattern pattern, int score, boolean objectConsumed, int phraseTarget, int phraseSource, BitSet matched) {}

    /** A prepositional phrase: its case word(s), its nominal and the tokens of its noun phrase. */
    private record Pp(String prep, int nominal, List<Integer> tokens) {}

    /** The relations whose subtrees a region never enters: other clauses and punctuation. */
    private static final Set<String> CLAUSES = Set.of("acl:relcl", "ccomp", "advcl", "parataxis", "punct", "csubj", "discourse");

    /**
     * The best pattern for the verb, if any matches.
     *
     * @param t          the sentence
     * @param v          the verb (or act noun)
     * @param candidates the lemma's patterns, overrides first
     * @param passive    whether the verb is passive
     * @param patient    the patient's head, -1 when none
     */
    static Optional<Match> best(DependencyTree t, int v, List<VerbPattern> candidates, boolean passive, int patient) {
        if (candidates.isEmpty()) return Optional.empty();
        int prt = t.child(v, "compound:prt");
        String particle = prt >= 0 ? t.lemma(prt) : "";
        List<Integer> post = postRegion(t, v, patient, prt);
        List<Integer> pre = preRegion(t, v);
        List<Pp> pps = phrases(t, v, patient);
        Match best = null;
        for (VerbPattern p : candidates) {
            Match m = match(t, v, p, passive, patient, particle, pre, post, pps);
            if (m != null && (best == null || m.score() > best.score())) best = m;
        }
        return Optional.ofNullable(best);
    }

    private static Match match(DependencyTree t, int v, VerbPattern p, boolean passive, int patient, String particle,
            List<Integer> pre, List<Integer> post, List<Pp> pps) {
        int score = 0;
        BitSet matched = new BitSet();
        if (!p.particle().isEmpty()) {
            // The verb's particle, or the word right after it ("ask for help"), or the preposition of a phrase on
            // the verb itself ("called on Russia to"); never a time ("pressed on Tuesday").
            boolean ok = p.particle().equals(particle) || (v + 1 < t.size() && t.word(v + 1).equals(p.particle()) && !timeAfter(t, v + 1));
            if (!ok) {
                for (Pp pp : pps) {
                    if (t.head(pp.nominal()) == v && !isTime(t, pp.nominal())
                            && (pp.prep().equals(p.particle()) || pp.prep().startsWith(p.particle() + " "))) ok = true;
                }
            }
            if (!ok) return null;
            score += 1;
        }
        if (p.objectHead().isPresent()) {
            if (patient < 0 || !isOneOf(t, patient, p.objectHead().get())) return null;
            matched.set(patient);
            score += 2;
        }
        if (p.objectModifier().isPresent()) {
            if (patient < 0 || !hasModifier(t, patient, p.objectModifier().get())) return null;
            score += 2;
        }
        if (!p.under().isEmpty()) {
            int h = t.head(v);
            if (h < 0 || !t.rel(v).equals("xcomp") || !t.lemma(h).equals(p.under()) || !t.isVerb(h)) return null;
            score += 2;
        }
        if (p.intransitive()) {
            if (patient >= 0 || passive) return null;
            score += 1;
        }
        if (!p.pre().isEmpty()) {
            int n = terms(t, pre, p.pre(), matched);
            if (n < 0) return null;
            score += n;
        }
        boolean objectConsumed = p.objectHead().isPresent() || p.noTarget();
        if (!p.post().isEmpty()) {
            BitSet here = new BitSet();
            int n = terms(t, post, p.post(), here);
            if (n < 0) return null;
            score += n;
            if (patient >= 0) {
                for (int k = here.nextSetBit(0); k >= 0; k = here.nextSetBit(k + 1)) {
                    if (t.dominates(patient, k)) objectConsumed = true;
                }
            }
            matched.or(here);
        }
        int phraseTarget = -1, phraseSource = -1;
        if (!p.phrases().isEmpty()) {
            boolean[] used = new boolean[pps.size()];
            for (VerbPattern.Phrase ph : p.phrases()) {
                int found = -1;
                BitSet here = null;
                int words = 0;
                for (int i = 0; i < pps.size() && found < 0; i++) {
                    if (used[i] || !prepMatches(ph.prep(), pps.get(i).prep())) continue;
                    BitSet b = new BitSet();
                    int n = ph.terms().isEmpty() ? 0 : terms(t, pps.get(i).tokens(), ph.terms(), b);
                    if (n < 0) continue;
                    found = i;
                    here = b;
                    words = n;
                }
                if (found < 0) return null;
                used[found] = true;
                matched.or(here);
                score += 1 + words;
                if (ph.target()) phraseTarget = pps.get(found).nominal();
                if (ph.source()) phraseSource = pps.get(found).nominal();
            }
        }
        return new Match(p, score, objectConsumed, phraseTarget, phraseSource, matched);
    }

    /** Whether a token names a date or time (its entity tag), or is a time nominal. */
    private static boolean isTime(DependencyTree t, int k) {
        String ner = t.token(k).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || t.rel(k).endsWith("tmod");
    }

    /** Whether the preposition at k opens a phrase about a time ("on Tuesday"). */
    private static boolean timeAfter(DependencyTree t, int k) {
        int h = t.head(k);
        return h > k && isTime(t, h);
    }

    /** Whether a phrase's case words open with one of the pattern's prepositions. */
    private static boolean prepMatches(Term prep, String cases) {
        for (List<String> alt : prep.alternatives()) {
            String a = String.join(" ", alt);
            if (cases.equals(a) || cases.startsWith(a + " ") || cases.endsWith(" " + a)) return true;
        }
        return false;
    }

    /**
     * Matches terms in order within a region; returns the number of words matched (and marks the tokens), or
     * -1 when some term is missing.
     */
    private static int terms(DependencyTree t, List<Integer> region, List<Term> terms, BitSet matched) {
        int from = 0, words = 0;
        for (Term term : terms) {
            int found = -1, len = 0;
            for (int i = from; i < region.size() && found < 0; i++) {
                for (List<String> alt : term.alternatives()) {
                    if (startsAt(t, region, i, alt)) {
                        found = i;
                        len = alt.size();
                        break;
                    }
                }
            }
            if (found < 0) return -1;
            for (int j = 0; j < len; j++) matched.set(region.get(found + j));
            words += len;
            from = found + len;
        }
        return words;
    }

    /** Whether the words stand at region position i, on consecutive tokens of the sentence. */
    private static boolean startsAt(DependencyTree t, List<Integer> region, int i, List<String> words) {
        if (i + words.size() > region.size()) return false;
        int first = region.get(i);
        for (int j = 0; j < words.size(); j++) {
            int k = region.get(i + j);
            if (k != first + j || !wordMatches(t, k, words.get(j))) return false;
        }
        return true;
    }

    /** Whether a token is this word: its form, its lemma, or the lemma's plural or singular. */
    static boolean wordMatches(DependencyTree t, int k, String w) {
        String form = t.word(k), lemma = t.lemma(k);
        if (form.equals(w) || lemma.equals(w)) return true;
        if (w.length() > 3 && w.endsWith("s")) {
            String sing = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
            if (lemma.equals(sing) || form.equals(sing)) return true;
            if (w.endsWith("es") && lemma.equals(w.substring(0, w.length() - 2))) return true;
        }
        return false;
    }

    /** Whether the token's form or lemma is one of the term's one-word alternatives (plurals included). */
    static boolean isOneOf(DependencyTree t, int k, Term term) {
        for (List<String> alt : term.alternatives()) {
            if (alt.size() == 1 && wordMatches(t, k, alt.get(0))) return true;
        }
        return false;
    }

    private static boolean hasModifier(DependencyTree t, int noun, Term term) {
        for (int c : t.children(noun)) {
            if (DependencyTree.relIs(t.rel(c), "amod", "compound", "nmod") && isOneOf(t, c, term)) return true;
        }
        return false;
    }

    /** The verb's particle, patient, right-hand objects, complements and phrases, in token order. */
    private static List<Integer> postRegion(DependencyTree t, int v, int patient, int prt) {
        BitSet in = new BitSet();
        if (prt >= 0) in.set(prt);
        if (patient >= 0) subtree(t, patient, in);
        for (int c : t.children(v)) {
            if (c < v || c == patient) continue;
            String r = t.rel(c);
            if (r.equals("dep") && t.isVerb(c)) continue;
            if (DependencyTree.relIs(r, "obj", "iobj", "obl", "xcomp", "advmod", "nmod", "dep", "compound")) subtree(t, c, in);
        }
        return list(in);
    }

    /** The words before the verb in its clause, and the verb that governs it with its auxiliaries. */
    private static List<Integer> preRegion(DependencyTree t, int v) {
        BitSet in = new BitSet();
        for (int c : t.children(v)) {
            if (c > v) continue;
            String r = t.rel(c);
            if (DependencyTree.relIs(r, "nsubj", "aux", "advmod", "mark", "cop", "neg", "obl", "nmod", "compound", "expl")) subtree(t, c, in);
        }
        int h = t.head(v);
        if (h >= 0 && h < v && DependencyTree.relIs(t.rel(v), "xcomp", "ccomp", "advcl")) {
            in.set(h);
            for (int c : t.children(h)) {
                if (c < v && DependencyTree.relIs(t.rel(c), "aux", "advmod", "mark", "neg", "nsubj")) subtree(t, c, in);
            }
        }
        return list(in);
    }

    /** The prepositional phrases of the verb, of its patient and of its "to" complement. */
    private static List<Pp> phrases(DependencyTree t, int v, int patient) {
        List<Pp> out = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        owners.add(v);
        // The patient's phrases follow the verb only when the patient does (not a passive's subject:
        // "a camp for refugees was attacked" has no "attacked for").
        if (patient > v) owners.add(patient);
        int x = t.child(v, "xcomp");
        if (x >= 0) owners.add(x);
        for (int owner : owners) {
            for (int c : t.children(owner)) {
                if (!DependencyTree.relIs(t.rel(c), "obl", "nmod", "advcl", "xcomp")) continue;
                String prep = t.caseOf(c);
                if (prep.isEmpty()) prep = markOf(t, c);
                if (prep.isEmpty()) continue;
                BitSet in = new BitSet();
                subtree(t, c, in);
                for (int k : t.children(c)) if (t.rel(k).equals("case") || t.rel(k).equals("mark")) in.clear(k);
                out.add(new Pp(prep, c, list(in)));
            }
        }
        return out;
    }

    private static String markOf(DependencyTree t, int c) {
        for (int k : t.children(c)) if (t.rel(k).equals("mark") && k < c) return t.lemma(k);
        return "";
    }

    /** Marks a token and its dependents, not entering other clauses. */
    private static void subtree(DependencyTree t, int k, BitSet in) {
        if (in.get(k)) return;
        in.set(k);
        for (int c : t.children(k)) {
            String r = t.rel(c);
            if (CLAUSES.contains(r) || DependencyTree.relIs(r, "acl:relcl") || (r.equals("conj") && t.isVerb(c))) continue;
            subtree(t, c, in);
        }
    }

    private static List<Integer> list(BitSet b) {
        List<Integer> out = new ArrayList<>(b.cardinality());
        for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) out.add(k);
        return out;
    }
}
