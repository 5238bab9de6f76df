package org.newsgraph.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.Newsgraph;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Published;

/**
 * The ingest stage: documents in, articles stored. Each document is extracted, fingerprinted, judged
 * against everything stored (exact duplicates are skipped before the costly annotation; near-duplicates
 * are stored as copies of their cluster's earliest article), annotated and written in batches, each batch
 * one transaction, then indexed. Idempotent (the same input twice stores nothing twice) and resumable (a
 * killed run's last batch is either stored or not; a rerun stores what is missing). A bad document is
 * reported with its source and skipped. One ingest per store at a time.
 *
 * <p>With {@link Options#threads()} above one, extraction and annotation (about a second per article with
 * CoreNLP: nearly all the time) run on a small pool while the calling thread reads the inputs, judges
 * duplicates and writes, all in input order: the stored rows, their ids and order, the verdicts, the errors and
 * the progress reports are those of a one-thread run.
 */
public final class Ingester {

    /**
     * Ingest settings.
     *
     * @param published a publication date for documents that carry none
     * @param url       a URL for documents that carry none
     * @param batchSize articles per transaction
     * @param threads   threads that extract and annotate (the {@link Annotator} is shared, so it must be
     *                  thread-safe, as the real ones are); 1 does everything on the calling thread. Dedupe and
     *                  the store writes stay on the calling thread, in input order, so the result does not
     *                  depend on the number
     */
    public record Options(Optional<Published> published, Optional<String> url, int batchSize, int threads) {
        public Options {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
            if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        }

        /** On the calling thread only. */
        public Options(Optional<Published> published, Optional<String> url, int batchSize) {
            this(published, url, batchSize, 1);
        }

