package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an ingest, then a restart: nothing lost, nothing twice, tables and
 * search index in step. The child is a real JVM killed with SIGKILL (no shutdown hooks, no closing).
 */
class KillNineTest {
    static final int ARTICLES = 300;

    @Test
    void killedIngestRestartsWithoutLossOrDuplicates(@TempDir Path tmp) throws Exception {
        Path corpus = Corpus.jsonl(tmp, "corpus.jsonl", ARTICLES, 42);
        Path storeDir = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                storeDir.toString(), corpus.toString()).redirectErrorStream(true).start();
        long storedAtKill = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (seen.size() < 20) seen.add(line);
                // Kill between batch boundaries (16): some batches committed, one half-written.
                if (line.startsWith("stored ") && Long.parseLong(line.substring(7)) >= 90) {
                    storedAtKill = Long.parseLong(line.substring(7));
                    child.destroyForcibly(); // SIGKILL on Unix
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child gone");
        }
        assertTrue(storedAtKill >= 90 && storedAtKill < ARTICLES, "killed mid-run; child said " + seen);
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");

        // First as serve opens it, read-only: whatever the kill left, search finds what the tables hold (issue 15, item 4).
        try (Store store = Store.open(storeDir, Store.Mode.READ_ONLY)) {
            long stored = store.articleCount();
            assertTrue(stored > 0 && stored <= storedAtKill, "committed batches survived: " + stored);
            assertEquals(stored, store.index().search(SearchQuery.all().withLimit(1)).total(), "search totals agree with the tables: " + store.repair());
            assertEquals(stored, store.index().count(SearchQuery.Kind.ARTICLES));
        }
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(storeDir, Store.Mode.READ_WRITE)) {
            long before = StoreIngestTest.count(store, "SELECT count(*) FROM articles");
            assertTrue(before > 0 && before <= storedAtKill, "committed batches survived: " + before);
            assertEquals(before, store.index().count(SearchQuery.Kind.ARTICLES), "the index caught up with the tables on open");
            Ingester.Summary rerun = StoreIngestTest.ingest(store, new HandAnnotator(), List.of(corpus.toString()), Optional.empty(), errors);
            assertEquals(List.of(), errors);
            assertEquals(ARTICLES - before, rerun.stored(), "the rerun stores exactly what was missing");
            assertEquals(before, rerun.duplicates());
            assertEquals(ARTICLES, StoreIngestTest.count(store, "SELECT count(*) FROM articles"));
            assertEquals(ARTICLES, StoreIngestTest.count(store, "SELECT count(DISTINCT input_id) FROM articles"));
            assertEquals(ARTICLES, StoreIngestTest.count(store, "SELECT count(DISTINCT content_hash) FROM articles"));
            // Annotation rows were written with their article, never twice: the corpus names no one, so none at all here,
            // and the quote/mention tables agree.
            assertEquals(0, StoreIngestTest.count(store, "SELECT count(*) FROM (SELECT article_id, entity FROM entities GROUP BY 1, 2 HAVING count(*) > 1)"));
            assertEquals(ARTICLES, store.index().count(SearchQuery.Kind.ARTICLES));
            assertEquals(ARTICLES, store.index().search(SearchQuery.all()).total());
        }
    }
}
