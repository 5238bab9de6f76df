package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph ingest}, {@code sql} and {@code export} end to end through {@link Main#run}. */
class StoreCommandsTest {
    static final String EXAMPLE = "../examples/al-jazeera-2017-04-10.txt";

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams std = new CapturedStreams();

    private int run(String... args) {
        std.reset();
        return Main.run(args);
    }

    private String stdout() {
        return std.stdout();
    }

    private String stderr() {
        return std.stderr();
    }

    @Test
    void ingestTwiceThenSqlAndExport() throws Exception {
        String store = dir.resolve("store").toString();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": 1\n", StandardCharsets.UTF_8);
        assertEquals(1, run("ingest", "--store", store, "--published", "2017-04-10", EXAMPLE, bad.toString()));
        assertTrue(stderr().contains("newsgraph: error: " + bad + ":1 "), stderr());
        assertTrue(stderr().contains("2 read, 1 stored (0 near-duplicate copies), 0 exact duplicates skipped, 0 not articles, 1 failed"), stderr());
        assertEquals(0, run("ingest", "--no-nlp", "--store", store, "--published", "2017-04-10", EXAMPLE));
        assertTrue(stderr().contains("1 read, 0 stored (0 near-duplicate copies), 1 exact duplicates skipped"), stderr());
        assertEquals(2, run("ingest", "--store", store, "--threads", "-1", EXAMPLE));
        assertTrue(stderr().contains("Invalid value for option '--threads': -1 (must be 0 for one per core, or more)"), stderr());
        // The first ingest annotated: the entities are in the store.
        assertEquals(0, run("sql", "--store", store, "--format", "csv",
                "SELECT country FROM entities WHERE name = 'Boris Johnson'"));
        assertEquals("country\r\nGBR\r\n", stdout());
        assertEquals(0, run("sql", "--store", store, "--format", "csv", "SELECT count(*) > 5 AS quoted FROM quotes"));
        assertEquals("quoted\r\ntrue\r\n", stdout());

        assertEquals(0, run("sql", "--store", store, "SELECT title, published FROM articles"));
        assertEquals("title\tpublished\nRussia faces mounting pressure to abandon Syria’s Assad\t2017-04-10\n(1 row)\n", stdout());
        assertEquals(0, run("sql", "--store", store, "--format", "jsonl", "SELECT count(*) AS n FROM articles"));
        assertEquals("{\"n\":1}\n", stdout());
        assertEquals(2, run("sql", "--store", store, "SELEC nonsense"));
        assertTrue(stderr().startsWith("newsgraph: sql: SELEC is refused: sql runs queries only"), stderr());
        assertEquals(1, run("sql", "--store", store, "SELECT nonsense FROM nowhere"));
        assertTrue(stderr().startsWith("newsgraph: sql: "), stderr());
        assertEquals(2, run("sql", "--store", store, "DELETE FROM articles"), "sql changes nothing");

        assertEquals(0, run("export", "--store", store, "--format", "jsonl"));
        assertTrue(stdout().startsWith("{\"id\":\"") && stdout().contains("\"title\":\"Russia faces mounting pressure"), stdout());
        Path parquet = dir.resolve("articles.parquet");
        assertEquals(0, run("export", "--store", store, "--format", "parquet", "--out", parquet.toString()));
        assertEquals("PAR1", new String(Files.readAllBytes(parquet), 0, 4, StandardCharsets.US_ASCII));
        // sql reads no file but the store's (see SqlReadOnlyTest): the export is checked with DuckDB directly.
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
        assertEquals(2, run("export", "--store", store, "--format", "parquet"), "parquet needs --out");
        assertEquals(2, run("export", "--store", store, "--format", "xml"));
        assertTrue(stderr().contains("unknown export format 'xml'"), stderr());
        assertEquals(2, run("export", "--store", store, "--format", "csv", "--table", "secrets"));
        assertEquals(1, run("sql", "--store", dir.resolve("nowhere").toString(), "SELECT 1"));
        assertTrue(stderr().contains("not a Newsgraph store"), stderr());

        // The first ingest also coded events: rows in events and event_mentions that agree with each other and the text.
        assertEquals("t\r\ntrue\r\n", csv(store, "SELECT count(*) > 0 AS t FROM events"));
        assertEquals("n\r\n0\r\n", csv(store, "SELECT count(*) AS n FROM events v WHERE v.mentions <> "
                + "(SELECT count(*) FROM event_mentions m WHERE m.article_id = v.article_id AND m.event = v.event)"));
        assertEquals("n\r\n0\r\n", csv(store, "SELECT count(*) AS n FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.action"));
        long all = Long.parseLong(csv(store, "SELECT count(*) FROM events").split("\r\n")[1]);
        long factual = Long.parseLong(csv(store, "SELECT count(*) FROM events WHERE modality IN ('asserted', 'reported')").split("\r\n")[1]);
        long factualMentions = Long.parseLong(csv(store, "SELECT count(*) FROM event_mentions m JOIN events v USING (article_id, event) "
                + "WHERE v.modality IN ('asserted', 'reported')").split("\r\n")[1]);
        // The GDELT exports of the store: every line parses into the codebook's columns.
        assertEquals(factual, gdelt(store, 61, "--format", "gdelt-events"));
        assertEquals(all, gdelt(store, 61, "--format", "gdelt-events", "--all-modalities"));
        assertEquals(factualMentions, gdelt(store, 16, "--format", "gdelt-mentions"));
        assertEquals(1, gdelt(store, 27, "--format", "gdelt-gkg"));
        Path events = dir.resolve("events.tsv");
        assertEquals(0, run("export", "--store", store, "--format", "gdelt-events", "--header", "--out", events.toString()));
        List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("GLOBALEVENTID\tSQLDATE\t"), lines.get(0));
        assertEquals(factual + 1, lines.size());
    }

    private String csv(String store, String sql) {
        assertEquals(0, run("sql", "--store", store, "--format", "csv", sql), stderr());
        return stdout();
    }

    /** Runs a GDELT export of the store; checks every line's column count; returns the line count. */
    private long gdelt(String store, int columns, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("export", "--store", store));
        cmd.addAll(List.of(args));
        assertEquals(0, run(cmd.toArray(String[]::new)), stderr());
        List<String> lines = stdout().lines().toList();
        for (String line : lines) assertEquals(columns, line.split("\t", -1).length, String.join(" ", args) + ": " + line);
        return lines.size();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("ingest", "--no-nlp", "--store", dir.toString(), "--watch", "soon", EXAMPLE));
        assertEquals(2, run("ingest", "--no-nlp", "--store", dir.toString(), "--batch", "0", EXAMPLE));
        assertEquals(2, run("ingest", "--bogus", EXAMPLE));
        assertEquals(2, run("serve", "--store", dir.toString(), "--token", "short"));
    }
}
