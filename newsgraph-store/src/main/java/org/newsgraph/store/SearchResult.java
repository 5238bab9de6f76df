package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of search results.
 *
 * @param total      how many match in all
 * @param hits       this page
 * @param facets     counts over all matches per dimension (source, language, year, entity, country), largest first
 * @param nextCursor where the next page starts; empty on the last page
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, Optional<String> nextCursor) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets)); // dimension order kept
    }

    /**
     * A matching article or quote.
     *
     * @param id        the article id, or {@code ARTICLE#N} for quote N of an article
     * @param articleId the article's id
     * @param title     the article's title
     * @param published its publication date
     * @param source    its site
     * @param snippet   the quote, or a stretch of the text around the first matching word (plain text)
     * @param speaker   for a quote: who said it, as written
     * @param copyOf    the original when the article is a near-duplicate copy
     * @param score     relevance
     */
    public record Hit(String id, String articleId, Optional<String> title, Optional<LocalDate> published, Optional<String> source,
            String snippet, Optional<String> speaker, Optional<String> copyOf, float score) {}

    /** A facet value and how many matches have it. */
    public record FacetValue(String value, long count) {}
}
