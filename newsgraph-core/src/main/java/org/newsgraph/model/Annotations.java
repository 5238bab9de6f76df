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
 */
public record Annotations(List<Sentence> sentences, List<Mention> mentions, List<Entity> entities,
        List<Quote> quotes, List<TimeExpression> dates, List<Count> counts, List<Amount> amounts) {
    public Annotations {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        counts = List.copyOf(counts);
        amounts = List.copyOf(amounts);
    }

    /** Nothing found (empty text, or annotation skipped). */
    public static Annotations empty() {
        return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
