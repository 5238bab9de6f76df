package org.newsgraph.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.code.gdelt.GdeltDocument;
import org.newsgraph.code.gdelt.GdeltEventsWriter;
import org.newsgraph.code.gdelt.GkgWriter;
import org.newsgraph.model.Event;
import org.newsgraph.model.Location;

/**
 * The reference document's places, resolved with the real pipeline: each named place at the right
 * coordinates, the chemical attack at Khan Sheikhoun, the G7 meeting at Lucca, and the GDELT rows carrying
 * those places in the codebook's geography columns.
 */
class ReferenceGeoTest {

    private static List<Location> locations() {
        return ReferenceDocument.annotations().locations();
    }

    private static String describe() {
        return locations().stream().map(l -> l.text() + "@" + l.start() + " = " + l.fullName() + " " + l.featureCode() + " ("
                + l.lat() + "," + l.lon() + ")").collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static Location located(String text) {
        Optional<Location> l = locations().stream().filter(x -> x.text().equals(text)).findFirst();
        assertTrue(l.isPresent(), "'" + text + "' not located; locations:" + describe());
        return l.get();
    }

    private static void near(Location l, double lat, double lon, double km) {
        double d = l.distanceKm(lat, lon);
        assertTrue(d < km, l.text() + " resolved to " + l.fullName() + " (" + l.lat() + "," + l.lon() + "), " + Math.round(d)
                + " km from the place");
    }

    @Test
    void everyPlaceIsResolvedRight() {
        Location lucca = located("Lucca");
        near(lucca, 43.84, 10.50, 10);
        assertEquals(Optional.of("ITA"), lucca.country());
        assertEquals(Optional.of("IT16"), lucca.admin1(), "Lucca is in Tuscany (FIPS IT16)");
        near(located("Moscow"), 55.75, 37.62, 10);
        assertEquals(Optional.of("RUS"), located("Moscow").country());
        Location khan = located("Khan Sheikhoun");
        near(khan, 35.44, 36.65, 10);
        assertEquals(Optional.of("SY12"), khan.admin1(), "Khan Sheikhoun is in Idlib (FIPS SY12)");
        assertEquals(Optional.of("SYR"), khan.country());
        assertEquals(Optional.of("FRA"), located("France").country());
        assertTrue(located("France").isCountry());
        Location tuscan = located("the Tuscan city");
        assertEquals(lucca.geonamesId(), tuscan.geonamesId(), "the Tuscan city is Lucca");
        assertEquals(Optional.of("ITA"), located("Italy").country());
        assertTrue(located("Italy").isCountry());
        assertEquals(Optional.of("SY"), located("Syria").fips());
        assertEquals(Optional.of("RS"), located("Moscow").fips(), "FIPS 10-4 code of Russia");
    }

    private static Event event(String what, java.util.function.Predicate<Event> p) {
        List<Event> events = ReferenceDocument.annotations().events();
        return events.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(what + " not coded: " + events.stream()
                .map(e -> e.code() + " [" + e.first().action() + "] at " + e.place().map(Location::name).orElse("-"))
                .collect(Collectors.joining("; "))));
    }

    @Test
    void theChemicalAttackHappenedInKhanSheikhounAndTheMeetingInLucca() {
        Event attack = event("the killing of 87 people in the chemical attack", e -> e.first().action().startsWith("killed"));
        assertEquals("Khan Sheikhoun", attack.place().map(Location::text).orElse("-"), "place of " + attack.first().action());
        Event meeting = event("the G7 sitting down with the invited ministers", e -> e.code().startsWith("04")
                && e.first().action().contains("sit"));
        assertEquals(Optional.of(3174530L), meeting.place().map(Location::geonamesId), "the G7 meeting is at Lucca: "
                + meeting.place().map(Location::fullName).orElse("-"));
    }

    @Test
    void tillersonsVisitIsToMoscow() {
        Event visit = event("Tillerson's travel to Moscow", e -> e.code().equals("042") && e.first().action().equals("travel"));
        assertEquals(Optional.of(524901L), visit.place().map(Location::geonamesId), "travel to Moscow: "
                + visit.place().map(Location::fullName).orElse("-"));
    }

    @Test
    void gdeltRowsCarryThePlaces() throws IOException {
        GdeltDocument doc = new GdeltDocument(ReferenceDocument.article(), ReferenceDocument.annotations(),
                LocalDateTime.of(2017, 4, 10, 12, 0));
        StringWriter w = new StringWriter();
        GdeltEventsWriter.write(w, doc, Gdelt.Scope.ALL);
        boolean attackRow = false, meetingRow = false;
        for (String line : w.toString().split("\n")) {
            String[] f = line.split("\t", -1);
            int action = GdeltEventsWriter.COLUMNS.indexOf("ActionGeo_Type");
            assertEquals(51, action);
            if (f[action].equals("0")) continue;
            // Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID
            assertTrue(f[action].matches("[1-5]"), "ActionGeo_Type " + f[action]);
            assertTrue(f[action + 2].matches("[A-Z]{2}"), "ActionGeo_CountryCode is FIPS: " + f[action + 2]);
            assertTrue(f[action + 3].startsWith(f[action + 2]), "ADM1Code starts with the country code: " + f[action + 3]);
            Double.parseDouble(f[action + 5]);
            Double.parseDouble(f[action + 6]);
            if (f[action + 1].startsWith("Khan Shaykhun") || f[action + 1].startsWith("Khān Shaykhūn")) {
                attackRow = true;
                assertEquals("4", f[action]);
                assertEquals("SY", f[action + 2]);
                assertEquals("SY12", f[action + 3]);
                assertEquals("168325", f[action + 7]);
            }
            if (f[action + 1].startsWith("Lucca")) {
                meetingRow = true;
                assertEquals("IT", f[action + 2]);
                assertEquals("IT16", f[action + 3]);
                assertEquals(43.84, Double.parseDouble(f[action + 5]), 0.05);
            }
            int actor1 = GdeltEventsWriter.COLUMNS.indexOf("Actor1Geo_Type");
            assertTrue(f[actor1].matches("[0-5]"));
        }
        assertTrue(attackRow, "a row placed at Khan Sheikhoun:\n" + w);
        assertTrue(meetingRow, "a row placed at Lucca:\n" + w);
        StringWriter g = new StringWriter();
        GkgWriter.write(g, doc, 1);
        String[] gkg = g.toString().split("\t", -1);
        assertTrue(gkg[9].contains("4#Lucca, Toscana, Italy#IT#IT16#43.8"), "V1Locations: " + gkg[9]);
        assertTrue(gkg[10].matches(".*1#France#FR#FR#[^;]*#FR#\\d+.*"), "V2Locations: " + gkg[10]);
    }
}
