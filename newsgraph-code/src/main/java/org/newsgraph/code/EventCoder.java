package org.newsgraph.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.annotate.Countries;
import org.newsgraph.code.dict.Dictionaries;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Published;

/**
 * The code stage: CAMEO events (with PLOVER readings, Goldstein and QuadClass) from the annotate stage's
 * dependency parse, entities and quotations, with the PETRARCH-2 / Phoenix dictionaries as the knowledge base
 * ({@link Dictionaries}: verb patterns, actor names with dates, role words, the coding ontology) under the
 * project's overrides. Actors come first from the article itself (an entity's country, nationality or title;
 * role words), then from the dictionaries. Every event carries its modality (asserted, reported,
 * hypothetical, negated, denied, future) and provenance (sentence, offsets, reporter, quotation). Events told
 * more than once are merged.
 *
 * <p>Immutable and thread-safe: one instance serves all threads.
 */
public final class EventCoder {
    private final CameoCodes codes;
    private final Dictionaries dictionaries;
    private final Countries countries = Countries.load();

    /** The coder with the shipped code table and dictionaries (loads them: well under a second). */
    public EventCoder() {
        this.codes = CameoCodes.load();
        this.dictionaries = Dictionaries.shipped(c -> codes.get(c).isPresent());
    }

    /**
     * A coder with other dictionaries and code table: the evaluation of PETRARCH's unit-test records codes with
     * their own dictionaries, whose codes are not all CAMEO's ({@link CameoCodes#lenient()}).
     */
    public EventCoder(Dictionaries dictionaries, CameoCodes codes) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** The CAMEO code table this coder uses. */
    public CameoCodes codes() {
        return codes;
    }

    /** The dictionaries this coder uses. */
    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** Codes an annotated article; actor lists are read as of its publication date. */
    public List<Event> code(Article article, Annotations annotations) {
        return code(article.text(), article.published().map(Published::date), annotations);
    }

    /**
     * Codes annotated text.
     *
     * @param text        the text the annotations' offsets point into
     * @param date        the date the text speaks of (actor entries are chosen for it); empty for any
     * @param annotations the annotate stage's result for the text
     */
    public List<Event> code(String text, Optional<LocalDate> date, Annotations annotations) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotations, "annotations");
        if (annotations.sentences().isEmpty()) return List.of();
        return new DocumentCoder(text, annotations, date, codes, dictionaries, countries).code();
    }
}
