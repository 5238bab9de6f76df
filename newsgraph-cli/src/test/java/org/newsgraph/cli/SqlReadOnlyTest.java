package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * Regression for issue 15, item 1: {@code sql} called read-only overwrote the database with COPY, wrote files
 * with EXPORT, read any file and tried to install extensions. Each hostile statement the tester used is run;
 * every one must fail with a message, write nothing anywhere, and leave the store's files byte for byte as
 * they were, and the store must still open and answer.
 */
class SqlReadOnlyTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams std = new CapturedStreams();

    private int run(String... args) {
        std.reset();
        return Main.run(args);
    }

    @Test
    void hostileStatementsChangeNothing() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("ingest", "--no-nlp", "--store", store.toString(), "--published", "2017-04-10", StoreCommandsTest.EXAMPLE));
        Map<String, String> before = checksums(store);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        String db = store.resolve(Store.DATABASE_FILE).toString();
        List<String> hostile = List.of(
                "COPY (SELECT 'x' AS a) TO '" + db + "' (FORMAT csv)",
                "COPY (SELECT 'x' AS a) TO '" + store.resolve("lucene").resolve("segments_9") + "' (FORMAT csv)",
                "COPY articles TO '" + outside.resolve("articles.csv") + "'",
                "copy (select 1) to '" + outside.resolve("lower.csv") + "'",
                "EXPORT DATABASE '" + outside.resolve("export") + "'",
                "INSTALL httpfs",
                "LOAD httpfs",
                "ATTACH '" + outside.resolve("other.duckdb") + "' AS other",
                "PRAGMA enable_profiling",
                "SET enable_external_access = true",
                "CHECKPOINT",
                "SELECT 1; COPY (SELECT 1) TO '" + outside.resolve("second.csv") + "'",
                "/* a comment */ (COPY (SELECT 1) TO '" + outside.resolve("paren.csv") + "')",
                "CREATE TABLE t AS SELECT 1",
                "DROP TABLE articles",
                "UPDATE articles SET title = 'x'");
        for (String sql : hostile) {
            int code = run("sql", "--store", store.toString(), sql);
            assertEquals(2, code, sql + " -> " + std.stderr());
            assertTrue(std.stderr().startsWith("newsgraph: sql: ") && std.stderr().contains("refused"), sql + " -> " + std.stderr());
        }
        // Reading statements that reach outside the store fail in DuckDB itself (external access is off).
        for (String sql : List.of("SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_blob('/etc/passwd')",
                "SELECT * FROM glob('/root/*')", "SELECT * FROM glob('" + store.resolve("lucene") + "/*')",
                "SELECT * FROM read_parquet('" + outside.resolve("x.parquet") + "')")) {
            int code = run("sql", "--store", store.toString(), sql);
            assertEquals(1, code, sql + " -> " + std.stdout());
            assertTrue(std.stderr().contains("disabled by configuration"), sql + " -> " + std.stderr());
            assertFalse(std.stdout().contains("root:"), "no file content printed");
        }
        try (Stream<Path> written = Files.list(outside)) {
            assertEquals(List.of(), written.toList(), "nothing written outside the store");
        }
        assertEquals(before, checksums(store), "the store's files are unchanged");
        assertEquals(0, run("sql", "--store", store.toString(), "--format", "csv", "SELECT count(*) AS n FROM articles"), std.stderr());
        assertEquals("n\r\n1\r\n", std.stdout());
        // Reading statements still work: catalog, DESCRIBE, reading PRAGMAs, comments, a trailing semicolon.
        assertEquals(0, run("sql", "--store", store.toString(), "DESCRIBE articles"), std.stderr());
        assertEquals(0, run("sql", "--store", store.toString(), "PRAGMA table_info('articles')"), std.stderr());
        assertEquals(0, run("sql", "--store", store.toString(), "WITH a AS (SELECT * FROM articles) -- how many; all of them\nSELECT 'a;b' AS s, count(*) FROM a;"),
                std.stderr());
        assertTrue(std.stdout().contains("a;b"), std.stdout());
        assertEquals(before, checksums(store), "reading changes nothing either");
        try (Store s = Store.open(store, Store.Mode.READ_WRITE)) {
            assertEquals(1, s.articleCount(), "the store still opens for writing");
        }
    }

    @Test
    void sqlNeedsOnlyTheDatabase() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("ingest", "--no-nlp", "--store", store.toString(), "--published", "2017-04-10", StoreCommandsTest.EXAMPLE));
        deleteTree(store.resolve(Store.INDEX_DIR));
        assertEquals(0, run("sql", "--store", store.toString(), "--format", "csv", "SELECT count(*) AS n FROM articles"), std.stderr());
        assertEquals("n\r\n1\r\n", std.stdout());
    }

    @Test
    void aStoreKilledBeforeItsFirstCommitSaysSo() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store.resolve(Store.DATABASE_FILE))) {
            assertNotEquals(null, c); // an empty database file, as an ingest killed at once leaves it
        }
        assertEquals(1, run("sql", "--store", store.toString(), "SELECT 1"));
        assertTrue(std.stderr().contains("an empty store: the ingest that created it stopped"), std.stderr());
        assertFalse(std.stderr().contains("older Newsgraph"), std.stderr());
    }

    @Test
    void aLockedStoreNamesTheOtherProcess() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("ingest", "--no-nlp", "--store", store.toString(), "--published", "2017-04-10", StoreCommandsTest.EXAMPLE));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertEquals("holding", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine());
            assertEquals(1, run("sql", "--store", store.toString(), "SELECT 1"));
            String err = std.stderr();
            assertTrue(err.contains("the store is in use by process " + holder.pid() + " (another newsgraph"), err);
            assertTrue(err.contains("wait for it to finish or stop it"), err);
            assertFalse(err.contains("-readonly"), err);
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    /** Holds a store open for writing, as an ingest does, until killed. */
    static final class HoldStore {
        public static void main(String[] args) throws Exception {
            try (Store s = Store.open(Path.of(args[0]), Store.Mode.READ_WRITE)) {
                System.out.println(s.articleCount() >= 0 ? "holding" : "empty");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("write.lock")) continue; // Lucene's lock file: empty, kept
                out.put(root.relativize(f).toString(), sha256(f));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String sha256(Path f) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> w = Files.walk(p)) {
            for (Path f : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
