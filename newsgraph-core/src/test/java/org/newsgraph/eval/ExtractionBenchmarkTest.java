package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

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
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(AEB);
        Shingles.Score s = r.score();
        long notArticle = r.pages().stream().filter(p -> !p.article()).count();
        assertEquals(List.of(), r.errors());
        assertEquals(181, s.pages());
        assertEquals(0, notArticle, "every benchmark page is an article");
        assertTrue(s.f1() >= 0.970, "F1 " + s.f1() + " (precision " + s.precision() + ", recall " + s.recall() + ")");
    }
}
