package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence's Universal Dependencies tree with the walks the annotate and code stages share: children,
 * subtrees, relations by prefix, case words, auxiliaries, passives and subjects with the fallbacks news prose
 * needs. Token indices are 0-based positions in {@link Sentence#tokens()}; -1 means "none". Built once per
 * sentence; immutable and thread-safe.
 */
public final class DependencyTree {
    private final Sentence sentence;
    private final List<Token> tokens;
    private final int[][] children;
    private final String[] lemmas;
    private final String[] words;
    private final int[] subtreeFirst;
    private final int[] subtreeLast;

    public DependencyTree(Sentence sentence) {
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.tokens = sentence.tokens();
        int n = tokens.size();
        children = Dependencies.children(tokens);
        lemmas = new String[n];
        words = new String[n];
        subtreeFirst = new int[n];
        subtreeLast = new int[n];
        for (int i = 0; i < n; i++) {
            lemmas[i] = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            subtreeFirst[i] = i;
            subtreeLast[i] = i;
        }
        // Each token's position goes up to its ancestors; the depth guard stops on a malformed cycle.
        for (int i = 0; i < n; i++) {
            int h = head(i);
            for (int depth = 0; h >= 0 && depth < n; depth++) {
                if (i < subtreeFirst[h]) subtreeFirst[h] = i;
                if (i > subtreeLast[h]) subtreeLast[h] = i;
                h = head(h);
            }
        }
    }

    /** The sentence. */
    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The lemma, lower case. */
    public String lemma(int i) {
        return lemmas[i];
    }

    /** The word as written, lower case. */
    public String word(int i) {
        return words[i];
    }

    /** The Penn Treebank tag. */
    public String pos(int i) {
        return tokens.get(i).pos();
    }

    /** The dependency relation to the head. */
    public String rel(int i) {
        return tokens.get(i).relation();
    }

    /** The head of token i, -1 for the root (or a head outside the sentence). */
    public int head(int i) {
        int h = tokens.get(i).head();
        return h >= 0 && h < tokens.size() && h != i ? h : -1;
    }

    /** The children of token i, in token order. */
    public int[] children(int i) {
        return children[i];
    }

    public int subtreeFirst(int i) {
        return subtreeFirst[i];
    }

    public int subtreeLast(int i) {
        return subtreeLast[i];
    }

    /** Whether token {@code i} lies in the subtree of {@code ancestor} (itself included). */
    public boolean dominates(int ancestor, int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth <= tokens.size(); depth++) {
            if (h == ancestor) return true;
            h = head(h);
        }
        return false;
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    /** Nouns, pronouns, numbers and wh-pronouns: what can head a nominal argument. */
    public boolean isNoun(int i) {
        String p = pos(i);
        return p.startsWith("NN") || p.equals("PRP") || p.equals("CD") || p.equals("WP") || p.equals("WDT");
    }

    /** Whether the relation is one of these (prefix match: "nsubj" matches "nsubj:pass"). */
    public static boolean relIs(String rel, String... wanted) {
        for (String w : wanted) if (rel.equals(w) || rel.startsWith(w + ":")) return true;
        return false;
    }

    /** The first child with one of the relations (prefix match), or -1. */
    public int child(int i, String... relations) {
        for (int c : children[i]) if (relIs(rel(c), relations)) return c;
        return -1;
    }

    /** The first child with exactly this relation, or -1. */
    public int childExact(int i, String relation) {
        for (int c : children[i]) if (rel(c).equals(relation)) return c;
        return -1;
    }

    /** The lemma of the case word(s) of a nominal ("on", "ahead of"), empty when it has none. */
    public String caseOf(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children[i]) {
            if (rel(c).equals("case")) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(lemma(c));
                for (int f : children[c]) if (rel(f).equals("fixed")) sb.append(' ').append(lemma(f));
            }
        }
        return sb.toString();
    }

    /** Whether the token has an auxiliary or marker child with one of these words (lower case). */
    public boolean hasAux(int i, Set<String> auxWords) {
        for (int c : children[i]) {
            if ((relIs(rel(c), "aux") || rel(c).equals("mark")) && auxWords.contains(word(c))) return true;
        }
        return false;
    }

    /** Whether a verb is passive: a passive subject or auxiliary, or a form of "be" just before a participle. */
    public boolean isPassive(int v) {
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

    /** The first auxiliary before a verb, lower case, or null. */
    public String auxWord(int verb) {
        for (int c : children[verb]) if (rel(c).equals("aux") && c < verb) return word(c);
        return null;
    }

    /**
     * The doer of a verb: its own active subject; for a verb coordinated after "and", the subject of the earlier
     * verb with the same auxiliary (parsers often attach coordinated verbs to the wrong head: "Russia has rejected
     * ... and has said"); the subject of the verb it is conjoined with or subordinated to ("Calling it X, Johnson
     * said"; "was indicted ... and will resign"); else the name or pronoun just before it ("Trump and May said").
     */
    public int subject(int verb) {
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
                if (Objects.equals(aux, auxWord(v))) return s;
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
            // A passive verb's subject is the doer of a verb joined to it or of its "to" complement ("was indicted
            // ... and will resign", "is scheduled to attend"), not of a clause merely hung on it.
            if (s >= 0 && (!rel(s).equals("nsubj:pass") || r.equals("conj") || r.equals("xcomp"))) return s;
        }
        int k = verb - 1;
        while (k >= 0 && (pos(k).startsWith("RB") || relIs(rel(k), "aux") || pos(k).equals("MD"))) k--;
        if (k >= 0 && (pos(k).startsWith("NNP") || pos(k).equals("PRP") || pos(k).startsWith("NN"))) return k;
        return -1;
    }

    /** The nearest verb at or above token {@code i}, or -1. */
    public int governingVerb(int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth <= tokens.size(); depth++) {
            if (isVerb(h)) return h;
            h = head(h);
        }
        return -1;
    }

    /** Token indices overlapping a character span. */
    public List<Integer> tokensIn(int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < end && t.end() > start) out.add(i);
        }
        return out;
    }

    /** The token whose span holds the character offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= offset && offset < t.end()) return i;
        }
        return -1;
    }

    /** The token of a span whose head lies outside the span (its syntactic head), or the last token. */
    public int headOf(int firstToken, int lastToken) {
        for (int i = firstToken; i <= lastToken; i++) {
            int h = tokens.get(i).head();
            if (h < firstToken || h > lastToken) return i;
        }
        return lastToken;
    }
}
