package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How names and role words are compared: lower case, words split on spaces and underscores, punctuation
 * at a word's edges dropped except a final full stop ("Mr." = "mr.", "Robinson," = "robinson"), so a
 * dictionary phrase and the text's tokens meet in one form. Stateless.
 */
public final class Names {
    private Names() {}

    /** The normalised words of a phrase. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s_]+")) {
            String n = word(w);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** One normalised word; empty when nothing but punctuation is left. */
    public static String word(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        int a = 0, b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && !(s.charAt(b - 1) == '.' && b - 1 > a)) b--;
        // A trailing full stop stays only on an abbreviation written with stops ("u.s.", "mr.").
        String core = s.substring(a, b);
        if (core.endsWith(".") && core.indexOf('.') == core.length() - 1 && core.length() > 4) core = core.substring(0, core.length() - 1);
        return core;
    }

    /** The lookup key of a phrase: its normalised words joined by one space. */
    public static String key(String phrase) {
        return String.join(" ", words(phrase));
    }
}
