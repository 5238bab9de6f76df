package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A vocabulary of words that class and id names are made of ("article-body", "share-tools", "sidebar"),
 * matched against the parts of a name split at spaces, hyphens and underscores. A word ending in {@code *}
 * matches any part it begins; a word with hyphens matches consecutive parts of one class name. Replaces
 * alternation regexes over whole names, which cost the most of all per-element work. Immutable.
 */
final class NameWords {
    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();
    /** First parts of the compounds, so that joined strings are built only where one can match. */
    private final Set<String> heads = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    NameWords(String spec) {
        for (String w : spec.trim().split("\\s+")) {
            if (w.endsWith("*")) prefixes.add(w.substring(0, w.length() - 1));
            else if (w.indexOf('-') >= 0) {
                compounds.add(w);
                heads.add(w.substring(0, w.indexOf('-')));
            }
            else words.add(w);
        }
    }

    /** Layout modifiers name what sits beside an element, not what it is: "has-sidebar", "with-comments". */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "w", "no", "show", "hide", "without");

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }

    /**
     * Several vocabularies at once: the bits of every vocabulary a name matches, with one table probe per
     * part and no allocation (parts are looked up as ranges of the name). Immutable.
     */
    static final class Classes {
        private final String[] keys = new String[2048];
        private final int[] bits = new int[2048];
        private final Set<String> heads = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<Integer> prefixBits = new ArrayList<>();

        Classes(NameWords[] vocabularies, int[] vocabularyBits) {
            for (int v = 0; v < vocabularies.length; v++) {
                NameWords w = vocabularies[v];
                int b = vocabularyBits[v];
                for (String x : w.words) put(x, b);
                for (String x : w.compounds) put(x, b);
                heads.addAll(w.heads);
                for (String x : w.prefixes) {
                    prefixes.add(x);
                    prefixBits.add(b);
                }
            }
        }

        private static int hash(CharSequence s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                h = 31 * h + (c == '_' ? '-' : c);
            }
            return h ^ (h >>> 11);
        }

        private void put(String key, int b) {
            int mask = keys.length - 1;
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) slot = (slot + 1) & mask;
            keys[slot] = key;
            bits[slot] |= b;
        }

        /** The bits of {@code s[from, to)}, '_' read as '-', or 0. */
        private int get(String s, int from, int to) {
            int mask = keys.length - 1;
            int slot = hash(s, from, to) & mask;
            int len = to - from;
            while (keys[slot] != null) {
                String k = keys[slot];
                if (k.length() == len && same(k, s, from)) return bits[slot];
                slot = (slot + 1) & mask;
            }
            return 0;
        }

        private static boolean same(String key, String s, int from) {
            for (int i = 0; i < key.length(); i++) {
                char c = s.charAt(from + i);
                if ((c == '_' ? '-' : c) != key.charAt(i)) return false;
            }
            return true;
        }

        /** Classifies lower-cased names ("id class class ..."), dropping modifier pairs ("has-sidebar"). */
        int classify(String names) {
            int out = 0;
            int n = names.length();
            int i = 0;
            // part boundaries of the current class name: up to 3 previous part starts for compounds
            int prev1 = -1, prev2 = -1;
            boolean skipNext = false;
            while (i < n) {
                char c = names.charAt(i);
                if (Character.isWhitespace(c)) {
                    prev1 = prev2 = -1;
                    skipNext = false;
                    i++;
                    continue;
                }
                if (c == '-' || c == '_') {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && !isSeparator(names.charAt(i))) i++;
                boolean moreParts = i < n && (names.charAt(i) == '-' || names.charAt(i) == '_');
                if (skipNext) {
                    skipNext = false;
                    prev1 = prev2 = -1;
                    continue;
                }
                if (moreParts && isModifier(names, s, i)) {
                    skipNext = true;
                    continue;
                }
                out |= get(names, s, i);
                for (int k = 0; k < prefixes.size(); k++) {
                    String pre = prefixes.get(k);
                    if (i - s >= pre.length() && names.startsWith(pre, s)) out |= prefixBits.get(k);
                }
                if (prev1 >= 0) out |= get(names, prev1, i);
                if (prev2 >= 0) out |= get(names, prev2, i);
                prev2 = prev1;
                prev1 = s;
            }
            return out;
        }

        private static boolean isModifier(String s, int from, int to) {
            int len = to - from;
            return len <= 7 && MODIFIERS.contains(s.substring(from, to));
        }
    }
}
