package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Entity;

/** Countries of places: from the shipped table, or from "Town, Country" in the text. Text written for this test. */
class PlacesTest {
    @Test
    void aTownFollowedByItsCountryTakesIt() {
        Annotations a = SharedAnnotator.get().annotate(
                "Ministers met in Lucca, Italy, on Monday. Later they travelled to Aleppo, where fighting continued.",
                Optional.empty());
        assertEquals(Optional.of("ITA"), country(a, "Lucca"));
        assertEquals(Optional.of("SYR"), country(a, "Aleppo"), "from the country table");
    }

    private static Optional<String> country(Annotations a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().flatMap(Entity::country);
    }
}
