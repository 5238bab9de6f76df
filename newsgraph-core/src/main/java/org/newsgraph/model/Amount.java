package org.newsgraph.model;

import java.util.Objects;

/**
 * A number with what it counts, as GKG's amounts field keeps them: "two million people" is 2000000 people.
 *
 * @param value    the normalised number (0.5 for "half")
 * @param text     the number as written
 * @param object   the word or phrase it counts, empty when none
 * @param start    offset of the number in the article text
 * @param end      offset just past it
 * @param sentence index of its sentence
 */
public record Amount(double value, String text, String object, int start, int end, int sentence) {
    public Amount {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(object, "object");
    }
}
