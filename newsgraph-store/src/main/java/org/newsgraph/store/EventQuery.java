package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter over the {@code events} table, checked at the boundary (the API). Unlike the article search,
 * every condition holds for the same event: {@code actor=SYRGOV&event_root=19} is Syria's government
 * fighting, not an article where it does anything and someone fights.
 *
 * @param from          earliest publication date of the article, inclusive
 * @param to            latest publication date, inclusive
 * @param sources       sites (any of)
 * @param actors        source or target actor, by CAMEO code or name, case-insensitive (all of)
 * @param countries     source or target actor's country code (any of)
 * @param eventCodes    CAMEO codes or their prefixes ({@code 04} matches 042 and 0421; any of)
 * @param eventRoots    CAMEO roots (any of)
 * @param modalities    asserted, reported, hypothetical, negated, denied, future (any of)
 * @param entity        an entity, by name (case-insensitive), that is the source or the target
 * @param article       one article's events
 * @param includeCopies whether events of near-duplicate copies count too (by default each story counts once)
 * @param area          events whose action place lies in this area (a bounding box or a circle)
 */
public record EventQuery(Optional<LocalDate> from, Optional<LocalDate> to, List<String> sources, List<String> actors, List<String> countries,
        List<String> eventCodes, List<String> eventRoots, List<String> modalities, Optional<String> entity, Optional<String> article,
        boolean includeCopies, Optional<Area> area) {

    /** Where events happened: a box (west, south, east, north; west above east crosses the antimeridian) or a circle. */
    public sealed interface Area {}

    /** A bounding box in degrees. */
    public record Box(double west, double south, double east, double north) implements Area {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
                throw new IllegalArgumentException("bad box: west " + west + ", south " + south + ", east " + east + ", north " + north);
            }
        }
    }

    /** A circle: centre and radius in km. */
    public record Circle(double lat, double lon, double km) implements Area {
        public Circle {
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && km > 0 && km <= 20040)) {
                throw new IllegalArgumentException("bad circle: " + lat + ", " + lon + ", " + km + " km");
            }
        }
    }

    /** A query without an area. */
    public EventQuery(Optional<LocalDate> from, Optional<LocalDate> to, List<String> sources, List<String> actors, List<String> countries,
            List<String> eventCodes, List<String> eventRoots, List<String> modalities, Optional<String> entity, Optional<String> article,
            boolean includeCopies) {
        this(from, to, sources, actors, countries, eventCodes, eventRoots, modalities, entity, article, includeCopies, Optional.empty());
    }

    public EventQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(area, "area");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
        eventCodes = List.copyOf(eventCodes);
        eventRoots = List.copyOf(eventRoots);
        modalities = List.copyOf(modalities);
    }

    /** Every event of every original article. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), false);
    }
}
