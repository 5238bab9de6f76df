package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a page title into headline and the site or section suffix ("Headline | Syria News"). Stateless. */
final class Titles {
    private Titles() {}

    /** The headline and the suffix after the last separator, when the suffix is short enough to be a name. */
    record Split(String headline, Optional<String> suffix) {}

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||[-–—]|::|»|·|•)\\s+");

    static Split split(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1, lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            // A suffix is a site or section name: a few words, shorter than the headline, no sentence in it.
            if (!tail.isEmpty() && Lines.words(tail) <= 6 && tail.length() <= 50 && head.length() > tail.length()
                    && !Lines.endsLikeSentence(tail)) {
                // "Site | Section" chains: keep the headline before the first separator of the chain's start.
                return new Split(stripLeadingSiteName(head), Optional.of(tail));
            }
        }
        return new Split(t, Optional.empty());
    }

    private static String stripLeadingSiteName(String head) {
        return head;
    }
}
