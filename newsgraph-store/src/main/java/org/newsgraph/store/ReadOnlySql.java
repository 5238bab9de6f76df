package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Queries typed by a person ({@code newsgraph sql}) over a store's tables, which must leave the store and
 * the machine as they were. Two fences: DuckDB itself is opened read-only with external access disabled
 * (no file read or written but the database, no extension installed or loaded, no other database attached)
 * and its configuration locked, so no statement can turn that back on; and before DuckDB sees it, the text
 * is checked to be queries only (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and
 * a few PRAGMAs that only read), so COPY, EXPORT, INSTALL, LOAD, ATTACH, SET and writing PRAGMAs get a
 * message saying why instead of a JDBC error. Needs only the database file, not the search index.
 * One connection, one thread at a time; close it when done.
 */
public final class ReadOnlySql implements AutoCloseable {
    /** Statement keywords that only read. */
    static final Set<String> READING = Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");
    /** PRAGMAs that only read the catalog or report a value. */
    static final Set<String> READING_PRAGMAS = Set.of("table_info", "show_tables", "show_tables_expanded", "show", "database_size",
            "database_list", "version", "platform", "storage_info", "metadata_info", "functions");

    /** A statement refused before it reached the database; the message says which and why. */
    public static final class RefusedException extends IllegalArgumentException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final Connection connection;

    private ReadOnlySql(Connection connection) {
        this.connection = connection;
    }

    /** Opens the store's database read-only with external access disabled (the search index is not needed). */
    public static ReadOnlySql open(Path dir) {
        Path db = dir.resolve(Store.DATABASE_FILE);
        if (!Files.isRegularFile(db)) {
            throw new StoreException(dir + ": not a Newsgraph store (no " + Store.DATABASE_FILE + "; build one with `newsgraph ingest --store " + dir + " ...`)");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), lockedDown());
            try {
                Store.requireTables(dir, c);
            } catch (RuntimeException | SQLException e) {
                c.close();
                throw e;
            }
            return new ReadOnlySql(c);
        } catch (SQLException e) {
            throw Store.openFailure(dir, db, e);
        }
    }

    /**
     * DuckDB settings for untrusted SQL: read-only, no file system or network access beyond the database
     * file, no extension installed or loaded on demand, no community extensions, and the configuration
     * locked so that {@code SET} cannot undo any of it.
     */
    static Properties lockedDown() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("enable_external_access", "false");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        p.setProperty("allow_community_extensions", "false");
        p.setProperty("lock_configuration", "true");
        return p;
    }

    /** Runs one query (after {@link #check}); the caller closes the result set and its statement. */
    public ResultSet query(String sql) throws SQLException {
        check(sql);
        Statement st = connection.createStatement();
        try {
            st.closeOnCompletion();
            return st.executeQuery(sql);
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    /**
     * Refuses anything but one reading statement, naming what was refused: several statements (a later one
     * could write), COPY, EXPORT, INSTALL, LOAD, ATTACH, SET, CALL, CHECKPOINT, PRAGMAs that change state.
     */
    public static void check(String sql) {
        List<String> statements = statements(sql);
        if (statements.isEmpty()) throw new RefusedException("no statement given");
        if (statements.size() > 1) {
            throw new RefusedException("refused: one statement at a time, and this holds " + statements.size() + " (separated by ';')");
        }
        String s = statements.get(0);
        String word = firstWord(s);
        if (READING.contains(word)) return;
        if (word.equals("PRAGMA")) {
            String rest = s.substring(s.toUpperCase(Locale.ROOT).indexOf("PRAGMA") + 6).strip();
            String name = rest.split("[\\s(=;]", 2)[0].toLowerCase(Locale.ROOT);
            if (READING_PRAGMAS.contains(name) && !rest.contains("=")) return;
            throw new RefusedException("PRAGMA " + name + " is refused: sql reads the store and changes nothing; the PRAGMAs it runs are "
                    + String.join(", ", new java.util.TreeSet<>(READING_PRAGMAS)));
        }
        String why = switch (word) {
            case "COPY", "EXPORT" -> "sql writes no files: use `newsgraph export` (csv, jsonl, parquet, GDELT) to write tables out";
            case "INSTALL", "LOAD", "FORCE", "UPDATE" -> word.equals("UPDATE") ? "sql changes no rows: the store is written by `newsgraph ingest` only"
                    : "sql installs and loads no extensions";
            case "ATTACH", "DETACH", "USE", "IMPORT" -> "sql reads this store's database only";
            case "SET", "RESET" -> "sql's settings are fixed (read-only, no file or network access)";
            case "" -> "not a statement";
            default -> "sql runs queries only (" + String.join(", ", new java.util.TreeSet<>(READING)) + ") and changes nothing";
        };
        throw new RefusedException((word.isEmpty() ? "refused" : word + " is refused") + ": " + why);
    }

    /** The first keyword, upper-cased, past comments and opening parentheses. */
    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '(')) i++;
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
        return s.substring(i, j).toUpperCase(Locale.ROOT);
    }

    /**
     * The statements of a text: split at semicolons outside string literals, quoted identifiers, dollar
     * quotes and comments (which are dropped), empty ones left out.
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
                cur.append(' ');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                cur.append(' ');
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2; // a doubled quote inside the literal
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int end = Math.min(n, j + 1);
                cur.append(sql, i, end);
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                cur.append(sql, i, end);
                i = end;
            } else if (c == ';') {
                if (!cur.toString().isBlank()) out.add(cur.toString().strip());
                cur.setLength(0);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    /** {@code $$} or {@code $tag$} opening a dollar-quoted string at {@code i}, else null. */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) return s.substring(i, j + 1);
        return null;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
