package org.newsgraph.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and role words with their CAMEO codes: the compact actor list and role words the project ships
 * ({@code actors.tsv}, {@code agents.tsv}), optionally with PETRARCH-format dictionaries added (the
 * evaluation's fictional-actor records need {@code PETR.Validate.*}). Phrases are matched as word
 * sequences, case-insensitively. Immutable, thread-safe.
 */
public final class ActorLexicon {

    /** A name's code, valid from/to (inclusive; null = open). */
    record NameCode(String code, LocalDate from, LocalDate to) {
        boolean validOn(Optional<LocalDate> date) {
            if (date.isEmpty()) return true;
            LocalDate d = date.get();
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /**
     * A role word's code; {@code prefix} codes go before the actor's code ({@code NGO~}), the others after
     * ({@code ~GOV}).
     */
    record RoleCode(String code, boolean prefix) {}

    private final Map<String, List<NameCode>> names;
    /** Surnames of the listed people, with every listed person's code of that surname (for "Obama" alone). */
    private final Map<String, List<NameCode>> surnames;
    private final Map<String, RoleCode> roles;
    private final int longestName;
    private final int longestRole;

    private ActorLexicon(Map<String, List<NameCode>> names, Map<String, RoleCode> roles) {
        this.names = Map.copyOf(names);
        this.roles = Map.copyOf(roles);
        Map<String, List<NameCode>> bySurname = new HashMap<>();
        for (Map.Entry<String, List<NameCode>> e : names.entrySet()) {
            String[] words = e.getKey().split(" ");
            // People only: the list gives office holders with their terms, organisations without dates.
            if (words.length < 2 || e.getValue().stream().allMatch(c -> c.from() == null)) continue;
            bySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).addAll(e.getValue());
        }
        this.surnames = Map.copyOf(bySurname);
        this.longestName = names.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.longestRole = roles.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The shipped actor list and role words. */
    public static ActorLexicon shipped() {
        Map<String, List<NameCode>> names = new HashMap<>();
        Map<String, RoleCode> roles = new HashMap<>();
        readResource("actors.tsv", (f, where) -> {
            if (f.length < 2) throw new IllegalStateException(where + ": expected NAME<TAB>CODE[<TAB>FROM[<TAB>TO]]");
            LocalDate from = f.length > 2 && !f[2].isBlank() ? LocalDate.parse(f[2].trim()) : null;
            LocalDate to = f.length > 3 && !f[3].isBlank() ? LocalDate.parse(f[3].trim()) : null;
            names.computeIfAbsent(key(f[0]), k -> new ArrayList<>()).add(new NameCode(f[1].trim(), from, to));
        });
        readResource("agents.tsv", (f, where) -> {
            if (f.length != 2) throw new IllegalStateException(where + ": expected WORD<TAB>ROLE");
            roles.put(key(f[0]), new RoleCode(f[1].trim(), false));
        });
        return new ActorLexicon(names, roles);
    }

    /**
     * This lexicon with a PETRARCH actor dictionary and agent dictionary added (their entries win): the
     * format of {@code PETR.Validate.actors.txt} / {@code Phoenix.*.actors.txt} and {@code *.agents.txt}.
     * Date restrictions are read; synonym sets ({@code &NAME}) and substitution markers are skipped.
     */
    public ActorLexicon withPetrarch(Path actors, Path agents) throws IOException {
        Map<String, List<NameCode>> n = new HashMap<>(names);
        Map<String, RoleCode> r = new HashMap<>(roles);
        List<String> current = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(actors, StandardCharsets.UTF_8)) {
            lineNo++;
            String line = stripComment(raw);
            if (line.isBlank() || line.startsWith("<!--") || line.startsWith("-->")) continue;
            String t = line.trim();
            if (t.startsWith("[")) {
                // A code line for the entry above: [CODE] or [CODE date-restriction].
                for (String name : current) add(n, name, t, actors, lineNo);
                continue;
            }
            boolean synonym = t.startsWith("+");
            if (synonym) t = t.substring(1).trim();
            int bracket = t.indexOf('[');
            String phrase = (bracket >= 0 ? t.substring(0, bracket) : t).trim();
            if (phrase.isEmpty() || phrase.startsWith("&") || phrase.contains("!")) continue;
            if (!synonym) current = new ArrayList<>();
            String name = key(phrase.replace('_', ' '));
            current.add(name);
            if (bracket >= 0) {
                add(n, name, t.substring(bracket), actors, lineNo);
            } else if (synonym && !current.isEmpty()) {
                // A synonym takes the codes its entry already has.
                List<NameCode> main = n.get(current.get(0));
                if (main != null) n.put(name, new ArrayList<>(main));
            }
        }
        Pattern agent = Pattern.compile("^([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]+)\\]");
        for (String raw : Files.readAllLines(agents, StandardCharsets.UTF_8)) {
            String line = stripComment(raw).trim();
            if (line.isEmpty() || line.startsWith("<!--") || line.contains("!")) continue;
            Matcher m = agent.matcher(line);
            if (!m.find()) continue;
            String code = m.group(3).trim();
            boolean prefix = code.endsWith("~");
            code = code.replace("~", "").trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            RoleCode rc = new RoleCode(code, prefix);
            r.put(key(m.group(1).replace('_', ' ')), rc);
            if (m.group(2) != null) {
                for (String pl : m.group(2).replaceAll("[{}]", " ").trim().split("\\s+")) {
                    if (!pl.isBlank()) r.put(key(pl.replace('_', ' ')), rc);
                }
            } else {
                // Regular plurals: PETRARCH adds S/ES unless the entry says otherwise.
                r.put(key(m.group(1).replace('_', ' ') + "s"), rc);
            }
        }
        return new ActorLexicon(n, r);
    }

    private static void add(Map<String, List<NameCode>> n, String name, String codes, Path file, int line) {
        Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(codes);
        while (m.find()) {
            String[] parts = m.group(1).trim().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) continue;
            String code = parts[0].toUpperCase(Locale.ROOT);
            LocalDate from = null, to = null;
            if (parts.length > 1) {
                // "<950601", "< 950601", "19950601 - 19990815": spaces are allowed inside the restriction.
                String d = String.join("", java.util.Arrays.asList(parts).subList(1, parts.length));
                try {
                    if (d.startsWith(">")) from = petrarchDate(d.substring(1));
                    else if (d.startsWith("<")) to = petrarchDate(d.substring(1));
                    else if (d.contains("-")) {
                        from = petrarchDate(d.substring(0, d.indexOf('-')));
                        to = petrarchDate(d.substring(d.indexOf('-') + 1));
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + line + ": bad date restriction '" + d + "'", e);
                }
            }
            n.computeIfAbsent(name, k -> new ArrayList<>()).add(new NameCode(code, from, to));
        }
    }

    /** YYMMDD (a 2-digit year of 30 or below is 20YY) or YYYYMMDD. */
    private static LocalDate petrarchDate(String d) {
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
        }
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private interface Row {
        void accept(String[] fields, String where);
    }

    private static void readResource(String resource, Row row) {
        try (InputStream in = ActorLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource " + resource + " missing from newsgraph-code");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                row.accept(line.split("\t"), resource + ":" + n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** The lookup key of a phrase: lower-case words separated by one space. */
    static String key(String phrase) {
        return phrase.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The code of a name valid on the date, if the list has one. */
    Optional<String> name(String phrase, Optional<LocalDate> date) {
        List<NameCode> codes = names.get(key(phrase));
        if (codes == null) return Optional.empty();
        for (NameCode c : codes) if (c.validOn(date)) return Optional.of(c.code());
        return Optional.empty();
    }

    /**
     * The code of a listed person named by surname alone ("Obama", "President Bush"): the code that every
     * listed person of that surname valid on the date shares; empty when none or when they disagree.
     */
    Optional<String> surname(String word, Optional<LocalDate> date) {
        List<NameCode> codes = surnames.get(key(word));
        if (codes == null) return Optional.empty();
        String found = null;
        for (NameCode c : codes) {
            if (!c.validOn(date)) continue;
            if (found != null && !found.equals(c.code())) return Optional.empty();
            found = c.code();
        }
        return Optional.ofNullable(found);
    }

    /** The role code of a word or phrase, if it is a role word. */
    Optional<RoleCode> role(String phrase) {
        return Optional.ofNullable(roles.get(key(phrase)));
    }

    int longestName() {
        return longestName;
    }

    int longestRole() {
        return longestRole;
    }
}
