package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a page title into headline and the site or section suffix ("Headline | Syria News"). Stateless. */
final class Titles {
    private Titles() {}

    /**
     * The headline, the name segment next to it (a section, or the site when there is one segment) and the
     * last one (the site).
     */
    record Split(String headline, Optional<String> suffix, Optional<String> last) {}

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||[-–—]|::|»|·|•)\\s+");

    static Split split(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        // Cut the chain of name segments off the end: "Headline | Section | Site" -> "Headline", "Section".
        // A chain uses one separator throughout; "Headline — a phrase - Site" cuts only the site.
        java.util.List<int[]> seps = new java.util.ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        int cut = t.length();
        String nearest = null, last = null, separator = null;
        for (int k = seps.size() - 1; k >= 0; k--) {
            String sep = t.substring(seps.get(k)[0], seps.get(k)[1]).strip();
            if (separator != null && !separator.equals(sep)) break;
            String head = t.substring(0, seps.get(k)[0]).strip();
            String tail = t.substring(seps.get(k)[1], cut).strip();
            if (!isName(tail) || head.length() <= tail.length()) break;
            separator = sep;
            nearest = tail;
            if (last == null) last = tail;
            cut = seps.get(k)[0];
        }
        if (nearest == null) return new Split(t, Optional.empty(), Optional.empty());
        return new Split(t.substring(0, cut).strip(), Optional.of(nearest), Optional.of(last));
    }

    /** A site or section name: a few words, no sentence in it. */
    private static boolean isName(String s) {
        return !s.isEmpty() && Lines.words(s) <= 6 && s.length() <= 50 && !Lines.endsLikeSentence(s);
    }
}
