package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.Charsets;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.InputFormat;

/**
 * The ScrapingHub article-extraction-benchmark, when {@code ../shared} is beside the project (never copied
 * into it): body F1 must stay at or above the best published result, 0.970, and every page must come out
 * as an article. Skips with a message on a fresh clone.
 */
class ExtractionBenchmarkTest {
    private static final Path AEB = Path.of("..", "..", "shared", "data", "article-extraction-benchmark");

    @Test
    void bodyF1AtLeastTheBestPublished() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(AEB.resolve("ground-truth.json")),
                "article-extraction-benchmark not found at " + AEB.toAbsolutePath() + ": skipped");
        JsonNode truth = new ObjectMapper().readTree(AEB.resolve("ground-truth.json").toFile());
        List<Shingles.Overlap> overlaps = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        int notArticle = 0;
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(AEB.resolve("html").resolve(e.getKey() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            String html = Charsets.decode(bytes, Optional.empty()).text();
            var a = Newsgraph.extract(new InputDocument(e.getKey(), e.getKey(), InputFormat.HTML, html,
                    Optional.ofNullable(e.getValue().path("url").asText(null)), Optional.empty()));
            if (a.status() != ArticleStatus.ARTICLE) notArticle++;
            String gold = e.getValue().path("articleBody").asText("");
            overlaps.add(Shingles.overlap(gold, a.text()));
            exact.add(Shingles.exact(gold, a.text()));
        }
        Shingles.Score s = Shingles.aggregate(overlaps, exact);
        assertEquals(181, s.pages());
        assertEquals(0, notArticle, "every benchmark page is an article");
        assertTrue(s.f1() >= 0.970, "F1 " + s.f1() + " (precision " + s.precision() + ", recall " + s.recall() + ")");
    }
}
