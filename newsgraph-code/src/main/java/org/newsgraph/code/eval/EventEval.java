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

    /**
     * Which code a gold file holds, and which of the coder's events its convention counts. PETRARCH (whose
     * records the CAMEO files are) codes every act whatever its mood, except that a refused act is coded as the
     * refusal: asserted, reported, future and hypothetical events count, negated and denied ones do not. The
     * PLOVER records follow the PLOVER manual, which codes an announced, demanded, threatened or refused act as
     * that statement (AGREE for "will help", THREATEN, REQUEST, REJECT): asserted and reported events count
     * (the coder derives the statements as asserted events).
     */
    public enum Scheme {
        CAMEO(java.util.EnumSet.of(org.newsgraph.model.Modality.ASSERTED, org.newsgraph.model.Modality.REPORTED,
                org.newsgraph.model.Modality.FUTURE, org.newsgraph.model.Modality.HYPOTHETICAL)),
        PLOVER(java.util.EnumSet.of(org.newsgraph.model.Modality.ASSERTED, org.newsgraph.model.Modality.REPORTED));

        private final java.util.Set<org.newsgraph.model.Modality> counted;

        Scheme(java.util.Set<org.newsgraph.model.Modality> counted) {
            this.counted = java.util.Collections.unmodifiableSet(counted);
        }

        /** The modalities of the events this scheme's gold counts. */
        public java.util.Set<org.newsgraph.model.Modality> counted() {
            return counted;
        }
    }

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
     * @param dataset      the record's dataset: "petrarch-unittest", "petrarch2-gsr" (real news), "plover-gsr"
     * @param group        the stratum the halves are drawn within: the dataset with the record's category
     *                     (CAMEO unit tests) or its original PLOVER event
     * @param half         which half of its gold file the record is in ({@link #half(List)})
     */
    public record Record(String uid, String text, Optional<LocalDate> date, List<List<String>> expected, Scheme scheme,
            String dictionaries, Optional<String> expectedError, String dataset, String group, Half half) {
        /** A record outside any split (tests, hand-made records). */
        public Record(String uid, String text, Optional<LocalDate> date, List<List<String>> expected, Scheme scheme,
                String dictionaries, Optional<String> expectedError) {
            this(uid, text, date, expected, scheme, dictionaries, expectedError, "", "", Half.A);
        }
    }

    /**
     * The two halves of a dev gold file, by one fixed rule: within each group (dataset and category, or the
     * original PLOVER event), in file order, the 1st, 3rd, 5th ... record is in half A and the 2nd, 4th ... in
     * half B. The coder is tuned on A only; B is reported beside it as a check.
     */
    public enum Half {
        /** Tuned on. */
        A,
        /** Not tuned on. */
        B
    }

    /** Which records a run scores. */
    public enum Selection {
        /** Half A only. */
        A,
        /** Half B only. */
        B,
        /** Both halves. */
        ALL;

        public boolean includes(Record r) {
            return this == ALL || r.half().name().equals(name());
        }
    }

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
        Map<String, Integer> positions = new HashMap<>();
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
            String uid = o.get("uid").asText();
            String dataset = o.path("dataset").asText(uid.contains(":") ? uid.substring(0, uid.indexOf(':')) : "");
            if (scheme == Scheme.PLOVER) dataset = "plover-gsr";
            String group = dataset + "/" + (scheme == Scheme.PLOVER ? o.path("event_original").asText("") : o.path("category").asText(""));
            int position = positions.merge(group, 1, Integer::sum);
            out.add(new Record(uid, o.get("text").asText(), date, expected, scheme, o.path("dictionaries").asText(""), error,
                    dataset, group, position % 2 == 1 ? Half.A : Half.B));
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

    /**
     * The triple a coded event gives under a scheme, empty when the scheme has no code for it. Under PLOVER the
     * actors are written as PLOVER writes them: the CAMEO code's first three letters (a country, IGO or NGO) and
     * its first sector code ("IGOUNO" is "IGO", "USAGOVMIL" is "USAGOV", "---REB" stays).
     */
    public static Optional<List<String>> triple(Event e, Scheme scheme) {
        String code = scheme == Scheme.CAMEO ? e.code() : e.plover().map(p -> p.event()).orElse(null);
        if (code == null) return Optional.empty();
        String src = e.source().map(a -> a.code()).orElse(""), tgt = e.target().map(a -> a.code()).orElse("");
        if (scheme == Scheme.PLOVER) {
            src = ploverActor(src);
            tgt = ploverActor(tgt);
        }
        return Optional.of(List.of(src, tgt, code));
    }

    /** PLOVER's sector codes, as its gold records use them. */
    private static final java.util.Set<String> SECTORS = java.util.Set.of("GOV", "MIL", "REB", "CVL", "OPP", "LEG", "REF",
            "MED", "JUD", "EDU", "COP", "ELI", "PTY", "REL", "BUS", "JRN", "AGR", "UAF", "LAB", "CRM", "SPY", "HLT", "IGO", "NGO",
            "INS", "SEP", "ENV", "DEV", "HRI", "MNC", "UIS", "PRO", "CIV");

    /** A CAMEO actor code as a PLOVER actor: its first three letters and its first sector code (health is MED). */
    static String ploverActor(String cameo) {
        if (cameo.length() <= 3) return cameo;
        String head = cameo.substring(0, 3);
        for (int i = 3; i + 3 <= cameo.length(); i += 3) {
            String part = cameo.substring(i, i + 3);
            if (part.equals("HLH")) part = "MED";
            if (SECTORS.contains(part) && !part.equals(head)) return head + part;
        }
        return head;
    }

    /** Codes every record that expects no error and scores the events its scheme's convention counts. */
    public static Result score(List<Record> records, Function<Record, List<Event>> coder) {
        return score(records, coder, null);
    }

    /**
     * Codes and scores.
     *
     * @param modalities the modalities of the events scored (an event of another is left out); null for each
     *                   record's scheme's convention ({@link Scheme#counted()})
     */
    public static Result score(List<Record> records, Function<Record, List<Event>> coder,
            java.util.Set<org.newsgraph.model.Modality> modalities) {
        Counts triples = new Counts(0, 0, 0), codes = new Counts(0, 0, 0);
        int skipped = 0;
        List<Scored> out = new ArrayList<>();
        for (Record r : records) {
            if (r.expectedError().isPresent()) {
                skipped++;
                continue;
            }
            List<List<String>> predicted = new ArrayList<>();
            for (Event e : coder.apply(r)) {
                if ((modalities == null ? r.scheme().counted() : modalities).contains(e.modality())) triple(e, r.scheme()).ifPresent(predicted::add);
            }
            Counts t = match(predicted, r.expected(), List.of(0, 1, 2));
            Counts c = match(predicted, r.expected(), List.of(2));
            triples = triples.plus(t);
            codes = codes.plus(c);
            out.add(new Scored(r, predicted, t, c));
        }
        return new Result(out.size(), skipped, triples, codes, out);
    }

    /** The totals of the scored records of one dataset (or of all, for an empty name). */
    public static Counts[] totals(List<Scored> scored, String dataset) {
        Counts t = new Counts(0, 0, 0), c = new Counts(0, 0, 0);
        for (Scored s : scored) {
            if (!dataset.isEmpty() && !s.record().dataset().equals(dataset)) continue;
            t = t.plus(s.triples());
            c = c.plus(s.codes());
        }
        return new Counts[] {t, c};
    }

    /**
     * A coder for the records written for PETRARCH's validation dictionaries ({@code PETR.Validate.verbs.txt},
     * {@code .actors.txt}, {@code .agents.txt} in {@code dir}, with {@code Phoenix.prepositions.txt} when there):
     * their verbs replace the shipped patterns and their actors and agents are added, as PETRARCH's own unit
     * tests run; their codes are PETRARCH's, not all CAMEO's.
     */
    public static org.newsgraph.code.EventCoder validationCoder(Path dir, java.util.function.Consumer<String> warnings) throws IOException {
        Path verbs = dir.resolve("PETR.Validate.verbs.txt"), actors = dir.resolve("PETR.Validate.actors.txt"),
                agents = dir.resolve("PETR.Validate.agents.txt"), preps = dir.resolve("Phoenix.prepositions.txt");
        for (Path p : List.of(verbs, actors, agents)) {
            if (!Files.isRegularFile(p)) throw new IOException(p + " is missing: the PETR.Validate records need it");
        }
        java.util.Set<String> prepositions = new java.util.HashSet<>();
        if (Files.isRegularFile(preps)) {
            for (String l : Files.readAllLines(preps, StandardCharsets.UTF_8)) if (!l.isBlank()) prepositions.add(l.strip().toLowerCase(java.util.Locale.ROOT));
        }
        org.newsgraph.code.CameoCodes codes = org.newsgraph.code.CameoCodes.load();
        org.newsgraph.code.dict.Dictionaries shipped = org.newsgraph.code.dict.Dictionaries.shipped(c -> codes.get(c).isPresent());
        return new org.newsgraph.code.EventCoder(shipped.withPetrarch(verbs, actors, agents, prepositions, warnings), codes.lenient());
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
