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
