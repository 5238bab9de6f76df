package org.newsgraph.model;

import java.util.List;

/**
 * What the annotate stage found in an article's text. All offsets are into {@link Article#text()}.
 *
 * @param sentences sentences with tokens and dependency parse
 * @param mentions  entity mentions in text order
 * @param entities  document entities (aliases merged), by id
 * @param quotes    direct, partial and indirect quotations with speakers
 * @param dates     temporal expressions normalised to TimeML values
 * @param counts    GKG-style counts
 * @param amounts   numbers with what they count
 * @param events    coded events (CAMEO, PLOVER) with modality and provenance; empty until the code stage ran
 * @param references pronouns resolved to the entity they refer to ("he" = Rex Tillerson), as mentions of that
 *                  entity at the pronoun's offsets: the one resolution the quote speakers and the event actors use
 * @param locations place names resolved to coordinates, in text order; empty when geocoding did not run
 */
public record Annotations(List<Sentence> sentences, List<Mention> mentions, List<Entity> entities,
        List<Quote> quotes, List<TimeExpression> dates, List<Count> counts, List<Amount> amounts,
        List<Event> events, List<Mention> references, List<Location> locations) {
    public Annotations {
        locations = List.copyOf(locations);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        counts = List.copyOf(counts);
        amounts = List.copyOf(amounts);
        events = List.copyOf(events);
        references = List.copyOf(references);
    }

    /** Annotations without pronoun references or locations (read back from a store, built by hand). */
    public Annotations(List<Sentence> sentences, List<Mention> mentions, List<Entity> entities, List<Quote> quotes,
            List<TimeExpression> dates, List<Count> counts, List<Amount> amounts, List<Event> events) {
        this(sentences, mentions, entities, quotes, dates, counts, amounts, events, List.of(), List.of());
    }

    /** Nothing found (empty text, or annotation skipped). */
    public static Annotations empty() {
        return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same annotations with these events (the code stage's result). */
    public Annotations withEvents(List<Event> newEvents) {
        return new Annotations(sentences, mentions, entities, quotes, dates, counts, amounts, newEvents, references,
                locations);
    }

    /** The same annotations with these locations (the geocoder's result). */
    public Annotations withLocations(List<Location> newLocations) {
        return new Annotations(sentences, mentions, entities, quotes, dates, counts, amounts, events, references,
                newLocations);
    }
}
