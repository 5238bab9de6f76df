package org.newsgraph.annotate.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Countries;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The geocoder on hand-built annotations (one sentence, tokens split on spaces and punctuation, entity tags as a
 * tagger would give them): ambiguous names resolved by the article's other places, demonyms as countries,
 * "Paris, Texas", a person named like a town, an article with no places.
 */
class GeocoderTest {
    private static final Geocoder GEOCODER = new Geocoder(Gazetteer.load(), Countries.load());

    /** Annotations of a text where [[words|TYPE]] marks a mention; capitalised words are NNP, others NN. */
    private static Located annotate(String marked) {
        Matcher m = Pattern.compile("\\[\\[([^|\\]]+)\\|([A-Z_]+)]]").matcher(marked);
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            spans.add(new int[] {text.length(), text.length() + m.group(1).length()});
            types.add(m.group(2));
            text.append(m.group(1));
            last = m.end();
        }
        text.append(marked.substring(last));
        String t = text.toString();
        List<Token> tokens = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}.]+|[^\\s\\p{L}]").matcher(t);
        while (w.find()) {
            String word = w.group();
            String ner = "O";
            for (int i = 0; i < spans.size(); i++) if (w.start() >= spans.get(i)[0] && w.end() <= spans.get(i)[1]) ner = types.get(i);
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : Character.isLetter(word.charAt(0)) ? "NN" : ",";
            tokens.add(new Token(tokens.size(), word, w.start(), w.end(), pos, word.toLowerCase(), ner, -1, "dep"));
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            mentions.add(new Mention(t.substring(s[0], s[1]), EntityType.valueOf(types.get(i)), s[0], s[1], 0, -1));
        }
        Annotations a = new Annotations(List.of(new Sentence(0, 0, t.length(), tokens)), mentions, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new Located(t, GEOCODER.locate(t, a));
    }

    private record Located(String text, List<Location> locations) {
        Location at(String words) {
            return locations.stream().filter(l -> l.text().equals(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("'" + words + "' not located in: " + locations));
        }
    }

    @Test
    void parisAloneIsFranceAndParisTexasIsInTexas() {
        Location france = annotate("Protesters marched in [[Paris|CITY]] on Sunday.").at("Paris");
        assertEquals(Optional.of("FRA"), france.country());
        assertEquals(48.85, france.lat(), 0.1);
        Location texas = annotate("The storm hit [[Paris|CITY]], [[Texas|STATE_OR_PROVINCE]] on Sunday.").at("Paris");
        assertEquals(Optional.of("USA"), texas.country());
        assertEquals(Optional.of("USTX"), texas.admin1());
        assertEquals(33.66, texas.lat(), 0.1);
        assertEquals(3, texas.gdeltType(), "a US city is GDELT type 3");
    }

    @Test
    void ambiguousNamesFollowTheArticlesOtherPlaces() {
        // London alone is the capital; with Ontario named it is the Canadian city.
        assertEquals(Optional.of("GBR"), annotate("Talks opened in [[London|CITY]] today.").at("London").country());
        Location ontario = annotate("Police in [[London|CITY]] said the roads of [[Ontario|STATE_OR_PROVINCE]] were closed.").at("London");
        assertEquals(Optional.of("CAN"), ontario.country());
        assertTrue(ontario.distanceKm(42.98, -81.23) < 20, ontario.fullName());
    }

    @Test
    void demonymsAreTheirCountriesNotTowns() {
        Located l = annotate("[[Syrian|NATIONALITY]] and [[American|NATIONALITY]] officials met.");
        assertEquals("PCLI", l.at("Syrian").featureCode());
        assertEquals(Optional.of("SYR"), l.at("Syrian").country());
        assertEquals(Optional.of("USA"), l.at("American").country(), "American is the United States, not an island territory");
        assertEquals(Optional.of("US"), l.at("American").fips());
    }

    @Test
    void aPersonNamedLikeATownIsNoPlace() {
        Located l = annotate("[[Paris Hilton|PERSON]] met [[Jackson|PERSON]] at a party.");
        assertTrue(l.locations().isEmpty(), "a person is no place: " + l.locations());
        // The same name after "in", where the tagger erred, is a place.
        assertEquals(Optional.of("USA"), annotate("Flooding in [[Jackson|PERSON]], [[Mississippi|STATE_OR_PROVINCE]] worsened.")
                .at("Jackson").country());
    }

    @Test
    void anArticleWithNoPlacesHasNoLocations() {
        assertTrue(annotate("The committee will vote on the budget next week, a spokesman said.").locations().isEmpty());
        assertTrue(GEOCODER.locate("", Annotations.empty()).isEmpty());
    }

    @Test
    void theGazetteerLoadsCountriesDivisionsAndTowns() {
        Gazetteer g = GEOCODER.gazetteer();
        assertTrue(g.size() > 200_000, "places: " + g.size());
        assertEquals("RS", g.country("RUS").orElseThrow().fips());
        assertEquals("UK", g.country("GBR").orElseThrow().fips());
        assertEquals("Idlib", g.admin1Name("SY12").orElseThrow());
        assertEquals(Gazetteer.key("Khan-Sheikhoun"), Gazetteer.key("khan sheikhoun"));
        assertEquals("saint louis", Gazetteer.key("St. Louis"));
    }
}
