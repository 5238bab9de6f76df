package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A coded event: who did what to whom, with CAMEO and PLOVER codes, how the text presents it, and where it
 * says so. Events told more than once in an article are one event with several {@link #mentions()}; the
 * first mention is the one the actor offsets point into.
 *
 * @param id        0-based id, unique in the article
 * @param code      CAMEO event code as a string ({@code "042"}, {@code "1312"})
 * @param label     the CAMEO 1.1b3 label of the code
 * @param goldstein Goldstein conflict-cooperation score of the code (-10 to +10)
 * @param quadClass GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict
 * @param plover    the PLOVER event, mode and context; empty for CAMEO 01 (statements), which PLOVER drops
 * @param source    who acts, when the text says
 * @param target    who is acted upon, when the text says
 * @param modality  the event's modality: that of its most factual mention
 * @param mentions  each place the text tells of it, in text order
 * @param place     where it happened: the place named in its sentence or clause, else the article's main place;
 *                  empty until places are given (the code stage's last step) or when the article names none
 */
public record Event(int id, String code, String label, double goldstein, int quadClass, Optional<Plover> plover,
        Optional<EventActor> source, Optional<EventActor> target, Modality modality, List<EventMention> mentions,
        Optional<Location> place) {
    public Event {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(modality, "modality");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) throw new IllegalArgumentException("event " + id + " has no mention");
    }

    /** An event without a place yet. */
    public Event(int id, String code, String label, double goldstein, int quadClass, Optional<Plover> plover,
            Optional<EventActor> source, Optional<EventActor> target, Modality modality, List<EventMention> mentions) {
        this(id, code, label, goldstein, quadClass, plover, source, target, modality, mentions, Optional.empty());
    }

    /** The same event with its action place and its actors (with their places). */
    public Event withPlaces(Optional<Location> newPlace, Optional<EventActor> newSource, Optional<EventActor> newTarget) {
        return new Event(id, code, label, goldstein, quadClass, plover, newSource, newTarget, modality, mentions, newPlace);
    }

    /** The CAMEO root (two digits). */
    public String rootCode() {
        return code.substring(0, 2);
    }

    /** The CAMEO base code (three digits, or the root for a root-level code). */
    public String baseCode() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** The first mention: the one the actors' offsets belong to. */
    public EventMention first() {
        return mentions.get(0);
    }
}
