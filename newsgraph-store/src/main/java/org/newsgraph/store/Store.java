package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * An embedded store: one directory holding a DuckDB database ({@code newsgraph.duckdb}, the tables) and a
 * Lucene index ({@code lucene/}, full-text search over articles and quotes with facets). Nothing to run
 * beside it. DuckDB is the record of truth; the index follows it by revision and catches up when it is
 * behind (after a crash between the two commits), so a killed ingest loses and duplicates nothing.
 *
 * <p>One process writes a store at a time (DuckDB locks the file); {@link Mode#READ_ONLY} opens may share
 * it with each other. Close it to release both.
 */
public final class Store implements AutoCloseable {
    /** How a store is opened. */
    public enum Mode { READ_WRITE, READ_ONLY }

    public static final String DATABASE_FILE = "newsgraph.duckdb";
    public static final String INDEX_DIR = "lucene";

    private final Path dir;
    private final Mode mode;
    private final Connection connection;
    private final SearchIndex index;

    private final SearchIndex.Repair repair;

    private Store(Path dir, Mode mode, Connection connection, SearchIndex index, SearchIndex.Repair repair) {
        this.dir = dir;
        this.mode = mode;
        this.connection = connection;
        this.index = index;
        this.repair = repair;
    }

    /** What the open did to bring the search index in line with the tables ({@link SearchIndex.Repair#NONE} mostly). */
    public SearchIndex.Repair repair() {
        return repair;
    }

    /**
     * Opens (and in {@link Mode#READ_WRITE}, creates) the store in {@code dir}. Every open compares the search
     * index with the tables and repairs the index when they disagree (after a crash between the two commits,
     * say): articles missing from the index are indexed, documents of articles no longer in the tables are
     * dropped ({@link #repair()} says what was done). A read-only open repairs too, since no writer can hold
     * the database then; when it cannot (another process is repairing, or the index cannot be written) it
     * refuses, saying so and naming {@code newsgraph repair}, rather than serve searches that miss articles.
     */
    public static Store open(Path dir, Mode mode) {
        Path db = dir.resolve(DATABASE_FILE);
        if (mode == Mode.READ_ONLY && !Files.isRegularFile(db)) {
            throw new StoreException(dir + ": not a Newsgraph store (no " + DATABASE_FILE + "; build one with `newsgraph ingest --store " + dir + " ...`)");
        }
        Connection conn = null;
        SearchIndex index = null;
        try {
            if (mode == Mode.READ_WRITE) Files.createDirectories(dir);
            Properties props = new Properties();
            if (mode == Mode.READ_ONLY) props.setProperty("duckdb.read_only", "true");
            conn = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), props);
            if (mode == Mode.READ_WRITE) {
                createTables(conn);
            } else {
                requireTables(dir, conn);
            }
            Path indexDir = dir.resolve(INDEX_DIR);
            SearchIndex.Repair repair;
            if (mode == Mode.READ_WRITE) {
                index = SearchIndex.openForWriting(indexDir);
                repair = index.reconcile(conn);
            } else {
                SearchIndex.Drift drift;
                if (SearchIndex.exists(indexDir)) {
                    index = SearchIndex.openForReading(indexDir);
                    drift = index.drift(conn);
                } else {
                    // No index at all (deleted, or never committed): built from the tables like any other repair.
                    drift = new SearchIndex.Drift(articles(conn), 0, 0, SearchIndex.Drift.NO_INDEX);
                }
                repair = SearchIndex.Repair.NONE;
                if (!drift.none()) {
                    if (index != null) index.close();
                    index = null;
                    repair = repairReadOnly(dir, indexDir, conn, drift);
                    index = SearchIndex.openForReading(indexDir);
                }
            }
            return new Store(dir, mode, conn, index, repair);
        } catch (SQLException e) {
            closeQuietly(conn, index);
            throw openFailure(dir, db, e);
        } catch (IOException e) {
            closeQuietly(conn, index);
            throw new StoreException(dir + ": cannot open the search index " + INDEX_DIR + "/: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(conn, index);
            throw e;
        }
    }

    private static long articles(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tables, all or none: a store killed while being created has either every table or no table at all. */
    private static void createTables(Connection conn) throws SQLException {
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            for (Tables.Table t : Tables.ALL) st.execute(t.ddl());
            Tables.addMissingColumns(conn);
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    /**
     * Repairs the index of a store opened read-only: the database is only read, the index is written under
     * Lucene's own lock. Refuses, with the command that repairs it, when that lock is held or the index
     * cannot be written.
     */
    private static SearchIndex.Repair repairReadOnly(Path dir, Path indexDir, Connection conn, SearchIndex.Drift drift) {
        try (SearchIndex writable = SearchIndex.openForWriting(indexDir)) {
            SearchIndex.Repair done = writable.reconcile(conn);
            return new SearchIndex.Repair(drift, done.indexed(), done.dropped()); // as this open found it
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException(dir + ": the search index disagrees with the tables (" + drift + ") and another process is repairing it; "
                    + "run this again when it is done, or repair it with `newsgraph repair --store " + dir + "`", e);
        } catch (IOException | SQLException e) {
            throw new StoreException(dir + ": the search index disagrees with the tables (" + drift + ") and cannot be repaired here ("
                    + e.getMessage() + "); repair it with `newsgraph repair --store " + dir + "` where the store is writable", e);
        }
    }

    /** A failed open of the database, in words: a lock held by another process says which and what to do. */
    static StoreException openFailure(Path dir, Path db, SQLException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)").matcher(msg);
            String who = pid.find() ? "process " + pid.group(1) : "another process";
            return new StoreException(dir + ": the store is in use by " + who + " (another newsgraph: an ingest writing it, or a serve or sql "
                    + "reading it while this needs to write); wait for it to finish or stop it, then run this again. Several serve and sql "
                    + "can read one store together, but nothing reads it while an ingest writes", e);
        }
        return new StoreException(dir + ": cannot open the database " + db.getFileName() + ": " + msg, e);
    }

    /**
     * A read-only open cannot create tables. A store without any is one whose first ingest was killed before it
     * committed anything; one missing only some was written by an older Newsgraph (the events tables came later).
     * Either way: say so and how to fix it, instead of failing later in a query.
     */
    static void requireTables(Path dir, Connection conn) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables")) {
            while (rs.next()) present.add(rs.getString(1));
        }
        List<String> missing = Tables.ALL.stream().map(Tables.Table::name).filter(n -> !present.contains(n)).toList();
        if (missing.size() == Tables.ALL.size() || !present.contains(Tables.ARTICLES.name())) {
            throw new StoreException(dir + ": an empty store: the ingest that created it stopped (killed or failed) before storing anything; "
                    + "run `newsgraph ingest --store " + dir + " ...` again");
        }
        if (!missing.isEmpty()) {
            throw new StoreException(dir + ": written by an older Newsgraph, it has no table " + String.join(", ", missing)
                    + "; open it once for writing to add the empty tables (`newsgraph repair --store " + dir + "`)");
        }
        List<String> columns = Tables.missingColumns(conn);
        if (!columns.isEmpty()) {
            throw new StoreException(dir + ": written by an older Newsgraph, it lacks the column" + (columns.size() > 1 ? "s " : " ")
                    + String.join(", ", columns) + "; open it once for writing to add them (`newsgraph repair --store " + dir + "`)");
        }
    }

    private static void closeQuietly(Connection conn, SearchIndex index) {
        try {
            if (index != null) index.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
        try {
            if (conn != null) conn.close();
        } catch (SQLException ignored) {
            // as above
        }
    }

    public Path dir() {
        return dir;
    }

    public Mode mode() {
        return mode;
    }

    /** The search index. */
    public SearchIndex index() {
        return index;
    }

    /**
     * A new connection to the database, for one thread at a time (DuckDB connections are not thread-safe;
     * duplicates share the database). The caller closes it.
     */
    public Connection newConnection() {
        try {
            return ((org.duckdb.DuckDBConnection) connection).duplicate();
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot open a database connection: " + e.getMessage(), e);
        }
    }

    /** Whether the database has a table of that name (the events table arrives with the event coder). */
    public boolean hasTable(String name) {
        try (Connection c = newConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot read the table list: " + e.getMessage(), e);
        }
    }

    /** Number of stored articles. */
    public long articleCount() {
        try (Connection c = newConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot count articles: " + e.getMessage(), e);
        }
    }

    /** Whether an article with this page URL is stored (a feed's item is then not fetched again). */
    public boolean hasUrl(String url) {
        try (Connection c = newConnection(); var ps = c.prepareStatement("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot look up a URL: " + e.getMessage(), e);
        }
    }

    /** The single connection writers use (ingest is one thread). */
    Connection writeConnection() {
        if (mode != Mode.READ_WRITE) throw new StoreException(dir + ": opened read-only");
        return connection;
    }

    @Override
    public void close() {
        StoreException failure = null;
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            failure = new StoreException(dir + ": cannot close the search index: " + e.getMessage(), e);
        } finally {
            // The database is closed whatever the index did: a DuckDB file left open stays locked for this process.
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) failure = new StoreException(dir + ": cannot close the database: " + e.getMessage(), e);
            }
        }
        if (failure != null) throw failure;
    }
}
