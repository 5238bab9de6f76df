package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph eval extraction} on a two-page benchmark folder written by the test. */
class EvalCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams std = new CapturedStreams();

    private Path gold(boolean withSecondPage) throws IOException {
        Path g = Files.createDirectories(dir.resolve("gold/html"));
        ObjectMapper m = new ObjectMapper();
        String truth = ExtractCommandTest.P1 + "\n" + ExtractCommandTest.P2;
        Files.writeString(g.getParent().resolve("ground-truth.json"), m.writeValueAsString(Map.of(
                "p1", Map.of("articleBody", truth, "url", "https://x.example/p1"),
                "p2", Map.of("articleBody", truth))));
        ExtractCommandTest.gzip(g.resolve("p1.html.gz"), ExtractCommandTest.html("First page"));
        if (withSecondPage) Files.writeString(g.resolve("p2.html"), ExtractCommandTest.html("Second page"));
        return g.getParent();
    }

    @Test
    void perfectExtractionScoresOne() throws IOException {
        Path g = gold(true);
        Path preds = dir.resolve("preds.json");
        assertEquals(0, Main.run("eval", "extraction", "--gold", g.toString(), "--out", preds.toString(), "--worst", "1"),
                std.stderr());
        String s = std.stdout();
        assertTrue(s.startsWith("pages 2  F1 1.0000  precision 1.0000  recall 1.0000  accuracy 1.0000"), s);
        JsonNode p = new ObjectMapper().readTree(preds.toFile());
        assertEquals(ExtractCommandTest.P1 + "\n\n" + ExtractCommandTest.P2, p.get("p1").get("articleBody").asText());
    }

    @Test
    void aMissingPageCountsAsFailedAndEmpty() throws IOException {
        Path g = gold(false);
        assertEquals(1, Main.run("eval", "extraction", "--gold", g.resolve("ground-truth.json").toString()));
        String s = std.stdout();
        assertTrue(s.startsWith("pages 2  F1 ") && s.contains("recall 0.5000") && s.contains("1 failed"), s);
        assertTrue(std.stderr().contains("p2.html"), std.stderr());
    }

    @Test
    void aMissingGoldFolderIsAUsageError() {
        assertEquals(2, Main.run("eval", "extraction", "--gold", dir.resolve("nope").toString()));
        assertTrue(std.stderr().contains("does not exist"), std.stderr());
        assertEquals(2, Main.run("eval"), "name what to evaluate");
    }
}
