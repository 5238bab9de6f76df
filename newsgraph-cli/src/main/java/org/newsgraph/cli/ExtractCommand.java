package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Published;
import org.newsgraph.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract}: inputs in, one JSON object (or a readable summary) per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract clean articles from HTML pages and scraped text.",
                "PATH: a file (.html .htm .txt .jsonl, each optionally .gz), a directory (recursive) or - for stdin.",
                "A bad input is reported on stderr with its name and skipped; the exit code is 1 when any failed."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, json, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs.")
    List<String> paths;

    @Option(names = "--published", paramLabel = "DATE", converter = Dates.class,
            description = "Publication date for inputs that carry none of their own (YYYY-MM-DD).")
    Published published;

    @Option(names = "--url", paramLabel = "URL", description = "Page URL for inputs that carry none of their own.")
    String url;

    @Option(names = "--no-nlp", description = "Skip the NLP annotation stages (extraction only).")
    boolean noNlp;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-bytes", defaultValue = "33554432", paramLabel = "N",
            description = "Largest input document, after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxBytes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-bytes': " + maxBytes + " (must be a positive number of bytes)");
        }
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ArticleJson json = new ArticleJson(mapper);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExtractOptions.Builder ob = ExtractOptions.builder().warnings(w -> err.println("newsgraph: warning: " + w));
        if (published != null) ob.published(published);
        if (url != null) ob.url(url);
        ExtractOptions options = ob.build();

        int ok = 0, failed = 0;
        boolean firstJson = true;
        if (format == Format.json) out.write("[\n");
        try (InputReader reader = new InputReader(paths, new InputReader.Limits(maxBytes), () -> System.in)) {
            for (Iterator<InputReader.Item> it = reader.iterator(); it.hasNext(); ) {
                InputReader.Item item = it.next();
                if (item instanceof InputReader.Item.Failure f) {
                    err.println("newsgraph: error: " + f.error().getMessage());
                    failed++;
                    continue;
                }
                InputDocument doc = ((InputReader.Item.Doc) item).document();
                Article article;
                try {
                    article = Newsgraph.extract(doc, options);
                } catch (RuntimeException | StackOverflowError e) {
                    // One broken page must not stop a batch: name it and go on.
                    err.println("newsgraph: error: " + doc.source() + ": extraction failed: " + e);
                    failed++;
                    continue;
                }
                switch (format) {
                    case jsonl -> {
                        out.write(mapper.writeValueAsString(json.toJson(article)));
                        out.write('\n');
                    }
                    case json -> {
                        if (!firstJson) out.write(",\n");
                        out.write(mapper.writer(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(json.toJson(article)));
                        firstJson = false;
                    }
                    case text -> out.write(TextSummary.of(article));
                }
                ok++;
                out.flush();
            }
        }
        if (format == Format.json) out.write("\n]\n");
        out.flush();
        if (failed > 0) err.println("newsgraph: " + ok + " extracted, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }
}
