package org.newsgraph.code.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.model.Event;

/**
 * Scores coded events against gold records: the CAMEO validation records ({@code expected_events} as
 * [source, target, CAMEO code]) and the PLOVER gold records ([source, target, PLOVER event]). Precision,
 * recall and F1 over the multiset of (source, target, code) triples, and over codes alone. Every coded
 * event counts, whatever its modality (the gold codes what a sentence says, not whether it happened).
 * Records that expect a parser or input error are left out and counted. Stateless.
 */
public final class EventEval {
    private EventEval() {}

    /** Which code a gold file holds. */
    public enum Scheme { CAMEO, PLOVER }

    /**
     * One gold record.
     *
     * @param uid          the record's unique id
     * @param text         the sentence(s)
     * @param date         the story date, empty when the gold's date is a placeholder
     * @param expected     expected [source, target, code] triples
     * @param scheme       CAMEO or PLOVER codes
     * @param dictionaries the actor dictionaries the record was written for ("PETR.Validate", "Phoenix", or empty)
     * @param expectedError the error the record expects instead of events, empty when none
     */
    public record Record(String uid, String text, Optional<LocalDate> date, List<List<String>> expected, Scheme scheme,
            String dictionaries, Optional<String> expectedError) {}

    /** True and false positives and false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** One record's outcome. */
    public record Scored(Record record, List<List<String>> predicted, Counts triples, Counts codes) {}

    /** The totals. */
    public record Result(int scored, int skipped, Counts triples, Counts codes, List<Scored> records) {}

    /** Reads a gold file (JSON Lines); tells CAMEO from PLOVER records by their fields. */
    public static List<Record> read(Path gold) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Record> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = mapper.readTree(line);
            } catch (IOException e) {
                throw new IOException(gold + ":" + n + ": not JSON: " + e.getMessage(), e);
            }
            if (!o.hasNonNull("uid") || !o.hasNonNull("text") || !o.has("expected_events")) {
                throw new IOException(gold + ":" + n + ": a gold record needs uid, text and expected_events");
            }
            Scheme scheme = o.has("plover_event") ? Scheme.PLOVER : Scheme.CAMEO;
            boolean placeholder = o.path("date_is_placeholder").asBoolean(false);
            Optional<LocalDate> date = Optional.empty();
            if (!placeholder && o.hasNonNull("date")) {
                try {
                    date = Optional.of(date(o.get("date").asText()));
                } catch (RuntimeException e) {
                    throw new IOException(gold + ":" + n + ": bad date " + o.get("date"), e);
                }
            }
            List<List<String>> expected = new ArrayList<>();
            for (JsonNode ev : o.get("expected_events")) {
                if (!ev.isArray() || ev.size() != 3) throw new IOException(gold + ":" + n + ": an expected event is [source, target, code]");
                expected.add(List.of(ev.get(0).asText(""), ev.get(1).asText(""), ev.get(2).asText("")));
            }
            Optional<String> error = o.hasNonNull("expected_error") ? Optional.of(o.get("expected_error").asText()) : Optional.empty();
            out.add(new Record(o.get("uid").asText(), o.get("text").asText(), date, expected, scheme,
                    o.path("dictionaries").asText(""), error));
        }
        return out;
    }

    /** ISO dates, and the PETRARCH record forms YYMMDD (a 2-digit year of 30 or below is 20YY) and YYYYMMDD. */
    static LocalDate date(String d) {
        if (d.matches("\\d{6}")) {
            int yy = Integer.parseInt(d.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4)));
        }
        if (d.matches("\\d{8}")) return LocalDate.parse(d, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return LocalDate.parse(d);
    }

    /** The triple a coded event gives under a scheme, empty when the scheme has no code for it. */
    public static Optional<List<String>> triple(Event e, Scheme scheme) {
        String code = scheme == Scheme.CAMEO ? e.code() : e.plover().map(p -> p.event()).orElse(null);
        if (code == null) return Optional.empty();
        return Optional.of(List.of(e.source().map(a -> a.code()).orElse(""), e.target().map(a -> a.code()).orElse(""), code));
    }

    /** Codes every record that expects no error and scores it. */
    public static Result score(List<Record> records, Function<Record, List<Event>> coder) {
        Counts triples = new Counts(0, 0, 0), codes = new Counts(0, 0, 0);
        int skipped = 0;
        List<Scored> out = new ArrayList<>();
        for (Record r : records) {
            if (r.expectedError().isPresent()) {
                skipped++;
                continue;
            }
            List<List<String>> predicted = new ArrayList<>();
            for (Event e : coder.apply(r)) triple(e, r.scheme()).ifPresent(predicted::add);
            Counts t = match(predicted, r.expected(), List.of(0, 1, 2));
            Counts c = match(predicted, r.expected(), List.of(2));
            triples = triples.plus(t);
            codes = codes.plus(c);
            out.add(new Scored(r, predicted, t, c));
        }
        return new Result(out.size(), skipped, triples, codes, out);
    }

    /** Multiset matching on the chosen fields. */
    static Counts match(List<List<String>> predicted, List<List<String>> expected, List<Integer> fields) {
        Map<List<String>, Integer> gold = new HashMap<>();
        for (List<String> e : expected) gold.merge(project(e, fields), 1, Integer::sum);
        int tp = 0, fp = 0;
        for (List<String> p : predicted) {
            List<String> k = project(p, fields);
            Integer left = gold.get(k);
            if (left != null && left > 0) {
                tp++;
                gold.put(k, left - 1);
            } else {
                fp++;
            }
        }
        int fn = 0;
        for (int v : gold.values()) fn += v;
        return new Counts(tp, fp, fn);
    }

    private static List<String> project(List<String> t, List<Integer> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (int f : fields) out.add(t.get(f));
        return out;
    }
}
