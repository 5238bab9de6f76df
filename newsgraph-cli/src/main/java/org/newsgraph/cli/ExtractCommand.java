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
import org.newsgraph.annotate.Annotator;
import org.newsgraph.code.CodingAnnotator;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.output.AnnotationsJson;
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

    @picocli.CommandLine.Mixin
    InputOptions inputs;



    @Option(names = "--no-nlp", description = "Skip annotation (entities, quotes, dates, counts, events): extraction only, no model loading.")
    boolean noNlp;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;


    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Extraction threads; output keeps the input order (default: one per core).")
    int threads;

    @Option(names = "--tokens", description = "Write each sentence's tokens (part of speech, lemma, entity tag, dependency arc).")
    boolean tokens;

    /** One input's result: an article with its annotations (null when not annotated), or the error line that names the input. */
    private record Outcome(Article article, Annotations annotations, String error, String note) {
        Outcome(Article article, Annotations annotations, String error) {
            this(article, annotations, error, null);
        }
    }

    /**
     * Extracts and annotates one document; one broken page must not stop a batch, so an extraction failure
     * becomes an error line and an annotation failure a warning (the article is still written, unannotated).
     */
    private static Outcome extract(InputDocument doc, ExtractOptions options, Annotator annotator) {
        Article article;
        try {
            article = Newsgraph.extract(doc, options);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, "newsgraph: error: " + doc.source() + ": extraction failed: " + e);
        }
        if (annotator == null) return new Outcome(article, null, null);
        if (article.status() != ArticleStatus.ARTICLE || article.text().isBlank()) {
            return new Outcome(article, Annotations.empty(), null);
        }
        try {
            java.util.Optional<String> why = annotator.notAnnotated(article);
            if (why.isPresent()) return new Outcome(article, Annotations.empty(), null, why.get());
            return new Outcome(article, annotator.annotate(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            options.warnings().accept(doc.source() + ": annotation failed, article written without annotations: " + e);
            return new Outcome(article, null, null, "annotation failed: " + e);
        }
    }

    private void write(java.util.concurrent.Future<Outcome> f, Writer out, PrintWriter err, ObjectMapper mapper,
                       ArticleJson json, int[] counts, boolean[] first) throws IOException {
        Outcome o;
        try {
            o = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            o = new Outcome(null, null, "newsgraph: error: extraction failed: " + e.getCause());
        }
        if (o.error() != null) {
            err.println(o.error());
            counts[1]++;
            return;
        }
        Article article = o.article();
        switch (format) {
            case jsonl -> {
                out.write(mapper.writeValueAsString(toJson(json, o)));
                out.write('\n');
            }
            case json -> {
                if (!first[0]) out.write(",\n");
                out.write(mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(json, o)));
                first[0] = false;
            }
            case text -> out.write(TextSummary.of(article, o.annotations()));
        }
        counts[0]++;
        out.flush();
    }

    private com.fasterxml.jackson.databind.node.ObjectNode toJson(ArticleJson json, Outcome o) {
        var node = json.toJson(o.article());
        if (o.note() != null) {
            node.put("annotated", false);
            node.put("annotation_note", o.note());
        }
        if (o.annotations() != null) {
            AnnotationsJson.put(node, o.annotations(), tokens ? AnnotationsJson.Tokens.INCLUDE : AnnotationsJson.Tokens.OMIT);
        }
        return node;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + threads + " (must be 0 for one per core, or more)");
        }
        inputs.check(spec);
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ArticleJson json = new ArticleJson(mapper);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExtractOptions options = inputs.extractOptions(err);

        Annotator annotator = null;
        if (!noNlp) {
            err.println("newsgraph: loading the NLP models (10-30 s; --no-nlp skips annotation)...");
            annotator = CodingAnnotator.withCoreNlp(w -> err.println("newsgraph: warning: " + w));
        }
        final Annotator nlp = annotator;
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = workers > 1
                ? java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "newsgraph-extract");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        // Results are written in input order; at most a few per worker are in flight, so memory stays bounded.
        java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> window = new java.util.ArrayDeque<>();
        int maxInFlight = 4 * workers;
        int[] counts = new int[2]; // ok, failed
        boolean[] first = {true};
        if (format == Format.json) out.write("[\n");
        try (InputReader reader = new InputReader(paths, inputs.limits(), () -> System.in)) {
            for (Iterator<InputReader.Item> it = reader.iterator(); it.hasNext(); ) {
                InputReader.Item item = it.next();
                java.util.concurrent.Future<Outcome> f;
                if (item instanceof InputReader.Item.Failure failure) {
                    f = java.util.concurrent.CompletableFuture.completedFuture(
                            new Outcome(null, null, "newsgraph: error: " + failure.error().getMessage()));
                } else {
                    InputDocument doc = ((InputReader.Item.Doc) item).document();
                    f = pool == null
                            ? java.util.concurrent.CompletableFuture.completedFuture(extract(doc, options, nlp))
                            : pool.submit(() -> extract(doc, options, nlp));
                }
                window.add(f);
                while (window.size() > maxInFlight) write(window.poll(), out, err, mapper, json, counts, first);
            }
            while (!window.isEmpty()) write(window.poll(), out, err, mapper, json, counts, first);
        } finally {
            if (pool != null) pool.shutdownNow();
            if (nlp != null) nlp.close();
        }
        int ok = counts[0], failed = counts[1];
        if (format == Format.json) out.write("\n]\n");
        out.flush();
        if (failed > 0) err.println("newsgraph: " + ok + " extracted, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }
}
