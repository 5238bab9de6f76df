package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench annotate CORPUS}: the annotate stage beside CoreNLP's own default pipeline. Each
 * pipeline runs in a fresh JVM of its own (so load time and peak resident memory are its own), one after the
 * other on the same articles, one thread each.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {
            "Times the annotate stage (Newsgraph on CoreNLP: tokenize, ssplit, pos, lemma, CoNLL NER + fine-grained"
                    + " + SUTime, depparse, then entities, quotes, dates, counts, geocoding) beside CoreNLP's default pipeline"
                    + " (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) on the same articles.",
            "CORPUS: a Wikinews-layout CSV file (url,date,title,text) or a folder of them; dates are the publication"
                    + " dates. Each pipeline runs in its own JVM, one thread: load time, tokens/s, articles/s, peak"
                    + " RSS (VmHWM), per-stage times (geocoding timed again apart, as a share of the stage), and the throughput ratio."})
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "CSV file or folder.")
    Path corpus;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N articles (0: all).")
    int limit;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N",
            description = "Articles annotated untimed first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--xmx", defaultValue = "5g", paramLabel = "SIZE", description = "Heap of each child JVM (default: ${DEFAULT-VALUE}).")
    String xmx;

    @Option(names = "--pipelines", split = ",", defaultValue = "newsgraph,corenlp-default", paramLabel = "P",
            description = "Which to run: newsgraph, corenlp-default (default: both).")
    List<AnnotateWorker.Pipeline> pipelines;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (AnnotateWorker.Pipeline p : pipelines) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                    AnnotateWorker.class.getName(), p.name(), corpus.toString(), Integer.toString(limit), Integer.toString(warmup));
            System.err.println("bench: running " + p.label() + " in its own JVM...");
            Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!proc.waitFor(6, TimeUnit.HOURS) || proc.exitValue() != 0) {
                System.err.println("bench: " + p.label() + " failed (exit " + proc.exitValue() + ")");
                return 1;
            }
            JsonNode r = mapper.readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
            results.add(r);
        }
        System.out.printf(Locale.ROOT, "%-18s %8s %7s %8s %9s %8s %9s %8s %6s%n", "pipeline", "load s", "docs", "tokens",
                "tokens/s", "docs/s", "ms/token", "peak MB", "errors");
        for (JsonNode r : results) {
            System.out.printf(Locale.ROOT, "%-18s %8.1f %7d %8d %9.1f %8.3f %9.3f %8d %6d%n", r.get("pipeline").asText(),
                    r.get("load_s").asDouble(), r.get("articles").asInt(), r.get("tokens").asLong(), r.get("tokens_per_s").asDouble(),
                    r.get("articles_per_s").asDouble(), 1000.0 / Math.max(1e-9, r.get("tokens_per_s").asDouble()),
                    r.get("peak_rss_mb").asLong(), r.get("errors").asInt());
        }
        for (JsonNode r : results) {
            System.out.println("\n" + r.get("pipeline").asText() + " stages:");
            System.out.println(r.get("stages").asText().indent(2).stripTrailing());
        }
        if (results.size() == 2) {
            double ratio = results.get(0).get("tokens_per_s").asDouble() / results.get(1).get("tokens_per_s").asDouble();
            System.out.printf(Locale.ROOT, "%nthroughput ratio %s / %s: %.2fx%n", results.get(0).get("pipeline").asText(),
                    results.get(1).get("pipeline").asText(), ratio);
        }
        return 0;
    }
}
