package org.newsgraph.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.code.eval.EventEval;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Event;
import org.newsgraph.output.AnnotationsJson;

/**
 * Development harness (not a test): {@code annotate CACHE GOLD...} annotates every gold text once with
 * CoreNLP and caches the annotations; {@code score CACHE DICTDIR GOLD...} re-codes the cache and prints
 * scores and misses in seconds, without loading CoreNLP.
 */
public final class DevHarness {
    private DevHarness() {}

    /** The modalities scored: -Dmodalities=asserted,reported,... (default: asserted and reported). */
    private static final java.util.Set<org.newsgraph.model.Modality> MODALITIES = modalities();

    private static java.util.Set<org.newsgraph.model.Modality> modalities() {
        if (System.getProperty("modalities") == null) return null;
        java.util.Set<org.newsgraph.model.Modality> m = java.util.EnumSet.noneOf(org.newsgraph.model.Modality.class);
        for (String x : System.getProperty("modalities").split(",")) {
            m.add(org.newsgraph.model.Modality.valueOf(x.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path cache = Path.of(args[1]);
        if (args[0].equals("annotate")) {
            var annotator = org.newsgraph.annotate.NewsAnnotator.withCoreNlp();
            try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
                for (int i = 2; i < args.length; i++) {
                    for (EventEval.Record r : EventEval.read(Path.of(args[i]))) {
                        Annotations a = annotator.annotate(r.text(), r.date());
                        ObjectNode o = mapper.createObjectNode();
                        o.put("uid", r.uid());
                        AnnotationsJson.put(o, a, AnnotationsJson.Tokens.INCLUDE);
                        w.write(mapper.writeValueAsString(o));
                        w.write('\n');
                    }
                }
            }
            return;
        }
        Map<String, Annotations> cached = new HashMap<>();
        for (String line : Files.readAllLines(cache)) {
            JsonNode o = mapper.readTree(line);
            cached.put(o.get("uid").asText(), JsonAnnotations.read(o));
        }
        if (args[0].equals("explain")) {
            // explain CACHE DICTDIR GOLD UID...: the parse, each verb's best pattern and the events.
            EventCoder plain = new EventCoder();
            EventCoder validate = EventEval.validationCoder(Path.of(args[2]), w -> { });
            Map<String, EventEval.Record> byUid = new HashMap<>();
            for (EventEval.Record r : EventEval.read(Path.of(args[3]))) byUid.put(r.uid(), r);
            for (int i = 4; i < args.length; i++) {
                EventEval.Record rec = byUid.get(args[i]);
                Annotations a = cached.get(args[i]);
                if (rec == null || a == null) continue;
                EventCoder c = rec.dictionaries().equals("PETR.Validate") ? validate : plain;
                System.out.println("== " + rec.uid() + " | " + rec.text());
                DocumentContext ctx = new DocumentContext(rec.text(), a, rec.date(), c.codes(), c.dictionaries(), org.newsgraph.annotate.Countries.load());
                for (var t : ctx.trees) {
                    for (int k = 0; k < t.size(); k++) {
                        System.out.printf("  %2d %-14s %-12s %-5s %2d %-10s", k, t.token(k).text(), t.lemma(k), t.pos(k), t.head(k), t.rel(k));
                        var ps = c.dictionaries().verbs().patterns(t.lemma(k));
                        if (t.isVerb(k) && !ps.isEmpty()) {
                            boolean passive = t.isPassive(k);
                            int patient = Arguments.patient(t, k, passive);
                            var m = PatternMatcher.best(t, k, ps.stream().filter(p -> !p.noun()).toList(), passive, patient);
                            System.out.print(m.map(x -> "  <" + x.pattern().code() + ":" + x.pattern().reverse() + " " + x.pattern().origin()
                                    + " score " + x.score() + " consumed " + x.objectConsumed() + ">").orElse("  <no match>"));
                        }
                        System.out.println();
                    }
                }
                for (var m : a.mentions()) System.out.println("  mention " + m.text() + " " + m.type() + " e" + m.entity());
                for (Event e : c.code(rec.text(), rec.date(), a)) {
                    System.out.printf("  EVENT %-5s %-10s %-14s -> %-14s %-12s [%s]%n", e.code(), e.plover().map(p -> p.event()).orElse("-"),
                            e.source().map(x -> x.code() + "/" + x.name()).orElse("-"), e.target().map(x -> x.code() + "/" + x.name()).orElse("-"),
                            e.modality(), e.first().action());
                }
                System.out.println("  GOLD " + rec.expected());
            }
            return;
        }
        if (args[0].equals("show")) {
            Annotations a = cached.get(args[2]);
            String text = mapper.readTree(Files.readAllLines(Path.of(args[3])).get(0)).get("text").asText();
            for (Event e : new EventCoder().code(text, java.util.Optional.of(java.time.LocalDate.parse("2017-04-10")), a)) {
                var m = e.first();
                System.out.printf("%-5s %-10s %-12s -> %-12s %-12s rep=%s  [%s] %s%n", e.code(), e.plover().map(p -> p.event()).orElse("-"),
                        e.source().map(x -> x.code() + "/" + x.name()).orElse("-"), e.target().map(x -> x.code() + "/" + x.name()).orElse("-"),
                        e.modality(), m.reporterText().orElse("-"), m.action(), "s" + m.sentence() + " x" + e.mentions().size());
            }
            return;
        }
        Path dicts = Path.of(args[2]);
        EventEval.Selection half = EventEval.Selection.valueOf(args[3].toUpperCase(java.util.Locale.ROOT));
        boolean quiet = System.getProperty("quiet") != null;
        EventCoder plain = new EventCoder();
        EventCoder validate = EventEval.validationCoder(dicts, w -> { });
        for (int i = 4; i < args.length; i++) {
            List<EventEval.Record> recs = EventEval.read(Path.of(args[i])).stream().filter(half::includes).toList();
            EventEval.Result r = EventEval.score(recs, rec -> {
                Annotations a = cached.get(rec.uid());
                if (a == null) return List.of();
                EventCoder c = rec.dictionaries().equals("PETR.Validate") ? validate : plain;
                return new ArrayList<>(c.code(rec.text(), rec.date(), a));
            }, MODALITIES);
            if (!quiet) {
                for (EventEval.Scored s : r.records()) {
                    if (s.triples().fp() == 0 && s.triples().fn() == 0) continue;
                    System.out.println(s.record().uid() + " | " + s.record().text());
                    System.out.println("   gold " + s.record().expected() + "\n   got  " + s.predicted());
                }
            }
            for (String d : new java.util.TreeSet<>(recs.stream().map(EventEval.Record::dataset).toList())) {
                EventEval.Counts[] c = EventEval.totals(r.records(), d);
                System.out.printf("  %s half %s: records %d  triples P %.3f R %.3f F1 %.3f  codes P %.3f R %.3f F1 %.3f%n", d, half,
                        r.records().stream().filter(x -> x.record().dataset().equals(d)).count(), c[0].precision(), c[0].recall(),
                        c[0].f1(), c[1].precision(), c[1].recall(), c[1].f1());
            }
        }
    }
}
