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
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.eval.ExtractionBenchmark;
import org.newsgraph.eval.NerBenchmark;
import org.newsgraph.eval.TimeMlBenchmark;
import org.newsgraph.eval.Shingles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval}: scores a stage against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a stage against gold data.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Ner.class, EvalCommand.Dates.class, EventsEval.class,
                EvalCommand.Geo.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: extraction, ner, dates, events or geo");
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

    /** Entity mentions against CoNLL-style gold. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Score entity mentions against a CoNLL-2003-style file (word ... TAG, IOB1 or IOB2;",
                    "also two-column WikiGold and id/word/tag IOB2 files): exact-match precision, recall, F1 per type",
                    "(PER, ORG, LOC, MISC) and overall, as conlleval counts them."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file.")
        Path gold;

        @Override
        public Integer call() throws IOException {
            requireFile(gold);
            try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
                long t0 = System.nanoTime();
                NerBenchmark.Result r = NerBenchmark.run(gold, annotator);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("documents %d  tokens %d  (%.1f s)%n", r.documents(), r.tokens(), secs);
                if (!r.ignoredTypes().isEmpty()) {
                    System.out.println("the gold has no " + String.join(", ", r.ignoredTypes()) + ": those predictions are not scored");
                }
                System.out.printf("%-8s %6s %6s %6s  %9s %7s %7s%n", "type", "gold", "ours", "right", "precision", "recall", "F1");
                r.byType().forEach((type, c) -> print(type, c));
                print("overall", r.overall());
            }
            return 0;
        }

        private static void print(String type, NerBenchmark.Counts c) {
            System.out.printf("%-8s %6d %6d %6d  %9.4f %7.4f %7.4f%n", type, c.gold(), c.predicted(), c.correct(),
                    c.precision(), c.recall(), c.f1());
        }
    }

    /** Temporal expressions against TimeML gold. */
    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = {"Score temporal expressions against TimeML (.tml, TempEval-3 layout) files: extent",
                    "precision/recall/F1 strict and relaxed, and value and type F1 over relaxed matches."})
    static final class Dates implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A .tml file or a folder of them.")
        Path gold;

        @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "List N value errors.")
        int errors;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(gold)) throw new IOException(gold + ": no such file or folder");
            try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
                long t0 = System.nanoTime();
                TimeMlBenchmark.Result r = TimeMlBenchmark.run(gold, annotator);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("files %d  gold %d  ours %d  (%.1f s)%n", r.files(), r.strict().gold(), r.strict().predicted(), secs);
                print("strict", r.strict());
                print("relaxed", r.relaxed());
                print("value", r.value());
                print("type", r.type());
                r.valueErrors().stream().limit(errors).forEach(e -> System.out.println("  " + e));
            }
            return 0;
        }

        private static void print(String what, TimeMlBenchmark.Prf p) {
            System.out.printf("%-8s precision %.4f  recall %.4f  F1 %.4f%n", what, p.precision(), p.recall(), p.f1());
        }
    }

    /** Geocoding against LGL-style or GeoVirus-style gold. */
    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = {"Score geocoding against gold toponyms in the LGL layout (<toponym><phrase/><start/><end/><gaztag>",
                    "<lat/><lon/>; also TR-News, GeoWebNews) or the GeoVirus layout (<location><name/><start/><end/><lat/><lon/>):",
                    "recognition precision and recall (spans overlapping), then over recognised gold toponyms with coordinates",
                    "accuracy at 161 km, mean and median error in km and the AUC of the log-error curve (Gritta et al.).",
                    "Scores all articles, then the two halves of the development split (even and odd articles)."})
    static final class Geo implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold XML file.")
        Path gold;

        @Override
        public Integer call() throws IOException {
            requireFile(gold);
            List<org.newsgraph.eval.GeoGold.Article> articles = org.newsgraph.eval.GeoGold.read(gold,
                    w -> System.err.println("newsgraph: warning: " + w));
            try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
                long t0 = System.nanoTime();
                Map<String, List<org.newsgraph.model.Location>> found = new java.util.HashMap<>();
                for (org.newsgraph.eval.GeoGold.Article a : articles) {
                    found.put(a.id(), annotator.annotate(a.text(), a.published()).locations());
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("articles %d  (%.1f s)%n", articles.size(), secs);
                List<org.newsgraph.eval.GeoGold.Article> even = articles.stream().filter(a -> a.index() % 2 == 0).toList();
                List<org.newsgraph.eval.GeoGold.Article> odd = articles.stream().filter(a -> a.index() % 2 == 1).toList();
                System.out.printf("%-12s %8s %6s %6s %6s %8s %8s %9s %9s %6s%n", "articles", "toponyms", "P", "R", "F1", "resolved",
                        "acc@161", "mean km", "median km", "AUC");
                for (var part : List.of(Map.entry("all", articles), Map.entry("even", even), Map.entry("odd", odd))) {
                    org.newsgraph.eval.GeoBenchmark.Result r = org.newsgraph.eval.GeoBenchmark.score(part.getValue(), a -> found.get(a.id()));
                    System.out.printf("%-12s %8d %6.3f %6.3f %6.3f %8d %8.3f %9.0f %9.1f %6.3f%n", part.getKey() + " (" + r.articles() + ")",
                            r.gold(), r.precision(), r.recall(), r.f1(), r.resolved().size(), r.accuracy161(), r.meanKm(), r.medianKm(), r.auc());
                }
            }
            return 0;
        }
    }

    private static void requireFile(Path p) throws IOException {
        if (!Files.isRegularFile(p)) throw new IOException(p + ": no such file");
    }
}
