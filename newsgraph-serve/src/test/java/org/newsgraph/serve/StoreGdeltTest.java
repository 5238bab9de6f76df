package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.HandAnnotator;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;

/** A syndicated copy is stored, linked to its original, and coded once in the GDELT event exports. */
class StoreGdeltTest {
    @TempDir
    Path dir;

    private long lines(Path storeDir, ExportFormat format) throws Exception {
        try (Store s = Store.open(storeDir, Store.Mode.READ_ONLY); Connection c = s.newConnection()) {
            StringWriter out = new StringWriter();
            StoreGdelt.write(c, format, Gdelt.Scope.ALL, false, out);
            return out.toString().lines().count();
        }
    }

    private void ingest(Path storeDir, Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(storeDir, Store.Mode.READ_WRITE);
             CorpusInputs in = new CorpusInputs(List.of(file.toString()), InputReader.Limits.DEFAULT,
                     () -> new ByteArrayInputStream(new byte[0]), new Fetcher(Fetcher.Options.defaults()), store::hasUrl)) {
            new Ingester(store, new HandAnnotator(), new Ingester.Options(Published.parse("2017-04-10", DateSource.USER),
                    Optional.empty(), 8), errors::add, Ingester.Progress.none()).ingest(in);
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void copiesAddNoEvents() throws Exception {
        Path storeDir = dir.resolve("store");
        String example = Files.readString(Path.of("../examples/al-jazeera-2017-04-10.txt"), StandardCharsets.UTF_8);
        Path original = Files.writeString(dir.resolve("original.txt"), example, StandardCharsets.UTF_8);
        ingest(storeDir, original);
        long events = lines(storeDir, ExportFormat.GDELT_EVENTS);
        long mentions = lines(storeDir, ExportFormat.GDELT_MENTIONS);
        assertTrue(events > 0, "the example has events");
        // The visit's action place comes back from the store into ActionGeo_* (type, name, FIPS, ADM1, ..., FeatureID).
        try (Store s = Store.open(storeDir, Store.Mode.READ_ONLY); Connection c = s.newConnection()) {
            StringWriter out = new StringWriter();
            StoreGdelt.write(c, ExportFormat.GDELT_EVENTS, Gdelt.Scope.ALL, false, out);
            int action = org.newsgraph.code.gdelt.GdeltEventsWriter.COLUMNS.indexOf("ActionGeo_Type");
            String visit = out.toString().lines().filter(l -> l.split("\t", -1)[26].equals("042")).findFirst().orElseThrow();
            String[] f = visit.split("\t", -1);
            assertEquals(List.of("4", "Moscow, Moskva, Russia", "RS", "RS48", "", "55.7522", "37.6156", "524901"),
                    List.of(f).subList(action, action + 8));
        }

        // The same story as another site carries it: one sentence of its own in the last paragraph.
        String syndicated = example.replace("All oppose Assad’s rule.",
                "All oppose Assad’s rule. The ministers are expected to issue a joint statement at the end of the meeting.");
        assertTrue(!syndicated.equals(example));
        Path copy = Files.writeString(dir.resolve("copy.txt"), syndicated, StandardCharsets.UTF_8);
        ingest(storeDir, copy);
        try (Store s = Store.open(storeDir, Store.Mode.READ_ONLY); Connection c = s.newConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(copy_of) FROM articles")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals(1, rs.getInt(2), "the second is stored as a copy of the first");
        }
        assertEquals(events, lines(storeDir, ExportFormat.GDELT_EVENTS));
        assertEquals(mentions, lines(storeDir, ExportFormat.GDELT_MENTIONS));
        assertEquals(2, lines(storeDir, ExportFormat.GDELT_GKG), "GKG keeps one row per document");
    }
}