        /** Batches of 64, one thread per core. */
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), 64, Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * What an ingest did.
     *
     * @param read             documents read
     * @param stored           new articles stored (copies included)
     * @param copies           of those, near-duplicates linked to an earlier article
     * @param duplicates       exact duplicates of stored articles, skipped
     * @param notArticles      inputs without an article (index pages, empty text), skipped
     * @param failed           inputs that could not be read or extracted, reported and skipped
     * @param elapsed          wall time
     */
    public record Summary(long read, long stored, long copies, long duplicates, long notArticles, long failed, Duration elapsed) {
        /** Articles stored per second. */
        public double rate() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : stored / s;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d read, %d stored (%d near-duplicate copies), %d exact duplicates skipped, %d not articles, %d failed; %.1f s, %.1f articles/s",
                    read, stored, copies, duplicates, notArticles, failed, elapsed.toNanos() / 1e9, rate());
        }
    }

    /** Told after every document and every committed batch. */
    public interface Progress {
        void update(Summary soFar, String lastSource);

        static Progress none() {
            return (s, src) -> {};
        }
    }

    private final Store store;
    private final Annotator annotator;
    private final Options options;
    private final Consumer<String> errors;
    private final Progress progress;

    /**
     * @param errors told one line per failed input, naming it ({@code file.warc.gz@1234: ...})
     */
    public Ingester(Store store, Annotator annotator, Options options, Consumer<String> errors, Progress progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.options = Objects.requireNonNull(options, "options");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Reads all items and stores their articles. Throws {@link StoreException} only when the store itself fails
     * (or the calling thread is interrupted). The error and progress callbacks are told on the calling thread, in
     * input order, whatever the number of threads.
     */
    public Summary ingest(Iterator<InputReader.Item> items) {
        long t0 = System.nanoTime();
        Counts counts = new Counts();
        ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), new Workers()) : null;
        try {
            StoreWriter writer = new StoreWriter(store.writeConnection());
            Deduper dedupe = Deduper.load(store.writeConnection());
            ExtractOptions.Builder ob = ExtractOptions.builder().warnings(w -> {});
            options.published().ifPresent(ob::published);
            options.url().ifPresent(ob::url);
            ExtractOptions extractOptions = ob.build();
            // One thread: extract, judge, annotate and write each document in turn, as this always did. More: the
            // pool extracts up to a batch ahead and annotates what the judge lets through while this thread judges
            // (in input order, so verdicts, ids and copies are those of one thread) and writes; at most about three
            // batches are in memory besides the one being filled.
            int extractAhead = pool == null ? 1 : options.batchSize();
            int annotateAhead = pool == null ? 0 : 2 * options.batchSize();
            ArrayDeque<Future<Extracted>> extracting = new ArrayDeque<>();
            ArrayDeque<Judged> annotating = new ArrayDeque<>();
            List<StoredArticle> batch = new ArrayList<>();
            List<StoreWriter.Repoint> repoints = new ArrayList<>();
            String last = "";
            while (true) {
                while (extracting.size() < extractAhead && items.hasNext()) {
                    InputReader.Item item = items.next();
                    extracting.add(run(pool, () -> extract(item, extractOptions)));
                }
                if (extracting.isEmpty()) break;
                annotating.add(judge(await(extracting.poll()), dedupe, counts, pool));
                while (!annotating.isEmpty() && (annotating.size() > annotateAhead || annotating.peek().annotation().isDone())) {
                    last = write(annotating.poll(), writer, batch, repoints, t0);
                }
            }
            while (!annotating.isEmpty()) last = write(annotating.poll(), writer, batch, repoints, t0);
            flush(writer, batch, repoints);
            progress.update(counts.summary(t0), last);
        } catch (SQLException e) {
            throw new StoreException(store.dir() + ": cannot write to the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(store.dir() + ": cannot write the search index: " + e.getMessage(), e);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        return counts.summary(t0);
    }

    /** The running totals; only the calling thread touches them. */
    private static final class Counts {
        long read, stored, copies, dups, notArticles, failed;

        Summary summary(long t0) {
            return new Summary(read, stored, copies, dups, notArticles, failed, Duration.ofNanos(System.nanoTime() - t0));
        }

        Counts copy() {
            Counts c = new Counts();
            c.read = read;
            c.stored = stored;
            c.copies = copies;
            c.dups = dups;
            c.notArticles = notArticles;
            c.failed = failed;
            return c;
        }
    }

    /** An input after extraction (on any thread): failed, not an article, or an article with its fingerprints. */
    private sealed interface Extracted {
        String source();

        record Failed(String source, String error) implements Extracted {}

        record NotArticle(String source) implements Extracted {}

        record Ready(String source, Article article, String hash, long simHash, int words) implements Extracted {}
    }

    /**
     * An annotation result; a failure is the article's error line, and the article is stored without annotations.
     * {@code note} says why it is not annotated (a language without models, annotation skipped, a failure).
     */
    private record Annotated(Annotations annotations, Optional<String> error, Optional<String> note) {}

    /**
     * An input judged on the calling thread, waiting for its annotation (a done one when it is not stored): what
     * to tell and write once it is there, and the totals as they stood after it, for the progress callback.
     *
     * @param error      an error line to report (reading or extraction failed)
     * @param article    the article to store, without its annotations yet
     * @param repoint    the cluster repoint its storing causes
     */
    private record Judged(String source, Optional<String> error, Optional<StoredArticle> article, Optional<StoreWriter.Repoint> repoint,
                          Future<Annotated> annotation, Counts counts) {}

    private static Extracted extract(InputReader.Item item, ExtractOptions extractOptions) {
        if (item instanceof InputReader.Item.Failure f) return new Extracted.Failed(f.error().source(), f.error().getMessage());
        InputDocument doc = ((InputReader.Item.Doc) item).document();
        Article article;
        try {
            article = Newsgraph.extract(doc, extractOptions);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted.Failed(doc.source(), doc.source() + ": extraction failed: " + e);
        }
        if (article.status() == ArticleStatus.NOT_ARTICLE || article.text().isBlank()) return new Extracted.NotArticle(doc.source());
        return new Extracted.Ready(doc.source(), article, Fingerprints.contentHash(article.text()), Fingerprints.simHash(article.text()),
                wordCount(article.text()));
    }

    /**
     * Judges one extracted input against everything stored or judged before it and, when it is to be stored,
     * starts its annotation: exact duplicates are skipped here, before the costly annotation.
     */
    private Judged judge(Extracted x, Deduper dedupe, Counts counts, ExecutorService pool) {
        counts.read++;
        Future<Annotated> none = CompletableFuture.completedFuture(null);
        switch (x) {
            case Extracted.Failed f -> {
                counts.failed++;
                return new Judged(f.source(), Optional.of(f.error()), Optional.empty(), Optional.empty(), none, counts.copy());
            }
            case Extracted.NotArticle n -> {
                counts.notArticles++;
                return new Judged(n.source(), Optional.empty(), Optional.empty(), Optional.empty(), none, counts.copy());
            }
            case Extracted.Ready r -> {
                Optional<LocalDate> date = r.article().published().map(Published::date);
                Deduper.Verdict verdict = dedupe.judge(r.hash(), r.simHash(), r.words(), date);
                if (verdict instanceof Deduper.Verdict.Exact) {
                    counts.dups++;
                    return new Judged(r.source(), Optional.empty(), Optional.empty(), Optional.empty(), none, counts.copy());
                }
                String id = StoredArticle.idOf(r.hash());
                Optional<String> copyOf = verdict instanceof Deduper.Verdict.Near n && !n.becomesRoot()
                        ? Optional.of(n.root()) : Optional.empty();
                Optional<StoreWriter.Repoint> repoint = dedupe.add(id, r.hash(), r.simHash(), r.words(), date, verdict);
                StoredArticle unannotated = new StoredArticle(id, r.hash(), r.simHash(), copyOf, StoredArticle.sourceNameOf(r.article()),
                        r.article(), Annotations.empty());
                counts.stored++;
                if (verdict instanceof Deduper.Verdict.Near) counts.copies++;
                Future<Annotated> annotation = run(pool, () -> annotate(r.source(), r.article()));
                return new Judged(r.source(), Optional.empty(), Optional.of(unannotated), repoint, annotation, counts.copy());
            }
        }
    }

    private Annotated annotate(String source, Article article) {
        try {
            Optional<String> why = annotator.notAnnotated(article);
            if (why.isPresent()) return new Annotated(Annotations.empty(), Optional.empty(), why);
            return new Annotated(annotator.annotate(article), Optional.empty(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            // The article is still worth storing; its annotations are what failed.
            return new Annotated(Annotations.empty(), Optional.of(source + ": annotation failed, stored without annotations: " + e),
                    Optional.of("annotation failed: " + e));
        }
    }

    /** Takes one judged input, in input order, into the batch (writing the batch when full); returns its source. */
    private String write(Judged j, StoreWriter writer, List<StoredArticle> batch, List<StoreWriter.Repoint> repoints, long t0)
            throws SQLException, IOException {
        j.error().ifPresent(errors);
        if (j.article().isPresent()) {
            Annotated a = await(j.annotation());
            a.error().ifPresent(errors);
            StoredArticle s = j.article().get();
            j.repoint().ifPresent(repoints::add);
            batch.add(new StoredArticle(s.id(), s.contentHash(), s.simHash(), s.copyOf(), s.sourceName(), s.article(), a.annotations(), a.note()));
            if (batch.size() >= options.batchSize()) flush(writer, batch, repoints);
        }
        progress.update(j.counts().summary(t0), j.source());
        return j.source();
    }

    /** Runs the task on the pool, or here and now when there is none. */
    private static <T> Future<T> run(ExecutorService pool, Callable<T> task) {
        if (pool != null) return pool.submit(task);
        try {
            return CompletableFuture.completedFuture(task.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The task's result; the tasks catch their documents' failures, so what comes out here is a JVM error. */
    private <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(store.dir() + ": ingest interrupted; the batches written so far are stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon workers with names that say what they are in a thread dump. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "newsgraph-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private void flush(StoreWriter writer, List<StoredArticle> batch, List<StoreWriter.Repoint> repoints) throws SQLException, IOException {
        if (batch.isEmpty() && repoints.isEmpty()) return;
        writer.write(batch, repoints);
        batch.clear();
        repoints.clear();
        store.index().catchUp(store.writeConnection());
    }

    static int wordCount(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
