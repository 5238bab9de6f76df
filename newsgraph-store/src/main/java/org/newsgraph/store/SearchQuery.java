package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over the store, parsed and checked at the boundary (the API, the CLI).
 *
 * @param text          Lucene query syntax over title and text ("Tillerson AND Russia"); empty matches all
 * @param from          earliest publication date, inclusive
 * @param to            latest publication date, inclusive
 * @param sources       sites (any of)
 * @param entities      entity names or aliases, case-folded (all of)
 * @param countries     ISO 3166 alpha-3 countries of the entities named (any of)
 * @param languages     ISO 639-1 languages (any of)
 * @param actors        event actors, by CAMEO code ({@code SYRGOV}) or name, case-folded (all of)
 * @param eventCodes    CAMEO event codes or their prefixes ({@code 04} matches 042 and 0421; any of)
 * @param eventRoots    CAMEO roots, two digits (any of)
 * @param modalities    event modalities: asserted, reported, ... (any of)
 * @param kind          articles or quotes
 * @param includeCopies whether near-duplicate copies are listed too (by default each story counts once)
 * @param sort          relevance or newest first
 * @param limit         page size, 1 to {@link #MAX_LIMIT}
 * @param cursor        where the previous page ended
 */
public record SearchQuery(Optional<String> text, Optional<LocalDate> from, Optional<LocalDate> to, List<String> sources,
        List<String> entities, List<String> countries, List<String> languages, List<String> actors, List<String> eventCodes,
        List<String> eventRoots, List<String> modalities, Kind kind, boolean includeCopies, Sort sort,
        int limit, Optional<String> cursor) {

    /** The largest page: larger result sets are paged (or exported, which streams them all). */
    public static final int MAX_LIMIT = 100;

    /** What is searched. */
    public enum Kind { ARTICLES, QUOTES }

    /** Result order. */
    public enum Sort { RELEVANCE, DATE }

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(cursor, "cursor");
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
        actors = List.copyOf(actors);
        eventCodes = List.copyOf(eventCodes);
        eventRoots = List.copyOf(eventRoots);
        modalities = List.copyOf(modalities);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        text = text.filter(t -> !t.isBlank());
    }

    /** All articles, newest first. */
    public static SearchQuery all() {
        return text("");
    }

    /** Articles matching the text, by relevance (newest first when blank). */
    public static SearchQuery text(String text) {
        return new SearchQuery(Optional.of(text), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Kind.ARTICLES, false, text.isBlank() ? Sort.DATE : Sort.RELEVANCE, 20, Optional.empty());
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, from, to, sources, entities, countries, languages, actors, eventCodes, eventRoots, modalities, kind, includeCopies, sort, newLimit, cursor);
    }

    public SearchQuery withCursor(Optional<String> newCursor) {
        return new SearchQuery(text, from, to, sources, entities, countries, languages, actors, eventCodes, eventRoots, modalities, kind, includeCopies, sort, limit, newCursor);
    }

    public SearchQuery withKind(Kind newKind) {
        return new SearchQuery(text, from, to, sources, entities, countries, languages, actors, eventCodes, eventRoots, modalities, newKind, includeCopies, sort, limit, cursor);
    }
}
