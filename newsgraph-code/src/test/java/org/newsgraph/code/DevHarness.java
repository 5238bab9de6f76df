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
        EventCoder plain = new EventCoder();
        EventCoder validate = new EventCoder(ActorLexicon.shipped().withPetrarch(dicts.resolve("PETR.Validate.actors.txt"),
                dicts.resolve("PETR.Validate.agents.txt")));
        for (int i = 3; i < args.length; i++) {
            List<EventEval.Record> recs = EventEval.read(Path.of(args[i]));
            EventEval.Result r = EventEval.score(recs, rec -> {
                Annotations a = cached.get(rec.uid());
                if (a == null) return List.of();
                EventCoder c = rec.dictionaries().equals("PETR.Validate") ? validate : plain;
                List<Event> evs = new ArrayList<>(c.code(rec.text(), rec.date(), a));
                return evs;
            });
            for (EventEval.Scored s : r.records()) {
                if (s.triples().fp() == 0 && s.triples().fn() == 0) continue;
                System.out.println(s.record().uid() + " | " + s.record().text());
                System.out.println("   gold " + s.record().expected() + "\n   got  " + s.predicted());
            }
            // Per dataset (the uid's prefix): the CAMEO file mixes PETRARCH unit tests and real-news records.
            Map<String, List<EventEval.Scored>> byDataset = new java.util.TreeMap<>();
            for (EventEval.Scored s : r.records()) {
                byDataset.computeIfAbsent(s.record().uid().split(":")[0], k -> new ArrayList<>()).add(s);
            }
            for (Map.Entry<String, List<EventEval.Scored>> d : byDataset.entrySet()) {
                int[] t = new int[3], c = new int[3];
                for (EventEval.Scored s : d.getValue()) {
                    t[0] += s.triples().tp(); t[1] += s.triples().fp(); t[2] += s.triples().fn();
                    c[0] += s.codes().tp(); c[1] += s.codes().fp(); c[2] += s.codes().fn();
                }
                EventEval.Counts ts = new EventEval.Counts(t[0], t[1], t[2]), cs = new EventEval.Counts(c[0], c[1], c[2]);
                System.out.printf("  %s: records %d  triples P %.3f R %.3f F1 %.3f  codes P %.3f R %.3f F1 %.3f%n", d.getKey(),
                        d.getValue().size(), ts.precision(), ts.recall(), ts.f1(), cs.precision(), cs.recall(), cs.f1());
            }
            System.out.printf("%s: records %d (skipped %d)  triples P %.3f R %.3f F1 %.3f  codes P %.3f R %.3f F1 %.3f%n", args[i],
                    r.scored(), r.skipped(), r.triples().precision(), r.triples().recall(), r.triples().f1(),
                    r.codes().precision(), r.codes().recall(), r.codes().f1());
        }
    }
}
