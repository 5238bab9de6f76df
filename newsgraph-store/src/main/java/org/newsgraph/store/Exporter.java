package org.newsgraph.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Exports a table from the store, all of it, streaming: to a file through DuckDB's {@code COPY} (any
 * format), or to a stream row by row ({@link ExportFormat#streamable()} formats). No row cap anywhere.
 */
public final class Exporter {
    private Exporter() {}

    /** The table, checked against the store's tables (the name goes into SQL). */
    public static Tables.Table table(String name) {
        return Tables.named(name).orElseThrow(() -> new IllegalArgumentException("no table '" + name + "' (one of: "
                + String.join(", ", Tables.ALL.stream().map(Tables.Table::name).toList()) + ")"));
    }

    /** Writes the whole table to a file; returns the row count. */
    public static long toFile(Connection conn, Tables.Table table, ExportFormat format, Path file) throws SQLException {
        String opts = switch (format) {
            case PARQUET -> "FORMAT PARQUET, COMPRESSION ZSTD";
            case CSV -> "FORMAT CSV, HEADER true";
            case JSONL -> "FORMAT JSON";
            case GDELT_EVENTS, GDELT_MENTIONS, GDELT_GKG -> throw notTable(format);
        };
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement st = conn.createStatement()) {
            st.execute("COPY (SELECT * FROM " + table.name() + " ORDER BY " + order(table) + ") TO '" + target + "' (" + opts + ")");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table.name())) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Streams the whole table, row by row; returns the row count. */
    public static long toStream(Connection conn, Tables.Table table, ExportFormat format, OutputStream out) throws SQLException, IOException {
        if (!format.streamable()) throw new IllegalArgumentException(format.cliName() + " cannot be streamed: give a file (--out)");
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + order(table))) {
            return write(rs, format, out);
        }
    }

    /** Streams a result set in a streamable format. */
    public static long write(ResultSet rs, ExportFormat format, OutputStream out) throws SQLException, IOException {
        return switch (format) {
            case JSONL -> Rows.writeJsonl(rs, out);
            case CSV -> Rows.writeCsv(rs, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            case PARQUET -> throw new IllegalArgumentException("parquet cannot be streamed");
            case GDELT_EVENTS, GDELT_MENTIONS, GDELT_GKG -> throw notTable(format);
        };
    }

    private static IllegalArgumentException notTable(ExportFormat format) {
        return new IllegalArgumentException(format.cliName() + " is not a table format: it is written per article from the whole store "
                + "(newsgraph export --format " + format.cliName() + ", or /api/gdelt/...)");
    }

    /** A stable order, so that two exports of one store are the same file. */
    private static String order(Tables.Table table) {
        if (table == Tables.ARTICLES) return "rev, id";
        if (table == Tables.EVENTS) return "article_id, event";
        if (table == Tables.EVENT_MENTIONS) return "article_id, event, mention";
        return table.columnNames().contains("start_char") ? "article_id, start_char, end_char" : "article_id, " + table.columns().get(1).name();
    }
}
