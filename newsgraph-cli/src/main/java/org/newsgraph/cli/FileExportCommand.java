package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.code.CodingAnnotator;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.code.gdelt.GdeltDocument;
import org.newsgraph.code.gdelt.GdeltEventsWriter;
import org.newsgraph.code.gdelt.GdeltMentionsWriter;
import org.newsgraph.code.gdelt.GkgWriter;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.output.AnnotationsJson;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input-file half of {@code newsgraph export} (see {@link ExportCommand}): extracts, annotates and codes
 * each input, then writes GDELT 2.0 Events or Mentions rows, GKG 2.1 rows, or the events as JSON Lines. The
 * writers live in {@code org.newsgraph.code.gdelt} so the store-based export reuses them.
 */
final class FileExportCommand implements Callable<Integer> {

    /** What to write. */
    enum Format {
        GDELT_EVENTS("gdelt-events"), GDELT_MENTIONS("gdelt-mentions"), GDELT_GKG("gdelt-gkg"), JSONL("jsonl");

        final String cli;

        Format(String cli) {
            this.cli = cli;
        }

        @Override
        public String toString() {
            return cli;
        }
    }

    /** Reads the hyphenated names. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) if (f.cli.equalsIgnoreCase(value)) return f;
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of gdelt-events, gdelt-mentions, gdelt-gkg, jsonl");
        }
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs.")
    List<String> paths;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "Output: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--all-modalities", description = "GDELT formats: also write hypothetical, negated, denied and future events.")
    boolean allModalities;

    @Option(names = "--header", description = "Write the codebook's column names as a first line.")
    boolean header;



    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;


    /** The shared input options, set by {@link ExportCommand}. */
    InputOptions inputs = new InputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The completion candidates, as typed. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(f -> f.cli).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        inputs.check(spec);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExtractOptions options = inputs.extractOptions(err);
        Gdelt.Scope scope = allModalities ? Gdelt.Scope.ALL : Gdelt.Scope.FACTUAL;
        LocalDateTime added = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        int failed = 0, sequence = 0;
        err.println("newsgraph: loading the NLP models (10-30 s)...");
        try (CodingAnnotator annotator = CodingAnnotator.withCoreNlp();
             Writer w = out == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             InputReader reader = new InputReader(paths, inputs.limits(), () -> System.in)) {
            if (header && format != Format.JSONL) {
                List<String> cols = switch (format) {
                    case GDELT_EVENTS -> GdeltEventsWriter.COLUMNS;
                    case GDELT_MENTIONS -> GdeltMentionsWriter.COLUMNS;
                    default -> GkgWriter.COLUMNS;
                };
                w.write(String.join("\t", cols));
                w.write('\n');
            }
            for (Iterator<InputReader.Item> it = reader.iterator(); it.hasNext(); ) {
                InputReader.Item item = it.next();
                if (item instanceof InputReader.Item.Failure f) {
                    err.println("newsgraph: error: " + f.error().getMessage());
                    failed++;
                    continue;
                }
                InputDocument doc = ((InputReader.Item.Doc) item).document();
                Article article;
                Annotations annotations;
                try {
                    article = Newsgraph.extract(doc, options);
                    annotations = article.status() == ArticleStatus.ARTICLE && !article.text().isBlank()
                            ? annotator.annotate(article) : Annotations.empty();
                } catch (RuntimeException | StackOverflowError e) {
                    err.println("newsgraph: error: " + doc.source() + ": " + e);
                    failed++;
                    continue;
                }
                GdeltDocument gd = new GdeltDocument(article, annotations, added);
                switch (format) {
                    case GDELT_EVENTS -> GdeltEventsWriter.write(w, gd, scope);
                    case GDELT_MENTIONS -> GdeltMentionsWriter.write(w, gd, scope);
                    case GDELT_GKG -> GkgWriter.write(w, gd, sequence++);
                    case JSONL -> {
                        ObjectNode all = mapper.createObjectNode();
                        AnnotationsJson.put(all, annotations, AnnotationsJson.Tokens.OMIT);
                        ObjectNode o = mapper.createObjectNode();
                        o.put("id", article.id());
                        o.put("source", article.source());
                        if (article.url().isPresent()) o.put("url", article.url().get());
                        else o.putNull("url");
                        if (article.published().isPresent()) o.put("published", article.published().get().iso());
                        else o.putNull("published");
                        o.set("events", all.get("events"));
                        w.write(mapper.writeValueAsString(o));
                        w.write('\n');
                    }
                }
                w.flush();
            }
        }
        return failed > 0 ? 1 : 0;
    }
}
