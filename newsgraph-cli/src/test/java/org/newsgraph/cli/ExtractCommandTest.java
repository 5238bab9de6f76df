package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph extract} end to end through {@link Main#run}, with standard streams captured. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "source", "title", "section", "authors", "published",
            "language", "text", "paragraphs", "credit", "url");

    @TempDir
    Path dir;

    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(String s) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isEmpty()) out.add(JSON.readTree(line));
        }
        return out;
    }

    // ---------------------------------------------------------------- fixtures (hand-written)

    static final String P1 = "The harbour council voted on Tuesday evening to build a tidal barrier across the mouth of the estuary, ending ten years of arguments.";
    static final String P2 = "Councillors approved the plan by nine votes to four after a session that ran past midnight, with residents cheering the result.";

    static String html(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\"><meta property=\"article:section\" content=\"Local\">"
                + "</head><body><article><h1>" + title + "</h1><p>By Marta Quillon</p><p>" + P1 + "</p><p>" + P2
                + "</p><p>Source: Coastal Ledger staff</p></article></body></html>";
    }

    static String text(String title) {
        return title + " | Local News\n\n" + P1 + "\n\nShare This\n\n" + P2 + "\n\nSource: News agencies\n";
    }

    static void gzip(Path file, String content) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Three good files, a broken gzip file, and a jsonl file with a bad line between two good ones. */
    private Path batch() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), html("Barrier approved"));
        Files.writeString(in.resolve("b.txt"), text("Barrier approved at last"));
        gzip(in.resolve("c.html.gz"), html("Council votes for barrier"));
        Files.writeString(in.resolve("d.html.gz"), "this is not gzip");
        Files.writeString(in.resolve("e.jsonl"), String.join("\n",
                JSON.writeValueAsString(java.util.Map.of("id", "e1", "text", text("First line item"), "url", "https://x.example/e1")),
                "{\"id\": \"e2\", \"text\": oops}",
                JSON.writeValueAsString(java.util.Map.of("id", "e3", "html", html("Third line item"), "published", "2017-04-09"))) + "\n");
        return in;
    }

    @Test
    void batchWithBrokenInputsExitsOneAndReportsThem() throws IOException {
        Path in = batch();
        int code = Main.run("extract", "--no-nlp", in.toString());
        assertEquals(1, code, stderr());

        List<JsonNode> rows = jsonLines(stdout());
        assertEquals(List.of("a", "b", "c", "e1", "e3"), rows.stream().map(r -> r.get("id").asText()).toList(), stdout());
        for (JsonNode r : rows) {
            for (String f : FIELDS) assertTrue(r.has(f), () -> "missing field " + f + " in " + r);
            assertEquals("article", r.get("status").asText(), r.toString());
            assertTrue(r.get("text").asText().contains(P1), r.toString());
            assertTrue(r.get("paragraphs").isArray() && r.get("paragraphs").size() == 2, r.toString());
            assertTrue(r.get("published").isNull() || r.get("id").asText().equals("e3"), r.toString());
        }
        JsonNode a = rows.get(0);
        assertEquals(in.resolve("a.html").toString(), a.get("source").asText());
        assertEquals("Barrier approved", a.get("title").asText());
        assertEquals("Local", a.get("section").asText());
        assertEquals("Marta Quillon", a.get("authors").get(0).asText());
        assertEquals("en", a.get("language").asText());
        assertEquals("Source: Coastal Ledger staff", a.get("credit").asText());
        assertEquals("Barrier approved at last", rows.get(1).get("title").asText());
        assertEquals("Local News", rows.get(1).get("section").asText());
        assertEquals("Source: News agencies", rows.get(1).get("credit").asText());
        assertFalse(rows.get(1).get("text").asText().contains("Share"));
        assertEquals("Council votes for barrier", rows.get(2).get("title").asText());
        assertEquals("https://x.example/e1", rows.get(3).get("url").asText());
        assertEquals(in.resolve("e.jsonl") + ":3", rows.get(4).get("source").asText());
        assertEquals("2017-04-09", rows.get(4).get("published").asText());

        String err = stderr();
        assertTrue(err.contains("newsgraph: error: " + in.resolve("d.html.gz") + ": not a valid gzip file"), err);
        assertTrue(err.contains("newsgraph: error: " + in.resolve("e.jsonl") + ":2"), err);
        assertTrue(err.contains("5 extracted, 2 failed"), err);
    }

    @Test
    void publishedOptionSetsTheDate() throws IOException {
        Path in = batch();
        int code = Main.run("extract", "--no-nlp", "--published", "2017-04-10", in.resolve("a.html").toString(),
                in.resolve("b.txt").toString(), in.resolve("e.jsonl").toString());
        assertEquals(1, code, "the bad jsonl line still fails");
        List<JsonNode> rows = jsonLines(stdout());
        assertEquals(4, rows.size());
        for (JsonNode r : rows) {
            String expected = r.get("id").asText().equals("e3") ? "2017-04-09" : "2017-04-10";
            assertEquals(expected, r.get("published").asText(), "a date of the input's own wins: " + r.get("id"));
            assertEquals("user", r.get("published_source").asText());
        }
    }

    @Test
    void goodInputsExitZero() throws IOException {
        Path f = dir.resolve("ok.html");
        Files.writeString(f, html("All good"));
        assertEquals(0, Main.run("extract", "--no-nlp", f.toString()), stderr());
        assertEquals(1, jsonLines(stdout()).size());
        // Nothing on stderr but the notice that the models are loading.
        assertEquals("", stderr().replaceAll("(?m)^newsgraph: loading the NLP models.*\\R", ""));
    }

    @Test
    void badPublishedValueIsAUsageError() {
        int code = Main.run("extract", "--no-nlp", "--published", "2017-99-99", dir.toString());
        assertEquals(2, code);
        assertTrue(stderr().contains("'2017-99-99'"), stderr());
        assertTrue(stderr().contains("--published"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Main.run("extract", "--no-nlp", "--no-such-option", dir.toString()));
        assertTrue(stderr().contains("--no-such-option"), stderr());
        assertEquals(2, Main.run("extract"), "a path is required");
        assertEquals(2, Main.run(new String[0]), "a command is required");
        assertEquals(2, Main.run("no-such-command"));
    }

    @Test
    void badMaxBytesIsAUsageError() {
        assertEquals(2, Main.run("extract", "--no-nlp", "--max-bytes", "0", dir.toString()));
        assertTrue(stderr().contains("--max-bytes") && stderr().contains("0"), stderr());
        assertFalse(stderr().contains("Exception"), "no stack trace for a usage error: " + stderr());
        assertEquals(2, Main.run("extract", "--no-nlp", "--max-bytes", "lots", dir.toString()));
    }

    @Test
    void maxBytesLimitsInputs() throws IOException {
        Path f = dir.resolve("a.html");
        Files.writeString(f, html("Too big"));
        assertEquals(1, Main.run("extract", "--no-nlp", "--max-bytes", "100", f.toString()));
        assertTrue(stderr().contains(f + ": file is") && stderr().contains("limit of 100 bytes"), stderr());
    }

    @Test
    void textFormatPrintsTheTitle() throws IOException {
        Path f = dir.resolve("a.html");
        Files.writeString(f, html("Barrier approved"));
        assertEquals(0, Main.run("extract", "--no-nlp", "--format", "text", f.toString()));
        String s = stdout();
        assertTrue(s.contains("Title:     Barrier approved"), s);
        assertTrue(s.contains("Authors:   Marta Quillon"), s);
        assertTrue(s.contains(P1), s);
        assertTrue(s.contains("2 paragraphs"), s);
    }

    @Test
    void jsonFormatIsAValidArray() throws IOException {
        Path in = batch();
        assertEquals(1, Main.run("extract", "--no-nlp", "--format", "json", in.toString()));
        JsonNode arr = JSON.readTree(stdout());
        assertTrue(arr.isArray());
        assertEquals(5, arr.size());
        assertEquals("a", arr.get(0).get("id").asText());
        for (JsonNode r : arr) for (String f : FIELDS) assertTrue(r.has(f), f);
    }

    @Test
    void jsonFormatWithNothingIsAnEmptyArray() throws IOException {
        assertEquals(1, Main.run("extract", "--no-nlp", "--format", "JSON", dir.resolve("missing.html").toString()));
        JsonNode arr = JSON.readTree(stdout());
        assertTrue(arr.isArray() && arr.isEmpty(), stdout());
        assertTrue(stderr().contains("missing.html: no such file or directory"), stderr());
    }

    @Test
    void standardInput() throws IOException {
        System.setIn(new ByteArrayInputStream(text("Barrier story read from standard input").getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.run("extract", "--no-nlp", "-"));
        JsonNode r = jsonLines(stdout()).get(0);
        assertEquals("stdin", r.get("id").asText());
        assertEquals("-", r.get("source").asText());
        assertEquals("Barrier story read from standard input", r.get("title").asText());
    }

    @Test
    void theBundledExample() throws IOException {
        Path example = Path.of("..", "examples", "al-jazeera-2017-04-10.txt");
        if (!Files.exists(example)) example = Path.of("examples", "al-jazeera-2017-04-10.txt");
        assertTrue(Files.exists(example), "the example ships with the repository");
        assertEquals(0, Main.run("extract", "--published", "2017-04-10", "--tokens", example.toString()), stderr());
        JsonNode r = jsonLines(stdout()).get(0);
        assertEquals("al-jazeera-2017-04-10", r.get("id").asText());
        assertEquals("Russia faces mounting pressure to abandon Syria’s Assad", r.get("title").asText());
        assertEquals("Syria News", r.get("section").asText());
        assertEquals("Source: News agencies", r.get("credit").asText());
        assertEquals("2017-04-10", r.get("published").asText());
        assertEquals(17, r.get("paragraphs").size());
        JsonNode last = r.get("paragraphs").get(16);
        assertEquals(last.get("text").asText(), r.get("text").asText().substring(last.get("start").asInt(), last.get("end").asInt()));
        // Annotated by default: the entity, quote and date arrays are there, with offsets into text.
        String text = r.get("text").asText();
        boolean johnson = false;
        for (JsonNode e : r.get("entities")) johnson |= e.get("name").asText().equals("Boris Johnson") && e.get("country").asText().equals("GBR");
        assertTrue(johnson, "Boris Johnson, GBR");
        for (JsonNode m : r.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        assertTrue(r.get("quotes").size() >= 7);
        assertTrue(r.get("dates").size() >= 8);
        assertTrue(r.get("sentences").get(0).get("tokens").size() > 5, "--tokens writes tokens");
    }

    @Test
    void noNlpLeavesAnnotationFieldsOut() throws IOException {
        Path example = Path.of("..", "examples", "al-jazeera-2017-04-10.txt");
        assertEquals(0, Main.run("extract", "--no-nlp", example.toString()), stderr());
        JsonNode r = jsonLines(stdout()).get(0);
        assertTrue(r.get("entities") == null && r.get("quotes") == null);
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, Main.run("--version"));
        assertTrue(stdout().contains("newsgraph"), stdout());
        assertEquals(0, Main.run("extract", "--no-nlp", "--help"));
        assertTrue(stdout().contains("--published"), stdout());
    }

    @Test
    void threadsKeepTheInputOrderAndTheOutput() throws IOException {
        Path in = dir.resolve("many");
        Files.createDirectories(in);
        for (int i = 0; i < 60; i++) {
            String body = "<p>Story number " + i + " reports that the council met again on Monday, and argued about the budget.</p>";
            Files.writeString(in.resolve(String.format("page-%03d.html", i)),
                    "<html><head><title>Story " + i + "</title></head><body>" + body + body.replace("Story", "Report") + "</body></html>");
        }
        Files.writeString(in.resolve("page-030.txt.gz"), "not gzip"); // a failure in the middle keeps its place too
        assertEquals(1, Main.run("extract", "--no-nlp", "--threads", "1", in.toString()));
        String single = stdout();
        out.reset();
        assertEquals(1, Main.run("extract", "--no-nlp", "--threads", "4", in.toString()));
        assertEquals(single, stdout(), "same lines in the same order with four threads");
        List<JsonNode> lines = jsonLines(single);
        assertEquals(60, lines.size());
        for (int i = 0; i < 60; i++) assertEquals(String.format("page-%03d", i), lines.get(i).get("id").asText());
        assertEquals(2, Main.run("extract", "--no-nlp", "--threads", "-1", in.toString()));
    }
}
