package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement and who made it.
 *
 * @param text        what was said: the quoted words, or the reported clause for indirect speech
 * @param kind        direct, partial or indirect
 * @param start       offset of {@code text} in the article text
 * @param end         offset just past it
 * @param sentence    index of the sentence it starts in
 * @param speaker     id of the speaking entity, -1 when the speaker is not a named entity
 * @param speakerText the words naming the speaker where they are written ("a spokeswoman for May's Downing
 *                    Street office", "he")
 * @param speakerStart offset of {@code speakerText}, -1 when absent
 * @param speakerEnd  offset just past it, -1 when absent
 * @param verb        the speech verb as written ("said", "told")
 * @param verbStart   offset of the verb, -1 when absent
 */
public record Quote(String text, QuoteKind kind, int start, int end, int sentence, int speaker,
        Optional<String> speakerText, int speakerStart, int speakerEnd, Optional<String> verb, int verbStart) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerText, "speakerText");
        Objects.requireNonNull(verb, "verb");
    }
}
