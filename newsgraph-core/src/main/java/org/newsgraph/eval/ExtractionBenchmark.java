package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;

/**
 * Runs body extraction over a benchmark in the ScrapingHub article-extraction-benchmark layout
 * ({@code ground-truth.json} {id: {articleBody, url}} and {@code html/<id>.html[.gz]}) and scores it with
 * {@link Shingles}. Pages are read as the product reads them ({@link InputReader}); a page that cannot be
 * read or extracted scores as an empty prediction and is listed. Stateless.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    /** One page: what was predicted and how it scored. */
    public record Page(String id, String predicted, Shingles.Overlap overlap, boolean article) {}

    /** All pages, the aggregate score, and the errors (each naming its page). */
    public record Result(List<Page> pages, Shingles.Score score, List<String> errors) {}

    /**
     * @param gold the benchmark folder, or its {@code ground-truth.json}
     * @throws IOException when the ground truth cannot be read
     */
    public static Result run(Path gold) throws IOException {
        Path truthFile = (Files.isDirectory(gold) ? gold.resolve("ground-truth.json") : gold).toAbsolutePath();
        Path htmlDir = truthFile.getParent().resolve("html");
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<Page> pages = new ArrayList<>();
        List<Shingles.Overlap> overlaps = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String id = e.getKey();
            String expected = e.getValue().path("articleBody").asText("");
            Path file = htmlDir.resolve(id + ".html.gz");
            if (!Files.exists(file)) file = htmlDir.resolve(id + ".html");
            ExtractOptions options = ExtractOptions.builder().build();
            String url = e.getValue().path("url").asText(null);
            if (url != null) options = ExtractOptions.builder().url(url).build();
            String predicted = "";
            boolean article = false;
            try (InputReader reader = new InputReader(List.of(file.toString()), InputReader.Limits.DEFAULT,
                    InputStream::nullInputStream)) {
                for (var it = reader.iterator(); it.hasNext(); ) {
                    switch (it.next()) {
                        case InputReader.Item.Failure f -> errors.add(f.error().getMessage());
                        case InputReader.Item.Doc d -> {
                            Article a = Newsgraph.extract(d.document(), options);
                            predicted = a.text();
                            article = a.status() == ArticleStatus.ARTICLE;
                        }
                    }
                }
            } catch (RuntimeException ex) {
                errors.add(file + ": extraction failed: " + ex);
            }
            Shingles.Overlap o = Shingles.overlap(expected, predicted);
            overlaps.add(o);
            exact.add(Shingles.exact(expected, predicted));
            pages.add(new Page(id, predicted, o, article));
        }
        return new Result(pages, Shingles.aggregate(overlaps, exact), errors);
    }
}
