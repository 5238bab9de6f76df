package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ExtractionBenchmark;
import org.newsgraph.eval.Shingles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval}: scores a stage against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a stage against gold data.",
        subcommands = {EvalCommand.Extraction.class, EventsEval.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: extraction, events");
    }

    /** Body extraction on the article-extraction-benchmark layout. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Score article bodies with the ScrapingHub article-extraction-benchmark metric",
                    "(word 4-gram shingles, per-page precision and recall, macro-averaged).",
                    "DIR holds ground-truth.json ({id: {articleBody, url}}) and html/<id>.html.gz."})
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The benchmark folder.")
        Path gold;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write predictions as {id: {articleBody}} JSON.")
        Path out;

        @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "List the N worst pages.")
        int worst;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path truthFile = (Files.isDirectory(gold) ? gold.resolve("ground-truth.json") : gold).toAbsolutePath();
            if (!Files.isRegularFile(truthFile)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--gold': " + truthFile + " does not exist");
            }
            long t0 = System.nanoTime();
            ExtractionBenchmark.Result r = ExtractionBenchmark.run(truthFile);
            double secs = (System.nanoTime() - t0) / 1e9;
            r.errors().forEach(e -> System.err.println("newsgraph: error: " + e));
            Shingles.Score s = r.score();
            System.out.printf("pages %d  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  (%.1f s, %d failed)%n",
                    s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy(), secs, r.errors().size());
            if (worst > 0) {
                List<ExtractionBenchmark.Page> rows = new ArrayList<>(r.pages());
                rows.sort(Comparator.comparingDouble(p -> Shingles.f1(p.overlap())));
                for (ExtractionBenchmark.Page p : rows.subList(0, Math.min(worst, rows.size()))) {
                    System.out.printf("  %.3f  P %.3f R %.3f  %s%n", Shingles.f1(p.overlap()), p.overlap().precision(),
                            p.overlap().recall(), p.id());
                }
            }
            Map<String, String> predictions = new TreeMap<>();
            r.pages().forEach(p -> predictions.put(p.id(), p.predicted()));
            if (out != null) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode o = mapper.createObjectNode();
                predictions.forEach((k, v) -> o.putObject(k).put("articleBody", v));
                mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), o);
            }
            return r.errors().isEmpty() ? 0 : 1;
        }
    }
}
