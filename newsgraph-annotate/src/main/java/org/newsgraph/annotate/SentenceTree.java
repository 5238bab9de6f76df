package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Dependencies;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** A sentence's dependency tree with the walks the annotators need. Immutable once built. */
final class SentenceTree {
    final Sentence sentence;
    final List<Token> tokens;
    private final int[][] children;
    private final int[] subtreeFirst;
    private final int[] subtreeLast;

    SentenceTree(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        children = Dependencies.children(tokens);
        subtreeFirst = new int[n];
        subtreeLast = new int[n];
        for (int i = 0; i < n; i++) {
            subtreeFirst[i] = i;
            subtreeLast[i] = i;
        }
        // Propagate each token's position up to its ancestors; the depth guard stops on a malformed cycle.
        for (int i = 0; i < n; i++) {
            int h = tokens.get(i).head();
            for (int depth = 0; h >= 0 && h < n && depth < n; depth++) {
                if (i < subtreeFirst[h]) subtreeFirst[h] = i;
                if (i > subtreeLast[h]) subtreeLast[h] = i;
                h = tokens.get(h).head();
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int[] children(int i) {
        return children[i];
    }

    int subtreeFirst(int i) {
        return subtreeFirst[i];
    }

    int subtreeLast(int i) {
        return subtreeLast[i];
    }

    /** Whether token {@code i} lies in the subtree of {@code ancestor}. */
    boolean dominates(int ancestor, int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth <= tokens.size(); depth++) {
            if (h == ancestor) return true;
            h = tokens.get(h).head();
        }
        return false;
    }

    /** The first child with one of the relations (prefix match: "nsubj" matches "nsubj:pass"), or -1. */
    int child(int i, String... relations) {
        for (int c : children[i]) {
            String r = tokens.get(c).relation();
            for (String want : relations) if (r.equals(want) || r.startsWith(want + ":")) return c;
        }
        return -1;
    }

    /** A child with exactly this relation, or -1. */
    int childExact(int i, String relation) {
        for (int c : children[i]) if (tokens.get(c).relation().equals(relation)) return c;
        return -1;
    }

    /**
     * The subject of a verb: its own nsubj, else the subject of the verb it is conjoined with or
     * subordinated to ("Calling it X, Johnson said"; "said ... and suggested"), a few steps up at most.
     */
    int subject(int verb) {
        int v = verb;
        for (int step = 0; step < 4 && v >= 0; step++) {
            int s = child(v, "nsubj");
            if (s >= 0) return s;
            String rel = tokens.get(v).relation();
            if (!(rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("parataxis"))) {
                return -1;
            }
            v = tokens.get(v).head();
        }
        return -1;
    }

    /**
     * The subject of a speech or action verb, with fallbacks for the parser's usual misses in news prose: the
     * dependency subject ({@link #subject(int)}) unless the verb is conjoined after "and" (where the parser often
     * attaches it to the wrong verb); then the subject of the earlier verb in the same coordination, the one
     * with the same auxiliary ("Russia has rejected ... and has said"); then the name or pronoun just before
     * the verb ("Trump and May said").
     */
    int subjectWithFallbacks(int verb) {
        int own = child(verb, "nsubj");
        if (own >= 0) return own;
        int prev = verb - 1;
        while (prev >= 0 && tokens.get(prev).relation().startsWith("aux")) prev--;
        boolean coordinated = prev >= 0 && tokens.get(prev).pos().equals("CC");
        if (coordinated) {
            String aux = auxWord(verb);
            int best = -1;
            for (int v = prev - 1; v >= 0; v--) {
                if (!isVerb(tokens.get(v)) || child(v, "nsubj") < 0) continue;
                int s = child(v, "nsubj");
                // Coordinated verbs share their auxiliary, or the lack of one: "has rejected ... and has said".
                if (java.util.Objects.equals(aux, auxWord(v))) return s;
                if (best < 0 || tokens.get(v).relation().equals("root")) best = s;
            }
            if (best >= 0) return best;
        }
        int deps = subject(verb);
        if (deps >= 0) return deps;
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).relation().startsWith("aux"))) k--;
        if (k >= 0) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NNP") || t.pos().equals("PRP") || t.pos().startsWith("NN")) return k;
        }
        return -1;
    }

    private String auxWord(int verb) {
        for (int c : children[verb]) {
            Token a = tokens.get(c);
            if (a.relation().equals("aux") && c < verb) return a.text().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    static boolean isVerb(Token t) {
        return t.pos().startsWith("VB");
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
    }

    /** The nearest verb at or above token {@code i}, or -1. */
    int governingVerb(int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth <= tokens.size(); depth++) {
            if (isVerb(tokens.get(h))) return h;
            h = tokens.get(h).head();
        }
        return -1;
    }

    /** Grammatical time reference of a clause. */
    enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

    /** The tense of the clause headed by {@code verb}, read off its tag and auxiliaries. */
    Tense tense(int verb) {
        if (verb < 0) return Tense.UNKNOWN;
        Token v = tokens.get(verb);
        boolean future = false;
        boolean past = v.pos().equals("VBD");
        for (int c : children[verb]) {
            Token a = tokens.get(c);
            if (!a.relation().startsWith("aux")) continue;
            String w = a.text().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("going")) future = true;
            if (a.pos().equals("VBD") || w.equals("has") || w.equals("have") || w.equals("had")) past = true;
        }
        // "is due to travel", "is set to meet", "plans to visit": the head of an xcomp decides.
        if (!future && v.relation().equals("xcomp") && v.head() >= 0) {
            String lemma = tokens.get(v.head()).lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("due") || lemma.equals("set") || lemma.equals("plan") || lemma.equals("expect")
                    || lemma.equals("schedule") || lemma.equals("go")) {
                return Tense.FUTURE;
            }
        }
        if (future) return Tense.FUTURE;
        if (past) return Tense.PAST;
        if (v.pos().equals("VBZ") || v.pos().equals("VBP")) return Tense.PRESENT;
        // An infinitive ("invited them to sit down on Tuesday") looks ahead of its clause: no tense of its own.
        for (int c : children[verb]) {
            Token m = tokens.get(c);
            if (m.relation().equals("mark") && m.text().equalsIgnoreCase("to")) return Tense.UNKNOWN;
        }
        if (v.pos().equals("VBN") || v.pos().equals("VBG") || v.pos().equals("VB")) {
            // Participles and infinitives take the tense of their head clause.
            int h = v.head();
            if (h >= 0 && h != verb && isVerb(tokens.get(h))) {
                String rel = v.relation();
                if (rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp")) return tense(h);
            }
        }
        return Tense.UNKNOWN;
    }

    /** Token indices overlapping a character span. */
    List<Integer> tokensIn(int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (Token t : tokens) if (t.start() < end && t.end() > start) out.add(t.index());
        return out;
    }

    /** The token whose span holds the character offset, or -1. */
    int tokenAt(int offset) {
        for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return t.index();
        return -1;
    }

    /** The token of a span whose head lies outside the span (its syntactic head), or the last token. */
    int headOf(int firstToken, int lastToken) {
        for (int i = firstToken; i <= lastToken; i++) {
            int h = tokens.get(i).head();
            if (h < firstToken || h > lastToken) return i;
        }
        return lastToken;
    }
}
