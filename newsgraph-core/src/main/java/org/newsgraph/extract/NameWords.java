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

    /**
     * Splits lower-cased names into the parts of each class name, dropping modifier pairs ("has-sidebar").
     * Each inner list is one class name's parts.
     */
    static List<List<String>> parts(String names) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int n = names.length();
        int i = 0;
        while (i <= n) {
            int s = i;
            while (i < n && !isSeparator(names.charAt(i))) i++;
            if (i > s) current.add(names.substring(s, i));
            boolean classEnd = i >= n || Character.isWhitespace(names.charAt(i));
            if (classEnd && !current.isEmpty()) {
                out.add(dropModifiers(current));
                current = new ArrayList<>();
            }
            i++;
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }

    private static List<String> dropModifiers(List<String> ps) {
        List<String> kept = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            if (MODIFIERS.contains(ps.get(i)) && i + 1 < ps.size()) {
                i++; // skip the modifier and what it modifies
                continue;
            }
            kept.add(ps.get(i));
        }
        return kept;
    }

    /**
     * Several vocabularies at once: the bits of every vocabulary a name matches, with one lookup per part.
     * Immutable.
     */
    static final class Classes {
        private final java.util.Map<String, Integer> words = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> compounds = new java.util.HashMap<>();
        private final Set<String> heads = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<Integer> prefixBits = new ArrayList<>();

        Classes(NameWords[] vocabularies, int[] bits) {
            for (int v = 0; v < vocabularies.length; v++) {
                NameWords w = vocabularies[v];
                int b = bits[v];
                for (String x : w.words) words.merge(x, b, (p, q) -> p | q);
                for (String x : w.compounds) compounds.merge(x, b, (p, q) -> p | q);
                heads.addAll(w.heads);
                for (String x : w.prefixes) {
                    prefixes.add(x);
                    prefixBits.add(b);
                }
            }
        }

        int classify(List<List<String>> names) {
            int out = 0;
            for (List<String> ps : names) {
                for (int i = 0; i < ps.size(); i++) {
                    String p = ps.get(i);
                    Integer b = words.get(p);
                    if (b != null) out |= b;
                    for (int k = 0; k < prefixes.size(); k++) {
                        if (p.startsWith(prefixes.get(k))) out |= prefixBits.get(k);
                    }
                    if (i + 1 < ps.size() && heads.contains(p)) {
                        String two = p + "-" + ps.get(i + 1);
                        Integer c = compounds.get(two);
                        if (c != null) out |= c;
                        if (i + 2 < ps.size()) {
                            c = compounds.get(two + "-" + ps.get(i + 2));
                            if (c != null) out |= c;
                        }
                    }
                }
            }
            return out;
        }
    }

    boolean matches(List<List<String>> names) {
        for (List<String> ps : names) {
            for (int i = 0; i < ps.size(); i++) {
                String p = ps.get(i);
                if (words.contains(p)) return true;
                for (String pre : prefixes) if (p.startsWith(pre)) return true;
                if (i + 1 < ps.size() && heads.contains(p)) {
                    String two = p + "-" + ps.get(i + 1);
                    if (compounds.contains(two)) return true;
                    if (i + 2 < ps.size() && compounds.contains(two + "-" + ps.get(i + 2))) return true;
                }
            }
        }
        return false;
    }
}
