package org.newsgraph.code.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Countries;
import org.newsgraph.annotate.geo.Gazetteer;
import org.newsgraph.annotate.geo.Geocoder;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Location;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Action places and actor places on hand-built parses (tokens with heads and relations as the parser gives them). */
class EventPlacesTest {
    private static final Geocoder GEOCODER = new Geocoder(Gazetteer.load(), Countries.load());
    private static final EventPlaces PLACES = new EventPlaces(GEOCODER);

    /** Tokens of "w0 w1 ..." with heads and relations given as "word/head/relation". */
    private static Sentence sentence(int index, int offset, String... words) {
        List<Token> ts = new ArrayList<>();
        int at = offset;
        for (int i = 0; i < words.length; i++) {
            String[] w = words[i].split("/");
            String pos = Character.isUpperCase(w[0].charAt(0)) ? (w[0].endsWith("n") && w[2].equals("amod") ? "JJ" : "NNP") : "NN";
            ts.add(new Token(i, w[0], at, at + w[0].length(), pos, w[0].toLowerCase(), "O", Integer.parseInt(w[1]), w[2]));
            at += w[0].length() + 1;
        }
        return new Sentence(index, offset, at - 1, ts);
    }

    private static String text(Sentence... ss) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : ss) {
            while (b.length() < s.start()) b.append(' ');
            for (Token t : s.tokens()) {
                while (b.length() < t.start()) b.append(' ');
                b.append(t.text());
            }
        }
        return b.toString();
    }

    private static Location place(String text, String name, int start, int sentence, double lat, double lon, String code) {
        return new Location(name, start, start + name.length(), sentence, -1, name, name, 1, code.startsWith("PCL") ? "A" : "P", code,
                Optional.of("SYR"), Optional.of("SY"), Optional.of("SY12"), lat, lon, 1);
    }

    private static Event event(String code, int sentence, int actionStart, String action, Optional<EventActor> source) {
        return new Event(0, code, "label", 0, 4, Optional.empty(), source, Optional.empty(), Modality.ASSERTED,
                List.of(new EventMention(sentence, actionStart, actionStart + action.length(), action, Modality.ASSERTED, -1, Optional.empty(), -1)));
    }

    @Test
    void aPlaceTheSentenceAttachesWithInIsTheActionPlace() {
        // "Syrian troops attacked rebels in Idlib" — Syrian is the actors' demonym, Idlib the place of the attack.
        Sentence s = sentence(0, 0, "Syrian/1/amod", "troops/2/nsubj", "attacked/-1/root", "rebels/2/obj", "in/5/case", "Idlib/2/obl");
        String t = text(s);
        Location syrian = place(t, "Syrian", 0, 0, 35, 38, "PCLI");
        Location idlib = place(t, "Idlib", t.indexOf("Idlib"), 0, 35.93, 36.63, "PPLA");
        EventActor troops = new EventActor("SYRMIL", Optional.of("SYR"), Optional.of("MIL"), "Syrian troops", -1, 0, 13);
        Annotations a = new Annotations(List.of(s), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(syrian, idlib));
        Event placed = PLACES.place(t, a, List.of(event("190", 0, t.indexOf("attacked"), "attacked", Optional.of(troops)))).get(0);
        assertEquals(Optional.of("Idlib"), placed.place().map(Location::name));
        assertEquals(Optional.of("Syrian"), placed.source().flatMap(EventActor::place).map(Location::name), "the troops are Syrian");
    }

    @Test
    void withoutAPlaceInItsSentenceAnEventTakesTheArticlesMainPlace() {
        Sentence s0 = sentence(0, 0, "Shelling/1/nsubj", "hit/-1/root", "Aleppo/1/obj");
        Sentence s1 = sentence(1, 20, "Officials/1/nsubj", "condemned/-1/root", "it/1/obj");
        String t = text(s0, s1);
        Location aleppo = place(t, "Aleppo", t.indexOf("Aleppo"), 0, 36.2, 37.16, "PPLA");
        Annotations a = new Annotations(List.of(s0, s1), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(aleppo));
        Event placed = PLACES.place(t, a, List.of(event("111", 1, t.indexOf("condemned"), "condemned", Optional.empty()))).get(0);
        assertEquals(Optional.of("Aleppo"), placed.place().map(Location::name));
    }

    @Test
    void noPlacesNoActionPlaceAndAnActorsCountryIsItsPlace() {
        Sentence s = sentence(0, 0, "Officials/1/nsubj", "met/-1/root");
        String t = text(s);
        EventActor us = new EventActor("USAGOV", Optional.of("USA"), Optional.of("GOV"), "Officials", -1, 0, 9);
        Annotations a = new Annotations(List.of(s), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Event placed = PLACES.place(t, a, List.of(event("040", 0, t.indexOf("met"), "met", Optional.of(us)))).get(0);
        assertTrue(placed.place().isEmpty());
        Location usa = placed.source().flatMap(EventActor::place).orElseThrow();
        assertEquals(Optional.of("US"), usa.fips());
        assertEquals(1, usa.gdeltType());
    }
}
