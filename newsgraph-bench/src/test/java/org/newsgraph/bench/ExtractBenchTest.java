package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractBenchTest {
    private static String article(String title, String topic) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>")
                .append("<article><h1>").append(title).append("</h1>");
        for (int i = 1; i <= 5; i++) {
            b.append("<p>Paragraph ").append(i).append(" about ").append(topic)
                    .append(": the council met on Tuesday, and members said that the plan, which had been debated for"
                            + " months, would go ahead, although several residents, shop owners and teachers argued"
                            + " that the costs, delays and noise had been badly underestimated by the city.</p>");
        }
        return b.append("</article><footer>Copyright 2025 Example News</footer></body></html>").toString();
    }

    private static Path corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("first.html"), article("Council backs bridge plan", "the bridge"));
        Path sub = Files.createDirectories(dir.resolve("more"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("second.htm.gz")))) {
            out.write(article("Schools to open later", "school hours").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        return dir;
    }

    @Test
    void findsAndDecodesPagesRecursively(@TempDir Path dir) throws IOException {
        List<Page> pages = Pages.load(corpus(dir));
        assertEquals(List.of("first.html", "more/second.htm.gz"), pages.stream().map(Page::id).toList());
        assertTrue(pages.get(1).html().contains("Schools to open later"));
        assertEquals(pages.get(0).html().getBytes(StandardCharsets.UTF_8).length, pages.get(0).utf8Bytes());
    }

    @Test
    void benchesBothExtractorsAndWritesJson(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        corpus(pages);
        Path json = dir.resolve("out/bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchMain.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("extract", pages.toString(), "--warmup", "1", "--iterations", "1", "--json", json.toString());
        assertEquals(0, code, err::toString);

        assertTrue(out.toString().contains("throughput ratio newsgraph/readability4j"), out::toString);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, report.path("corpus").path("pages").asInt());
        assertTrue(report.path("corpus").path("utf8Bytes").asLong() > 0);
        JsonNode extractors = report.path("extractors");
        assertEquals(2, extractors.size());
        assertEquals("newsgraph", extractors.get(0).path("name").asText());
        assertEquals("readability4j", extractors.get(1).path("name").asText());
        for (JsonNode x : extractors) {
            String name = x.path("name").asText();
            assertEquals(2, x.path("nonEmptyPages").asInt(), name + " produced text for both pages");
            assertEquals(0, x.path("errorPages").asInt(), name);
            assertEquals(0, x.path("emptyPages").size(), name);
            assertEquals(2, x.path("measuredDocs").asInt(), name);
            for (String f : List.of("docsPerSecond", "megabytesPerSecond", "meanMsPerDoc", "medianMsPerDoc",
                    "p95MsPerDoc", "peakHeapMegabytes", "textChars")) {
                assertTrue(x.path(f).asDouble() > 0, name + " " + f + " = " + x.path(f));
            }
        }
        assertTrue(extractors.get(1).path("description").asText().contains("jsoup 1.11.2"));
        assertTrue(report.path("ratios").path("newsgraph/readability4j").asDouble() > 0);
    }

    @Test
    void peerRunsOnItsOwnJsoupUnlessToldOtherwise() throws Exception {
        Page page = new Page("p", article("Ferry service resumes", "the ferry"), 1);
        Readability4jExtractor bundled = new Readability4jExtractor(Readability4jExtractor.Jsoup.BUNDLED);
        Readability4jExtractor core = new Readability4jExtractor(Readability4jExtractor.Jsoup.CORE);
        assertTrue(bundled.description().contains("jsoup 1.11.2"), bundled::description);
        assertFalse(core.description().contains("1.11.2"), core::description);
        assertTrue(bundled.extractText(page).contains("Paragraph 3 about the ferry"));
        assertTrue(core.extractText(page).contains("Paragraph 3 about the ferry"));
    }

    @Test
    void percentileIsNearestRank() {
        long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, ExtractBench.percentile(v, 0.50));
        assertEquals(10, ExtractBench.percentile(v, 0.95));
        assertEquals(7, ExtractBench.percentile(new long[] {7}, 0.95));
    }
}
