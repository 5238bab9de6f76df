package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.annotate.Analysis;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.annotate.NlpBackend;
import org.newsgraph.annotate.corenlp.CoreNlpBackend;
import org.newsgraph.model.Annotations;

/** One pipeline over the corpus in this JVM; prints one JSON line of results. Run by {@link AnnotateCommand}. */
public final class AnnotateWorker {
    private AnnotateWorker() {}

    /** The pipelines compared. */
    enum Pipeline {
        newsgraph("newsgraph"), corenlp_default("corenlp-default");

        private final String label;

        Pipeline(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Times the backend apart from our own steps. */
    private static final class TimedBackend implements NlpBackend {
        private final NlpBackend inner;
        long nanos;

        TimedBackend(NlpBackend inner) {
            this.inner = inner;
        }

        @Override
        public Analysis analyze(String text, Optional<LocalDate> documentDate) {
            long t0 = System.nanoTime();
            try {
                return inner.analyze(text, documentDate);
            } finally {
                nanos += System.nanoTime() - t0;
            }
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }

    public static void main(String[] args) throws IOException {
        Pipeline pipeline = Pipeline.valueOf(args[0]);
        List<WikinewsCsv.Row> rows = WikinewsCsv.read(Path.of(args[1]));
        int limit = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        if (limit > 0 && rows.size() > limit) rows = rows.subList(0, limit);
        RedwoodConfiguration.errorLevel().apply();

        long t0 = System.nanoTime();
        CoreNlpBackend backend = null;
        TimedBackend timed = null;
        NewsAnnotator annotator = null;
        StanfordCoreNLP corenlp = null;
        if (pipeline == Pipeline.newsgraph) {
            backend = new CoreNlpBackend();
            timed = new TimedBackend(backend);
            annotator = new NewsAnnotator(timed, w -> System.err.println("warning: " + w));
        } else {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            corenlp = new StanfordCoreNLP(p);
        }
        double load = (System.nanoTime() - t0) / 1e9;

        long[] geocodeNanos = {0};
        for (int i = 0; i < Math.min(warmup, rows.size()); i++) run(rows.get(i), annotator, corenlp, geocodeNanos);
        if (timed != null) timed.nanos = 0;
        geocodeNanos[0] = 0;
        long tokens = 0;
        int errors = 0;
        long start = System.nanoTime();
        for (WikinewsCsv.Row r : rows) {
            try {
                tokens += run(r, annotator, corenlp, geocodeNanos);
            } catch (RuntimeException e) {
                errors++;
                System.err.println("error: " + r.url() + ": " + e);
            }
        }
        // The stage's own time: geocoding timed again apart (below) is taken out.
        double secs = (System.nanoTime() - start - geocodeNanos[0]) / 1e9;
        String stages;
        if (timed != null) {
            double backendS = timed.nanos / 1e9;
            double geocodeS = geocodeNanos[0] / 1e9;
            // Geocoding is timed again on each article's own annotations, apart: the stage's time above includes it once.
            stages = String.format(java.util.Locale.ROOT, "backend (CoreNLP) %.1f s, our steps %.1f s, of which geocoding %.2f s"
                    + " (%.2f%% of the stage)%n%s", backendS, secs - backendS, geocodeS, 100 * geocodeS / secs,
                    backend.timingInformation());
        } else {
            stages = corenlp.timingInformation();
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("pipeline", pipeline.label());
        o.put("load_s", load);
        o.put("articles", rows.size());
        o.put("tokens", tokens);
        o.put("seconds", secs);
        o.put("tokens_per_s", tokens / secs);
        o.put("articles_per_s", rows.size() / secs);
        o.put("peak_rss_mb", peakRssMb());
        o.put("errors", errors);
        o.put("stages", stages);
        System.out.println(mapper.writeValueAsString(o));
    }

    /** Annotates one article; geocoding is timed again on its annotations and added to {@code geocodeNanos[0]}. */
    private static long run(WikinewsCsv.Row r, NewsAnnotator annotator, StanfordCoreNLP corenlp, long[] geocodeNanos) {
        if (annotator != null) {
            Annotations a = annotator.annotate(r.text(), Optional.of(r.date()));
            long g0 = System.nanoTime();
            annotator.geocoder().locate(r.text(), a);
            geocodeNanos[0] += System.nanoTime() - g0;
            return a.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        Annotation doc = new Annotation(r.text());
        doc.set(CoreAnnotations.DocDateAnnotation.class, r.date().toString());
        corenlp.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Peak resident set size of this process (Linux VmHWM), -1 where unknown. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
