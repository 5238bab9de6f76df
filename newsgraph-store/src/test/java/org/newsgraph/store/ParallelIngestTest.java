package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * Ingest on several threads stores exactly what one thread stores: the same rows with the same ids and
 * revisions, the same duplicates skipped before annotation, the same errors and progress in input order.
 */
class ParallelIngestTest {

    /** Annotates as {@link HandAnnotator}, slowly (as CoreNLP does), remembering its threads; fails on a7. */
    static final class Slow implements Annotator {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();
        private final HandAnnotator hand = new HandAnnotator();

        @Override
        public Annotations annotate(Article article) {
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (article.id().equals("a7")) throw new IllegalStateException("annotator broke");
            return hand.annotate(article);
        }
    }

    /** What one run did and left behind. */
    private record Run(Ingester.Summary summary, List<String> errors, List<String> progress, List<String> tables, Slow annotator) {}

    private static Run run(Path store, List<String> inputs, int threads) throws Exception {
        Slow slow = new Slow();
        List<String> errors = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        Ingester.Options opts = new Ingester.Options(Optional.empty(), Optional.empty(), 5, threads);
        try (Store s = Store.open(store, Store.Mode.READ_WRITE);
             CorpusInputs in = new CorpusInputs(inputs, InputReader.Limits.DEFAULT, () -> new ByteArrayInputStream(new byte[0]),
                     new Fetcher(Fetcher.Options.defaults()), s::hasUrl)) {
            Ingester.Summary sum = new Ingester(s, slow, opts, errors::add,
                    (so, src) -> progress.add(so.read() + " " + so.stored() + " " + so.duplicates() + " " + src)).ingest(in);
            List<String> tables = new ArrayList<>();
            for (Tables.Table t : Tables.ALL) {
                // ingested_at is the wall clock; every other column must agree, rows in revision (write) order.
                String sql = t == Tables.ARTICLES ? "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY rev" : "SELECT * FROM " + t.name() + " ORDER BY ALL";
                tables.add(t.name() + ":\n" + dump(s, sql));
            }
            return new Run(sum, errors, progress, tables, slow);
        }
    }

    private static String dump(Store store, String sql) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = store.newConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void severalThreadsStoreExactlyWhatOneThreadStores(@TempDir Path tmp) throws Exception {
        Path a = Corpus.jsonl(tmp, "a.jsonl", 24, 3);
        Path again = Files.copy(a, tmp.resolve("a-again.jsonl")); // exact duplicates: never annotated
        List<String> lines = Files.readAllLines(a);
        // A syndicated copy of a5 a day later, and one of a9 a week earlier (the cluster repoints to it).
        String a5 = lines.get(5).replace("\"id\":\"a5\"", "\"id\":\"wire5\"").replace("news.example.org/5", "wire.example.com/5")
                .replace("2019-04-06", "2019-04-07").replace("\",\"url\"", " Distributed by Example Wire.\",\"url\"");
        String a9 = lines.get(9).replace("\"id\":\"a9\"", "\"id\":\"early9\"").replace("news.example.org/9", "first.example.net/9")
                .replace("2019-04-10", "2019-04-03").replace("\",\"url\"", " First published by First Net.\",\"url\"");
        Path copies = Files.write(tmp.resolve("b-copies.jsonl"), List.of(a5, a9), StandardCharsets.UTF_8);
        List<String> inputs = List.of(Corpus.EXAMPLE.toString(), a.toString(), tmp.resolve("missing.html").toString(), again.toString(),
                copies.toString());

        Run one = run(tmp.resolve("one"), inputs, 1);
        Run four = run(tmp.resolve("four"), inputs, 4);

        assertEquals(Set.of(Thread.currentThread().getName()), one.annotator().threads, "one thread: the caller's");
        assertTrue(four.annotator().threads.size() > 1, "several threads annotated: " + four.annotator().threads);
        assertTrue(four.annotator().threads.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())), "none of them the caller");

        assertEquals(27, one.summary().stored(), one.summary().toString());
        assertEquals(24, one.summary().duplicates());
        assertEquals(2, one.summary().copies());
        assertEquals(1, one.summary().failed());
        assertEquals(one.summary().stored(), one.annotator().calls.get(), "exact duplicates are skipped before annotation");
        assertEquals(four.summary().stored(), four.annotator().calls.get(), "exact duplicates are skipped before annotation");
        assertEquals(2, one.errors().size(), one.errors().toString());
        assertTrue(one.errors().get(0).contains("a.jsonl") && one.errors().get(0).contains("annotation failed"), one.errors().toString());
        assertTrue(one.errors().get(1).contains("missing.html"), one.errors().toString());
        assertTrue(one.tables().get(0).contains("Rex Tillerson") || one.tables().get(1).contains("Rex Tillerson"), "the example is annotated");

        assertEquals(one.summary().toString().replaceAll(";.*", ""), four.summary().toString().replaceAll(";.*", ""));
        assertEquals(one.errors(), four.errors());
        assertEquals(one.progress(), four.progress());
        assertEquals(one.tables(), four.tables());
    }
}
