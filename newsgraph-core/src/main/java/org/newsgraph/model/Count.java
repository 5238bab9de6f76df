package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A GKG-style count: "killed 87 people" is KILL 87 people.
 *
 * @param type       what happened to them
 * @param number     how many (fractions of a population are kept as written in {@code numberText})
 * @param numberText the number as written ("87", "two million", "half")
 * @param object     who or what ("people", "civilians", "its population")
 * @param place      the place the sentence gives, as written
 * @param placeEntity id of that place's entity, -1 when none
 * @param start      offset of the whole phrase in the article text
 * @param end        offset just past it
 * @param sentence   index of its sentence
 */
public record Count(CountType type, double number, String numberText, String object, Optional<String> place,
        int placeEntity, int start, int end, int sentence) {
    public Count {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(numberText, "numberText");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(place, "place");
    }
}
