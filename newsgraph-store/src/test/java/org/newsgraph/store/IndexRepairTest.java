package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression for issue 15, item 4: after a crash between the database commit and the index commit, a
 * read-only open ({@code serve}) found fewer articles by search than the tables held, and said nothing.
 * Every open now compares the two and repairs the index, or refuses naming the command that does.
 */
class IndexRepairTest {
    @TempDir
    Path tmp;

    private Path store(int articles) throws Exception {
        Path dir = tmp.resolve("store");
        List<String> errors = new ArrayList<>();
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(s, new HandAnnotator(), List.of(Corpus.jsonl(tmp, "c" + articles + ".jsonl", articles, 7).toString()),
                    Optional.empty(), errors);
        }
        assertEquals(List.of(), errors);
        return dir;
    }

    /** Searches all articles, copies included, and checks the total against the table. */
    private static long searchTotal(Store s) throws Exception {
        SearchQuery all = SearchQuery.all();
        all = new SearchQuery(all.text(), all.from(), all.to(), all.sources(), all.entities(), all.countries(), all.languages(), all.actors(),
                all.eventCodes(), all.eventRoots(), all.modalities(), all.kind(), true, all.sort(), all.limit(), all.cursor());
        return s.index().search(all).total();
    }

    @Test
    void anIndexBehindTheTablesIsRepairedByAReadOnlyOpen() throws Exception {
        Path dir = store(10);
        Path saved = copy(dir.resolve(Store.INDEX_DIR), tmp.resolve("lucene-at-10"));
        Path corpus = Corpus.jsonl(tmp, "more.jsonl", 14, 7); // the same 10 and 4 more
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(s, new HandAnnotator(), List.of(corpus.toString()), Optional.empty(), new ArrayList<>());
            assertEquals(14, s.articleCount());
        }
        // The index as it was before the last batch: what a kill between the two commits leaves.
        replace(dir.resolve(Store.INDEX_DIR), saved);
        try (Store s = Store.open(dir, Store.Mode.READ_ONLY)) {
            assertTrue(s.repair().any(), "a repair was needed");
            assertEquals(4, s.repair().indexed(), s.repair().toString());
            assertEquals(14, searchTotal(s), "search finds every stored article");
            assertEquals(14, s.index().count(SearchQuery.Kind.ARTICLES));
        }
        try (Store s = Store.open(dir, Store.Mode.READ_ONLY)) {
            assertFalse(s.repair().any(), "repaired once for good: " + s.repair());
        }
    }

    @Test
    void aMissingIndexIsBuiltByAReadOnlyOpen() throws Exception {
        Path dir = store(5);
        replace(dir.resolve(Store.INDEX_DIR), java.nio.file.Files.createDirectories(tmp.resolve("empty")));
        try (Store s = Store.open(dir, Store.Mode.READ_ONLY)) {
            assertEquals(5, s.repair().indexed(), s.repair().toString());
            assertTrue(s.repair().toString().contains("no index"), s.repair().toString());
            assertEquals(5, searchTotal(s));
        }
    }

    @Test
    void documentsOfArticlesNoLongerStoredAreDropped() throws Exception {
        Path dir = store(10);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE_FILE)); Statement st = c.createStatement()) {
            // Not the last revision, so the revisions still agree and only the ids can tell.
            st.execute("DELETE FROM articles WHERE rev IN (2, 3)");
        }
        try (Store s = Store.open(dir, Store.Mode.READ_ONLY)) {
            assertEquals(2, s.repair().dropped(), s.repair().toString());
            assertEquals(8, searchTotal(s));
        }
    }

    @Test
    void anIndexAheadOfTheTablesIsRebuilt() throws Exception {
        Path dir = store(6);
        Path oldDb = Files.copy(dir.resolve(Store.DATABASE_FILE), tmp.resolve("old.duckdb"));
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(s, new HandAnnotator(), List.of(Corpus.jsonl(tmp, "more.jsonl", 9, 7).toString()), Optional.empty(), new ArrayList<>());
        }
        // An older database file put back under a newer index.
        Files.copy(oldDb, dir.resolve(Store.DATABASE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            assertTrue(s.repair().any());
            assertEquals(6, searchTotal(s));
            assertEquals(6, s.articleCount());
        }
    }

    @Test
    void whenTheIndexCannotBeRepairedTheOpenSaysHow() throws Exception {
        Path dir = store(10);
        Path saved = copy(dir.resolve(Store.INDEX_DIR), tmp.resolve("lucene-at-10"));
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(s, new HandAnnotator(), List.of(Corpus.jsonl(tmp, "more.jsonl", 12, 7).toString()), Optional.empty(), new ArrayList<>());
        }
        replace(dir.resolve(Store.INDEX_DIR), saved);
        // Another process holding the index's write lock (a second serve repairing it at the same moment).
        try (FSDirectory d = FSDirectory.open(dir.resolve(Store.INDEX_DIR));
             IndexWriter other = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, Store.Mode.READ_ONLY).close());
            assertTrue(e.getMessage().contains("the search index disagrees with the tables (tables 12 articles at revision 12, index 10 at revision 10)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("`newsgraph repair --store " + dir + "`"), e.getMessage());
            assertTrue(other.isOpen());
        }
        try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
            assertEquals(12, searchTotal(s), "what `newsgraph repair` does: a writing open");
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
        return to;
    }

    static void replace(Path dir, Path with) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        copy(with, dir);
    }
}
