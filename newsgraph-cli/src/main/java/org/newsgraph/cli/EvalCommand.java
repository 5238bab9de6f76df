package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.Shingles;
import org.newsgraph.ingest.Charsets;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval}: scores a stage against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a stage against gold data.",
        subcommands = {EvalCommand.Extraction.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: extraction");
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
            ObjectMapper mapper = new ObjectMapper();
            Path truthFile = (Files.isDirectory(gold) ? gold.resolve("ground-truth.json") : gold).toAbsolutePath();
            if (!Files.isRegularFile(truthFile)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--gold': " + truthFile + " does not exist");
            }
            Path htmlDir = truthFile.getParent().resolve("html");
            JsonNode truth = mapper.readTree(truthFile.toFile());
            Map<String, String> predictions = new TreeMap<>();
            List<Shingles.Overlap> overlaps = new ArrayList<>();
            List<Boolean> exact = new ArrayList<>();
            record Row(String id, double f1, Shingles.Overlap o) {}
            List<Row> rows = new ArrayList<>();
            int failed = 0;
            long t0 = System.nanoTime();
            for (var e : truth.properties()) {
                String id = e.getKey();
                String gt = e.getValue().path("articleBody").asText("");
                String url = e.getValue().path("url").asText(null);
                String predicted = "";
                Path page = htmlDir.resolve(id + ".html.gz");
                if (!Files.exists(page)) page = htmlDir.resolve(id + ".html");
                try {
                    String html = decode(page);
                    InputDocument doc = new InputDocument(id, page.toString(), InputFormat.HTML, html,
                            java.util.Optional.ofNullable(url), java.util.Optional.empty());
                    Article a = Newsgraph.extract(doc);
                    predicted = a.text();
                } catch (IOException | RuntimeException ex) {
                    System.err.println("newsgraph: error: " + page + ": " + ex);
                    failed++;
                }
                predictions.put(id, predicted);
                Shingles.Overlap o = Shingles.overlap(gt, predicted);
                overlaps.add(o);
                exact.add(Shingles.exact(gt, predicted));
                rows.add(new Row(id, Shingles.f1(o), o));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            Shingles.Score s = Shingles.aggregate(overlaps, exact);
            System.out.printf("pages %d  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  (%.1f s, %d failed)%n",
                    s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy(), secs, failed);
            if (worst > 0) {
                rows.sort(Comparator.comparingDouble(Row::f1));
                for (Row r : rows.subList(0, Math.min(worst, rows.size()))) {
                    System.out.printf("  %.3f  P %.3f R %.3f  %s%n", r.f1(), r.o().precision(), r.o().recall(), r.id());
                }
            }
            if (out != null) {
                ObjectNode o = mapper.createObjectNode();
                predictions.forEach((k, v) -> o.putObject(k).put("articleBody", v));
                mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), o);
            }
            return failed > 0 ? 1 : 0;
        }

        private static String decode(Path page) throws IOException {
            byte[] bytes;
            try (InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
                bytes = in.readAllBytes();
            }
            return Charsets.decode(bytes, java.util.Optional.empty()).text();
        }
    }
}
