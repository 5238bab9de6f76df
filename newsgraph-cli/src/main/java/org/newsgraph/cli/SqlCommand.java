package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.Exporter;
import org.newsgraph.store.ReadOnlySql;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph sql}: a read-only SQL query over the store's tables. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one SQL query (DuckDB dialect) over the store's tables; the schema is in docs/store.md.",
                "Queries only (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, reading PRAGMAs): the store is opened",
                "read-only with DuckDB's external access off, so no file is read or written but the database and no extension is loaded.",
                "Example: newsgraph sql \"SELECT source_name, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC\""})
final class SqlCommand implements Callable<Integer> {
    enum Format { table, csv, jsonl }

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query.")
    String sql;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; csv and jsonl stream any number of rows).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            ReadOnlySql.check(sql); // before opening: a refused statement is refused whatever the store
        } catch (ReadOnlySql.RefusedException e) {
            err.println("newsgraph: sql: " + e.getMessage());
            return 2;
        }
        try (ReadOnlySql db = ReadOnlySql.open(store.dir)) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            try (ResultSet rs = db.query(sql)) {
                switch (format) {
                    case csv -> Exporter.write(rs, ExportFormat.CSV, out);
                    case jsonl -> Exporter.write(rs, ExportFormat.JSONL, out);
                    case table -> table(rs, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
                }
            }
            out.flush();
            return 0;
        } catch (SQLException e) {
            err.println("newsgraph: sql: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        }
    }

    /** Tab-separated with a header; long values cut at 80 characters (use csv or jsonl for whole values). */
    private static void table(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        StringBuilder head = new StringBuilder();
        for (int i = 1; i <= n; i++) head.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
        out.println(head);
        long rows = 0;
        while (rs.next()) {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                String s = v == null ? "NULL" : v instanceof java.sql.Array a ? java.util.Arrays.toString((Object[]) a.getArray()) : v.toString();
                s = s.replace('\n', ' ').replace('\t', ' ');
                if (s.length() > 80) s = s.substring(0, 79) + "…";
                line.append(i > 1 ? "\t" : "").append(s);
            }
            out.println(line);
            rows++;
        }
        out.println("(" + rows + (rows == 1 ? " row)" : " rows)"));
        out.flush();
    }
}
