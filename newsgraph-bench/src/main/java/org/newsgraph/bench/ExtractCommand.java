package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph bench extract DIR}: extraction throughput, Newsgraph beside Readability4J. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Times body extraction by Newsgraph and by Readability4J, side by side in this JVM, on the same pages:"
                    + " every *.html, *.htm and *.html.gz under DIR, decoded (with Newsgraph's charset detection)"
                    + " before any timing.",
            "Single thread. Warm-up passes, then measured passes over all pages, alternating between the"
                    + " extractors pass by pass (A B, B A, ...), with an untimed System.gc() before each pass.",
            "Reports docs/s, MB/s (MB = 10^6 bytes of the decoded HTML as UTF-8), mean, median and p95 ms per page"
                    + " (over all measured extractions), heap allocated per page, peak heap (the heap pools' peaks"
                    + " summed, per pass, the decoded pages held in memory included), pages with non-empty text, pages on which the extractor threw, and the"
                    + " throughput ratio Newsgraph/Readability4J.",
            "Readability4J runs on the jsoup it was released with, loaded apart from Newsgraph's (see --peer-jsoup)."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of pages (searched recursively).")
    Path dir;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Untimed passes over all pages per extractor (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "20", paramLabel = "N",
            description = "Measured passes over all pages per extractor (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the numbers as JSON.")
    Path json;

    @Option(names = "--peer-jsoup", defaultValue = "bundled", paramLabel = "WHICH",
            description = "jsoup for Readability4J: bundled (the one it was released with, as its pom names it;"
                    + " default) or core (newsgraph-core's, which Maven would pick for a plain dependency).")
    Readability4jExtractor.Jsoup peerJsoup;

    @Option(names = "--no-gc", description = "Skip the System.gc() before each pass.")
    boolean noGc;

    @Option(names = "--quiet", description = "Do not report each pass on stderr.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warmup must be 0 or more");
        if (iterations < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--iterations must be 1 or more");
        if (!Files.isDirectory(dir)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        var err = spec.commandLine().getErr();
        List<Page> pages = Pages.load(dir);
        if (pages.isEmpty()) {
            err.println("no *.html, *.htm or *.html.gz pages under " + dir);
            return 1;
        }
        List<Extractor> extractors = List.of(new NewsgraphExtractor(), new Readability4jExtractor(peerJsoup));
        if (!quiet) {
            err.printf(Locale.ROOT, "%d pages decoded; %d warm-up and %d measured passes per extractor%n",
                    pages.size(), warmup, iterations);
        }
        var bench = new ExtractBench(new ExtractBench.Config(warmup, iterations, !noGc),
                quiet ? null : err);
        BenchReport report = bench.run(dir.toString(), pages, extractors);
        spec.commandLine().getOut().print(ReportTable.format(report));
        spec.commandLine().getOut().flush();
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
        }
        return 0;
    }
}
