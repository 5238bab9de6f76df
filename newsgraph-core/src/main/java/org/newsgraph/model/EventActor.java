package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One side of an event, as CAMEO codes it: "British Foreign Secretary Boris Johnson" is {@code GBRGOV}.
 *
 * @param code      CAMEO actor code: country (ISO 3166 alpha-3) or international code, then role codes
 *                  ({@code SYRGOV}, {@code IGOGOS}, {@code ---REB} when the country is unknown)
 * @param country   the country part of the code, when there is one ({@code SYR})
 * @param role      the first role code, when there is one ({@code GOV}, {@code MIL}, {@code REB})
 * @param name      the actor's name: its entity's name, or the words as written
 * @param entity    id of its document entity, -1 when none
 * @param start     offset of the words naming it in the article text
 * @param end       offset just past them
 * @param place     where the actor is, as far as the text tells (the place that names it, else its country);
 *                  empty when unknown or not given yet
 */
public record EventActor(String code, Optional<String> country, Optional<String> role, String name, int entity,
        int start, int end, Optional<Location> place) {
    public EventActor {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad actor span " + start + ".." + end);
    }

    /** An actor without a place. */
    public EventActor(String code, Optional<String> country, Optional<String> role, String name, int entity, int start, int end) {
        this(code, country, role, name, entity, start, end, Optional.empty());
    }

    /** The same actor at a place. */
    public EventActor withPlace(Optional<Location> newPlace) {
        return new EventActor(code, country, role, name, entity, start, end, newPlace);
    }
}
