package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Usage of {@code export} and {@code eval events}; both fail on bad arguments before loading any model. */
class CodeCommandsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams std = new CapturedStreams();

    @Test
    void exportNamesItsFormats() {
        assertEquals(0, Main.run("export", "--help"));
        String help = std.stdout();
        assertTrue(help.contains("gdelt-events") && help.contains("gdelt-mentions") && help.contains("gdelt-gkg"), help);
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        assertEquals(2, Main.run("export", "--format", "csv", "x.txt"));
        assertTrue(std.stderr().contains("gdelt-events"), std.stderr());
    }

    @Test
    void evalEventsNamesAMissingGoldFile() {
        assertEquals(2, Main.run("eval", "events", "--gold", dir.resolve("none.jsonl").toString()));
        assertTrue(std.stderr().contains("none.jsonl"));
    }

    @Test
    void evalEventsNamesMissingDictionaries() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"uid\":\"u1\",\"text\":\"Arnor praised Gondor.\",\"date\":\"1995-01-01\","
                + "\"expected_events\":[[\"ARN\",\"GON\",\"051\"]],\"dictionaries\":\"PETR.Validate\"}\n");
        assertEquals(2, Main.run("eval", "events", "--gold", gold.toString()));
        assertTrue(std.stderr().contains("PETR.Validate.verbs.txt is missing"), std.stderr());
    }

    @Test
    void evalEventsNamesTheBadLine() throws IOException {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"uid\":\"u1\",\"text\":\"x\",\"expected_events\":[]}\n{not json\n");
        assertEquals(1, Main.run("eval", "events", "--gold", gold.toString()));
        assertTrue(std.stderr().contains("bad.jsonl:2"), std.stderr());
    }
}
