package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression for issue 15, item 2: a query of many fuzzy terms ran for seconds and one of too many clauses
 * failed with an internal exception. The budget refuses such queries up front; the time limit stops any search
 * that still runs long, and only that search.
 */
class SearchBudgetTest {
    @Test
    void aSearchPastItsTimeLimitIsStoppedWithAMessage(@TempDir Path tmp) throws Exception {
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            List<String> errors = new ArrayList<>();
            StoreIngestTest.ingest(store, org.newsgraph.annotate.Annotator.none(), List.of(Corpus.jsonl(tmp, "c.jsonl", 200, 3).toString()),
                    Optional.empty(), errors);
            SearchQuery fuzzy = SearchQuery.text("ministr~2 harbor~2 electon~2 rivers~2");
            assertTrue(store.index().search(fuzzy).total() > 0, "within the default limit");
            store.index().timeLimit(Duration.ofNanos(1));
            SearchIndex.BadQueryException e = assertThrows(SearchIndex.BadQueryException.class, () -> store.index().search(fuzzy));
            assertTrue(e.getMessage().startsWith("the search ran over its time limit"), e.getMessage());
            store.index().timeLimit(SearchIndex.TIME_LIMIT);
            assertEquals(store.index().search(fuzzy).total(), store.index().search(fuzzy).total(), "the next search runs normally");
        }
    }

    @Test
    void queriesOverTheBudgetAreRefusedBeforeTheySearch(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 70; i++) many.append("w").append(i).append(' ');
            assertTrue(assertThrows(SearchIndex.BadQueryException.class, () -> store.index().search(SearchQuery.text(many.toString())))
                    .getMessage().contains("the query has 70 words; at most 64"));
            assertTrue(assertThrows(SearchIndex.BadQueryException.class, () -> store.index().search(SearchQuery.text("a~ b~ c~ d~ e~ f~ g~ h~ i~")))
                    .getMessage().contains("the query has 9 fuzzy, wildcard"));
            assertTrue(assertThrows(SearchIndex.BadQueryException.class, () -> store.index().search(SearchQuery.text("x".repeat(1001))))
                    .getMessage().contains("1001 characters long"));
        }
    }
}
