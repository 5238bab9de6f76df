package org.newsgraph.code.dict;

import java.util.Objects;

/**
 * A PETRARCH transformation: a statement about an act is itself an event. "a says a attacked b" is a
 * claim of responsibility (015), "a says b attacked" an accusation (112), "a wants to attack b" a threat
 * (138). Written in PETRARCH as {@code ~ a (a b ATTACK) SAY = a b 015}.
 *
 * @param head   the verb block of the governing verb ({@code SAY})
 * @param shape  how the inner act's source relates to the governing verb's subject
 * @param inner  the verb block of the inner act ({@code ATTACK}); empty for any coded act
 * @param code   the event's code; empty to keep the inner act's code
 * @param origin {@code file:line}
 */
public record Transformation(String head, Shape shape, String inner, String code, String origin) {

    /** The inner act's source, seen from the governing verb's subject {@code a}. */
    public enum Shape {
        /** {@code (a b X)}: the subject does it itself. */
        SAME_SOURCE,
        /** {@code (b . X)}: someone else does it. */
        OTHER_SOURCE,
        /** {@code (_ b X)}: the act has no subject of its own (an infinitive: "wants to attack"). */
        NO_SUBJECT
    }

    public Transformation {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
    }
}
