package org.newsgraph.code;

import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Dependencies;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** A sentence's dependency tree with the walks the coder needs. Immutable once built. */
final class Tree {
    final Sentence sentence;
    private final List<Token> tokens;
    private final int[][] children;
    private final String[] lemmas;

    Tree(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        children = Dependencies.children(tokens);
        lemmas = new String[n];
        for (int i = 0; i < n; i++) lemmas[i] = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        return lemmas[i];
    }

    String word(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    String rel(int i) {
        return tokens.get(i).relation();
    }

    /** The head of token i, -1 for the root (or a head outside the sentence). */
    int head(int i) {
        int h = tokens.get(i).head();
        return h >= 0 && h < tokens.size() && h != i ? h : -1;
    }

    int[] children(int i) {
        return children[i];
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        String p = pos(i);
        return p.startsWith("NN") || p.equals("PRP") || p.equals("CD") || p.equals("WP") || p.equals("WDT");
    }

    /** Whether the relation is one of these (prefix match: "nsubj" matches "nsubj:pass"). */
    static boolean relIs(String rel, String... wanted) {
        for (String w : wanted) if (rel.equals(w) || rel.startsWith(w + ":")) return true;
        return false;
    }

    /** The first child with one of the relations (prefix match), or -1. */
    int child(int i, String... relations) {
        for (int c : children[i]) if (relIs(rel(c), relations)) return c;
        return -1;
    }

    /** The lemma of the case word ("on", "with") of a nominal, empty when it has none. */
    String caseOf(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children[i]) {
            if (rel(c).equals("case")) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(lemma(c));
            }
        }
        return sb.toString();
    }

    /** Whether the token has an auxiliary or marker child with one of these words. */
    boolean hasAux(int i, java.util.Set<String> words) {
        for (int c : children[i]) {
            if ((relIs(rel(c), "aux") || rel(c).equals("mark")) && words.contains(word(c))) return true;
        }
        return false;
    }

    /** Whether a verb is passive: a passive subject or auxiliary, or "be"/"been" just before a participle. */
    boolean isPassive(int v) {
        if (child(v, "nsubj:pass") >= 0 || child(v, "aux:pass") >= 0) return true;
        if (!pos(v).equals("VBN")) return false;
        for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
            String w = word(k);
            if (w.equals("be") || w.equals("been") || w.equals("being") || w.equals("was") || w.equals("were")
                    || w.equals("is") || w.equals("are")) return true;
            if (!pos(k).startsWith("RB")) break;
        }
        return false;
    }

    /**
     * The subject of a verb: its own nsubj; for a verb coordinated after "and", the subject of the earlier
     * verb with the same auxiliary (the parser often attaches coordinated verbs to the wrong head); the
     * subject of the verb it is conjoined with or subordinated to; else the name or pronoun just before it.
     */
    int subject(int verb) {
        int own = child(verb, "nsubj");
        if (own >= 0 && !rel(own).equals("nsubj:pass")) return own;
        int prev = verb - 1;
        while (prev >= 0 && (relIs(rel(prev), "aux") || pos(prev).startsWith("RB"))) prev--;
        if (prev >= 0 && pos(prev).equals("CC")) {
            String aux = auxWord(verb);
            int best = -1;
            for (int v = prev - 1; v >= 0; v--) {
                int s = child(v, "nsubj");
                if (!isVerb(v) || s < 0 || rel(s).equals("nsubj:pass")) continue;
                if (java.util.Objects.equals(aux, auxWord(v))) return s;
                if (best < 0 || rel(v).equals("root")) best = s;
            }
            if (best >= 0) return best;
        }
        int v = verb;
        for (int step = 0; step < 4; step++) {
            String r = rel(v);
            if (!(r.equals("conj") || r.startsWith("advcl") || r.equals("xcomp") || r.equals("parataxis"))) break;
            v = head(v);
            if (v < 0) break;
            int s = child(v, "nsubj");
            // "was indicted ... and will resign", "is scheduled to attend": the passive verb's subject is the
            // doer of a verb joined to it or of its "to" complement; not of a clause merely hung on it.
            if (s >= 0 && (!rel(s).equals("nsubj:pass") || r.equals("conj") || r.equals("xcomp"))) return s;
        }
        int k = verb - 1;
        while (k >= 0 && (pos(k).startsWith("RB") || relIs(rel(k), "aux") || pos(k).equals("MD"))) k--;
        if (k >= 0 && (pos(k).startsWith("NNP") || pos(k).equals("PRP") || pos(k).startsWith("NN"))) return k;
        return -1;
    }

    private String auxWord(int verb) {
        for (int c : children[verb]) if (rel(c).equals("aux") && c < verb) return word(c);
        return null;
    }
}
