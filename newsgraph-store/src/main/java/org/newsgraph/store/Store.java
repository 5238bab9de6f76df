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

    private Store(Path dir, Mode mode, Connection connection, SearchIndex index) {
        this.dir = dir;
        this.mode = mode;
        this.connection = connection;
        this.index = index;
    }

    /**
     * Opens (and in {@link Mode#READ_WRITE}, creates) the store in {@code dir}. A read-write open brings
     * the search index up to date with the tables.
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
                try (Statement st = conn.createStatement()) {
                    for (Tables.Table t : Tables.ALL) st.execute(t.ddl());
                }
            } else {
                requireTables(dir, conn);
            }
            index = mode == Mode.READ_WRITE ? SearchIndex.openForWriting(dir.resolve(INDEX_DIR)) : SearchIndex.openForReading(dir.resolve(INDEX_DIR));
            Store store = new Store(dir, mode, conn, index);
            if (mode == Mode.READ_WRITE) index.catchUp(conn);
            return store;
        } catch (SQLException e) {
            closeQuietly(conn, index);
            String why = e.getMessage() != null && e.getMessage().contains("lock") ? " (is another newsgraph ingest or serve using it?)" : "";
            throw new StoreException(dir + ": cannot open the database " + db.getFileName() + why + ": " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(conn, index);
            throw new StoreException(dir + ": cannot open the search index " + INDEX_DIR + "/: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(conn, index);
            throw e;
        }
    }

    /**
     * A read-only open cannot add the tables a newer version brings (the events tables came after the
     * first stores were written): it says so and how to add them, instead of failing later in a query.
     */
    private static void requireTables(Path dir, Connection conn) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables")) {
            while (rs.next()) present.add(rs.getString(1));
        }
        List<String> missing = Tables.ALL.stream().map(Tables.Table::name).filter(n -> !present.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new StoreException(dir + ": written by an older Newsgraph, it has no table " + String.join(", ", missing)
                    + "; open it once for writing to add the empty tables (newsgraph ingest --store " + dir + " with any input)");
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
