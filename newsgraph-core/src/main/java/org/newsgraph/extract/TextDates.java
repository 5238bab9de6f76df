package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/** Dates written in page text or URLs ("10 April 2017", "April 10, 2017", "/2017/04/10/"). Stateless. */
final class TextDates {
    private TextDates() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
    private static final Pattern URL_DATE_MONTH_NAME = Pattern.compile("(?i)/((?:19|20)\\d{2})/" + MONTH + "/(\\d{1,2})(?:/|-|\\b)");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)^(?:published|posted|updated|last updated|date|first published|on)?\\s*:?\\s*");

    /** A short line that is only a date, perhaps with "Published"/"Updated" and a time: its date. */
    static Optional<Published> dateLine(String line) {
        String s = line.strip();
        if (s.length() > 80 || Lines.words(s) > 12) return Optional.empty();
        if (s.toLowerCase(Locale.ROOT).startsWith("updated") || s.toLowerCase(Locale.ROOT).startsWith("last updated")) return Optional.empty();
        String rest = DATE_WORDS.matcher(s).replaceFirst("");
        Optional<Published> date = find(rest, DateSource.TEXT);
        if (date.isEmpty()) return date;
        // What is left besides the date, a time and their words must be next to nothing: "— Jane Roe (@jroe)
        // November 19, 2019" closes a quoted post, it is not a date line.
        String left = LEFTOVER.matcher(DATE_PARTS.matcher(rest).replaceAll(" ")).replaceAll(" ");
        return Lines.words(left) <= 1 ? date : Optional.empty();
    }

    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?:19|20)\\d{2}\\b|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b"
            + "|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    private static final Pattern LEFTOVER = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?|\\b(?:gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|ist|at|on|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|published|posted|updated|date)\\b");

    /** The first written date in a string. */
    static Optional<Published> find(String s, DateSource source) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) return make(m.group(3), MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(1), source);
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) return make(m.group(3), MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(2), source);
        m = ISO.matcher(s);
        if (m.find()) return make(m.group(1), Integer.parseInt(m.group(2)), m.group(3), source);
        return Optional.empty();
    }

    /** A date in a URL path ("/2019/11/19/"). */
    static Optional<Published> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) return make(m.group(1), Integer.parseInt(m.group(2)), m.group(3), DateSource.URL);
        m = URL_DATE_MONTH_NAME.matcher(url); // "/2019/nov/18/"
        if (m.find()) return make(m.group(1), MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(3), DateSource.URL);
        return Optional.empty();
    }

    private static Optional<Published> make(String year, int month, String day, DateSource source) {
        try {
            return Optional.of(Published.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), source));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
