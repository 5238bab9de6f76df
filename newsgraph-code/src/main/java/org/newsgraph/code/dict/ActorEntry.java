package org.newsgraph.code.dict;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a named actor, with the dates it holds: "Vladimir Putin" is {@code RUSGOV} from 2000-05-07.
 * A name has several entries when its holder changed office; the one without dates is its default.
 *
 * @param phrase the name, normalised ({@link Names#key})
 * @param code   CAMEO actor code; {@code ---} for "no actor at these dates"
 * @param from   first day the code holds (inclusive), empty when open
 * @param to     last day the code holds (inclusive), empty when open
 */
public record ActorEntry(String phrase, String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public ActorEntry {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (phrase.isEmpty() || code.isEmpty()) throw new IllegalArgumentException("an actor entry needs a name and a code");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("'" + phrase + "': date range ends before it starts");
        }
    }

    /** Whether this is the name's default (no date restriction). */
    public boolean isDefault() {
        return from.isEmpty() && to.isEmpty();
    }

    /** Whether the restriction holds on the date. */
    public boolean holdsOn(LocalDate d) {
        return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
    }
}
