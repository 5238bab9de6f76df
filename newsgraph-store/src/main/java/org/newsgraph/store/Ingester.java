package org.newsgraph.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class Ingester {

    /**
     * Ingest settings.
     *
     * @param published a publication date for documents that carry none
     * @param url       a URL for documents that carry none
     * @param batchSize articles per transaction
     */
    public record Options(Optional<Published> published, Optional<String> url, int batchSize) {
        public Options {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }

        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), 64);
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

    /** Reads all items and stores their articles. Throws {@link StoreException} only when the store itself fails. */
    public Summary ingest(Iterator<InputReader.Item> items) {
        long t0 = System.nanoTime();
        long read = 0, stored = 0, copies = 0, dups = 0, notArticles = 0, failed = 0;
        try {
            StoreWriter writer = new StoreWriter(store.writeConnection());
            Deduper dedupe = Deduper.load(store.writeConnection());
            ExtractOptions.Builder ob = ExtractOptions.builder().warnings(w -> {});
            options.published().ifPresent(ob::published);
            options.url().ifPresent(ob::url);
            ExtractOptions extractOptions = ob.build();
            List<StoredArticle> batch = new ArrayList<>();
            List<StoreWriter.Repoint> repoints = new ArrayList<>();
            String last = "";
            while (items.hasNext()) {
                InputReader.Item item = items.next();
                read++;
                if (item instanceof InputReader.Item.Failure f) {
                    failed++;
                    last = f.error().source();
                    errors.accept(f.error().getMessage());
                } else {
                    InputDocument doc = ((InputReader.Item.Doc) item).document();
                    last = doc.source();
                    Article article;
                    try {
                        article = Newsgraph.extract(doc, extractOptions);
                    } catch (RuntimeException | StackOverflowError e) {
                        failed++;
                        errors.accept(doc.source() + ": extraction failed: " + e);
                        continue;
                    }
                    if (article.status() == ArticleStatus.NOT_ARTICLE || article.text().isBlank()) {
                        notArticles++;
                    } else {
                        String hash = Fingerprints.contentHash(article.text());
                        long sim = Fingerprints.simHash(article.text());
                        int words = wordCount(article.text());
                        Optional<LocalDate> date = article.published().map(Published::date);
                        Deduper.Verdict verdict = dedupe.judge(hash, sim, words, date);
                        if (verdict instanceof Deduper.Verdict.Exact) {
                            dups++;
                        } else {
                            Annotations ann;
                            try {
                                ann = annotator.annotate(article);
                            } catch (RuntimeException | StackOverflowError e) {
                                // The article is still worth storing; its annotations are what failed.
                                errors.accept(doc.source() + ": annotation failed, stored without annotations: " + e);
                                ann = Annotations.empty();
                            }
                            String id = StoredArticle.idOf(hash);
                            Optional<String> copyOf = verdict instanceof Deduper.Verdict.Near n && !n.becomesRoot()
                                    ? Optional.of(n.root()) : Optional.empty();
                            dedupe.add(id, hash, sim, words, date, verdict).ifPresent(repoints::add);
                            batch.add(new StoredArticle(id, hash, sim, copyOf, StoredArticle.sourceNameOf(article), article, ann));
                            stored++;
                            if (verdict instanceof Deduper.Verdict.Near) copies++;
                            if (batch.size() >= options.batchSize()) {
                                flush(writer, batch, repoints);
                            }
                        }
                    }
                }
                progress.update(new Summary(read, stored, copies, dups, notArticles, failed, Duration.ofNanos(System.nanoTime() - t0)), last);
            }
            flush(writer, batch, repoints);
            progress.update(new Summary(read, stored, copies, dups, notArticles, failed, Duration.ofNanos(System.nanoTime() - t0)), last);
        } catch (SQLException e) {
            throw new StoreException(store.dir() + ": cannot write to the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(store.dir() + ": cannot write the search index: " + e.getMessage(), e);
        }
        return new Summary(read, stored, copies, dups, notArticles, failed, Duration.ofNanos(System.nanoTime() - t0));
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
