package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private final Countries countries = Countries.load();

    @Test
    void namesAliasesAndDemonyms() {
        assertEquals(Optional.of("USA"), countries.byName("the US"));
        assertEquals(Optional.of("USA"), countries.byName("United States"));
        assertEquals(Optional.of("GBR"), countries.byName("Britain"));
        assertEquals(Optional.of("SYR"), countries.byDemonym("Syrian"));
        assertEquals(Optional.of("RUS"), countries.byPlace("Moscow"));
        assertEquals(Optional.of("United Kingdom"), countries.name("GBR"));
    }

    @Test
    void shortUpperCaseNamesAreCaseSensitive() {
        assertEquals(Optional.of("USA"), countries.byName("US"));
        assertTrue(countries.byName("us").isEmpty(), "the pronoun 'us' is not a country");
    }
}
