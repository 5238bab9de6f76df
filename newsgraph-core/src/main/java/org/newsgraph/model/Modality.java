package org.newsgraph.model;

import java.util.Locale;

/**
 * How the text presents an event: as fact, as someone's claim, or as something that has not happened.
 * Only {@link #ASSERTED} and {@link #REPORTED} events describe something the text says took place.
 */
public enum Modality {
    /** The text states it as fact ("Italy has invited the foreign ministers"). */
    ASSERTED,
    /** Someone the text names says it happened ("the Observatory said killed 87 people"); see the reporter. */
    REPORTED,
    /** Possible, wished for, demanded, threatened or conditional ("sanctions could be imposed", "ready to"). */
    HYPOTHETICAL,
    /** Said not to happen ("will not cut its ties"). */
    NEGATED,
    /** Someone denies or rejects that it happened ("has denied it was behind", "rejected accusations that"). */
    DENIED,
    /** Planned or expected ("is due to travel", "will meet"). */
    FUTURE;

    /** Whether the text says the event took place (asserted or reported). */
    public boolean factual() {
        return this == ASSERTED || this == REPORTED;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
