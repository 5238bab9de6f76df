package org.newsgraph.model;

import java.util.Objects;

/**
 * A temporal expression normalised against the publication date.
 *
 * @param text     the words as written ("last week's", "Monday")
 * @param type     TimeML type
 * @param value    TimeML value ("2017-04-10", "2017-W14", "P2D", "PRESENT_REF", "XXXX-04-04")
 * @param start    offset in the article text
 * @param end      offset just past it
 * @param sentence index of its sentence
 */
public record TimeExpression(String text, TimexType type, String value, int start, int end, int sentence) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
