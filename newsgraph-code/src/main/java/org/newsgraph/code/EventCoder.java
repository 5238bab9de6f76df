package org.newsgraph.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Published;

/**
 * The code stage: CAMEO events (with PLOVER readings, Goldstein and QuadClass) from the annotate stage's
 * dependency parse, entities and quotations. Verb patterns give the code; actors come first from the article
 * itself (an entity's country, nationality or title; role words such as minister, army, rebels), then from the
 * shipped actor list. Every event carries its modality (asserted, reported, hypothetical, negated, denied,
 * future) and provenance (sentence, offsets, reporter, quotation). Events told more than once are merged.
 *
 * <p>Immutable and thread-safe: one instance serves all threads.
 */
public final class EventCoder {
    private final CameoCodes codes;
    private final VerbPatterns patterns;
    private final ActorLexicon lexicon;

    /** The coder with the shipped code table, verb patterns and actor list. */
    public EventCoder() {
        this(ActorLexicon.shipped());
    }

    /** The coder with another actor lexicon (the shipped one with evaluation dictionaries added, say). */
    public EventCoder(ActorLexicon lexicon) {
        this.codes = CameoCodes.load();
        this.patterns = VerbPatterns.load(codes);
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The CAMEO code table this coder uses. */
    public CameoCodes codes() {
        return codes;
    }

    /** Codes an annotated article; actor lists are read as of its publication date. */
    public List<Event> code(Article article, Annotations annotations) {
        return code(article.text(), article.published().map(Published::date), annotations);
    }

    /**
     * Codes annotated text.
     *
     * @param text        the text the annotations' offsets point into
     * @param date        the date the text speaks of (actor list entries are chosen for it); empty for any
     * @param annotations the annotate stage's result for the text
     */
    public List<Event> code(String text, Optional<LocalDate> date, Annotations annotations) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotations, "annotations");
        if (annotations.sentences().isEmpty()) return List.of();
        return new DocumentCoder(text, annotations, date, codes, patterns, lexicon).code();
    }
}
