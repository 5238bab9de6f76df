package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One place in the text that tells of an event. An event told twice in an article has two mentions.
 *
 * @param sentence    index of the sentence
 * @param actionStart offset of the action words (the verb, with its particle or object when they carry the code)
 * @param actionEnd   offset just past them
 * @param action      the action words as written
 * @param modality    how this mention presents the event
 * @param reporter    id of the entity that reports it, -1 when none or not an entity
 * @param reporterText the words naming the reporter, when there is one
 * @param quote       index of the quotation (in the article's quotes) it comes from, -1 when none
 */
public record EventMention(int sentence, int actionStart, int actionEnd, String action, Modality modality,
        int reporter, Optional<String> reporterText, int quote) {
    public EventMention {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(reporterText, "reporterText");
    }
}
