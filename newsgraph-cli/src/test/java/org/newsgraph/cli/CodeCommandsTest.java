package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage of {@code export} and {@code eval events}; both fail on bad arguments before loading any model. */
class CodeCommandsTest {
    @TempDir
    Path dir;

    private PrintStream savedOut;
    private PrintStream savedErr;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void exportNamesItsFormats() {
        assertEquals(0, Main.run("export", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("gdelt-events") && help.contains("gdelt-mentions") && help.contains("gdelt-gkg"), help);
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        assertEquals(2, Main.run("export", "--format", "csv", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gdelt-events"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evalEventsNamesAMissingGoldFile() {
        assertEquals(2, Main.run("eval", "events", "--gold", dir.resolve("none.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.jsonl"));
    }

    @Test
    void evalEventsNamesMissingDictionaries() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"uid\":\"u1\",\"text\":\"Arnor praised Gondor.\",\"date\":\"1995-01-01\","
                + "\"expected_events\":[[\"ARN\",\"GON\",\"051\"]],\"dictionaries\":\"PETR.Validate\"}\n");
        assertEquals(2, Main.run("eval", "events", "--gold", gold.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("PETR.Validate.actors.txt"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evalEventsNamesTheBadLine() throws IOException {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"uid\":\"u1\",\"text\":\"x\",\"expected_events\":[]}\n{not json\n");
        assertEquals(1, Main.run("eval", "events", "--gold", gold.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.jsonl:2"), err.toString(StandardCharsets.UTF_8));
    }
}
