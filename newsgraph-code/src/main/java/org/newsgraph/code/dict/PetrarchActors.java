package org.newsgraph.code.dict;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH actor dictionaries ({@code Phoenix.Countries.actors.txt}, {@code Phoenix.International.actors.txt},
 * {@code Phoenix.MilNonState.actors.txt}, {@code PETR.Validate.actors.txt}): an entry is a primary name, its
 * synonyms ({@code +NAME}), and codes, inline ({@code NAME [CODE]}) or on indented lines, each optionally
 * restricted to dates ({@code [USAGOV 090120-170120]}, {@code <d}, {@code >d}; YYMMDD with a two-digit year
 * of 30 or below in the 2000s, or YYYYMMDD). A code without dates is the entry's default. Every name of the
 * entry gets every code. A parenthesised acronym inside a name ("ARMY_(AAIA)") is left out of the name.
 * Unreadable lines are reported through the warning callback and skipped. Stateless.
 */
public final class PetrarchActors {
    private PetrarchActors() {}

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    /**
     * Reads one actor dictionary.
     *
     * @param lines    the file's lines
     * @param name     the file name, for messages
     * @param warnings receives one message per line or restriction skipped
     * @return entries in file order, restrictions before the default of each name
     */
    public static List<ActorEntry> read(List<String> lines, String name, Consumer<String> warnings) {
        List<ActorEntry> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Restriction> codes = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String where = name + ":" + (i + 1);
            if (inComment) {
                int end = raw.indexOf("-->");
                if (end < 0) continue;
                inComment = false;
                raw = raw.substring(end + 3);
            }
            raw = raw.replaceAll("<!--.*?-->", "");
            int open = raw.indexOf("<!--");
            if (open >= 0) {
                inComment = true;
                raw = raw.substring(0, open);
            }
            String line = PetrarchVerbs.stripComment(raw);
            if (line.isBlank()) continue;
            boolean indented = Character.isWhitespace(line.charAt(0));
            String t = line.strip();
            if (t.startsWith("[") || (indented && t.startsWith("["))) {
                if (names.isEmpty()) {
                    warnings.accept(where + ": code line without a name above it, skipped");
                    continue;
                }
                codes.addAll(restrictions(t, where, warnings));
                continue;
            }
            boolean synonym = t.startsWith("+");
            if (synonym) t = t.substring(1).strip();
            if (!synonym) {
                flush(names, codes, out);
                names.clear();
                codes.clear();
            }
            int bracket = t.indexOf('[');
            String phrase = bracket >= 0 ? t.substring(0, bracket) : t;
            if (phrase.startsWith("&") || phrase.contains("!")) {
                warnings.accept(where + ": synsets and substitution markers are not used in actor names, skipped");
                continue;
            }
            String key = Names.key(phrase.replaceAll("\\([^)]*\\)", " "));
            if (key.isEmpty()) {
                warnings.accept(where + ": empty name, skipped");
                continue;
            }
            names.add(key);
            if (bracket >= 0) codes.addAll(restrictions(t.substring(bracket), where, warnings));
        }
        flush(names, codes, out);
        return out;
    }

    private record Restriction(String code, Optional<LocalDate> from, Optional<LocalDate> to) {}

    private static void flush(List<String> names, List<Restriction> codes, List<ActorEntry> out) {
        if (names.isEmpty() || codes.isEmpty()) return;
        List<Restriction> ordered = new ArrayList<>();
        for (Restriction r : codes) if (r.from.isPresent() || r.to.isPresent()) ordered.add(r);
        for (Restriction r : codes) if (r.from.isEmpty() && r.to.isEmpty()) ordered.add(r);
        for (String n : names) {
            for (Restriction r : ordered) out.add(new ActorEntry(n, r.code, r.from, r.to));
        }
    }

    private static List<Restriction> restrictions(String text, String where, Consumer<String> warnings) {
        List<Restriction> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String inside = m.group(1).trim();
            if (inside.isEmpty()) continue;
            String[] parts = inside.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (!code.equals("---") && !code.matches("[A-Z0-9]{3,}")) {
                warnings.accept(where + ": actor code '" + parts[0] + "' not understood, skipped");
                continue;
            }
            if (parts.length == 1) {
                out.add(new Restriction(code, Optional.empty(), Optional.empty()));
                continue;
            }
            String d = parts[1].replace(" ", "");
            try {
                if (d.startsWith("<")) out.add(new Restriction(code, Optional.empty(), Optional.of(date(d.substring(1)))));
                else if (d.startsWith(">")) out.add(new Restriction(code, Optional.of(date(d.substring(1))), Optional.empty()));
                else if (d.contains("-")) {
                    LocalDate a = date(d.substring(0, d.indexOf('-'))), b = date(d.substring(d.indexOf('-') + 1));
                    if (b.isBefore(a)) throw new IllegalArgumentException("range ends before it starts");
                    out.add(new Restriction(code, Optional.of(a), Optional.of(b)));
                } else {
                    throw new IllegalArgumentException("expected <date, >date or date-date");
                }
            } catch (RuntimeException e) {
                warnings.accept(where + ": date restriction '" + parts[1] + "' of " + code + " not understood (" + e.getMessage() + "), skipped");
            }
        }
        return out;
    }

    /** YYMMDD (a two-digit year of 30 or below is 20YY) or YYYYMMDD. */
    static LocalDate date(String d) {
        if (!d.matches("\\d{6}|\\d{8}")) throw new IllegalArgumentException("date '" + d + "' is not YYMMDD or YYYYMMDD");
        try {
            if (d.length() == 6) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4)));
            }
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date " + d);
        }
    }
}
