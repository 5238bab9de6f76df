package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Annotator;

/**
 * The Wikinews corpus of {@code ../shared} (CSV url,date,title,text; CC BY 2.5), ingested as it is. Skips
 * when the data is absent (a fresh clone has no {@code ../shared}).
 */
class WikinewsIngestTest {
    static final Path WIKINEWS = Path.of("../../shared/data/wikinews-en-2019-2020");

    @Test
    void wikinewsCsvIngestsWithDatesTitlesAndUrls(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(WIKINEWS), "skipped: no " + WIKINEWS + " (data beside the project, not in it)");
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary s = StoreIngestTest.ingest(store, Annotator.none(), List.of(WIKINEWS.toString()), Optional.empty(), errors);
            assertEquals(List.of(), errors);
            assertTrue(s.stored() >= 290, s.toString());
            assertEquals(s.stored(), StoreIngestTest.count(store, "SELECT count(*) FROM articles WHERE published IS NOT NULL AND title IS NOT NULL"));
            assertEquals(s.stored(), StoreIngestTest.count(store, "SELECT count(*) FROM articles WHERE url LIKE 'https://en.wikinews.org/%'"));
            assertEquals(s.stored(), store.index().search(SearchQuery.all()).total());
            assertTrue(store.index().search(SearchQuery.text("measles")).total() >= 1);
        }
    }
}
