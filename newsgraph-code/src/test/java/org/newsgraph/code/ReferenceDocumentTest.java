package org.newsgraph.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Modality;

/**
 * What a careful analyst codes in the reference document as fact, with its code and actors, and what must not
 * come out as fact. Runs the real pipeline (CoreNLP, shared once per JVM).
 */
class ReferenceDocumentTest {

    private static List<Event> events() {
        return ReferenceDocument.annotations().events();
    }

    private static String describe() {
        return events().stream().map(e -> e.code() + " " + e.source().map(EventActor::code).orElse("-") + "->"
                + e.target().map(EventActor::code).orElse("-") + " " + e.modality() + " [" + e.first().action() + "]")
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static Event find(String what, Predicate<Event> p) {
        Optional<Event> e = events().stream().filter(p).findFirst();
        assertTrue(e.isPresent(), what + " not coded; events:" + describe());
        return e.get();
    }

    /** An event whose code starts so, from a source whose code starts so, to a target whose code starts so (null: none). */
    private static Predicate<Event> coded(String codePrefix, String source, String target) {
        return e -> e.code().startsWith(codePrefix)
                && (source == null ? e.source().isEmpty() : e.source().map(a -> a.code().startsWith(source)).orElse(false))
                && (target == null ? e.target().isEmpty() : e.target().map(a -> a.code().startsWith(target)).orElse(false));
    }

    private static Predicate<Event> named(String source, String target) {
        return e -> e.source().map(a -> a.name().contains(source)).orElse(false) && e.target().map(a -> a.name().contains(target)).orElse(false);
    }

    private static void fact(Event e) {
        assertTrue(e.modality().factual(), "coded as fact: " + e);
    }

    @Test
    void theMeetingsAndTheGathering() {
        fact(find("the G7 ministers meeting in Italy", coded("04", "IGOGOS", null)));
        fact(find("Johnson meets Tillerson", coded("04", "GBRGOV", "USAGOV").and(named("Johnson", "Tillerson"))));
        for (String country : List.of("ITA", "DEU", "FRA", "GBR", "JPN", "CAN")) {
            fact(find("Tillerson gathers with his " + country + " counterpart", coded("04", "USAGOV", country + "GOV")));
        }
    }

    @Test
    void thePhoneCallBetweenMayAndTrump() {
        fact(find("May calls Trump", coded("04", "GBRGOV", "USAGOV").and(named("May", "Trump"))));
        fact(find("Trump calls May", coded("04", "USAGOV", "GBRGOV").and(named("Trump", "May"))));
        fact(find("May and Trump agree", coded("03", "GBRGOV", "USAGOV").and(named("May", "Trump"))));
    }

    @Test
    void g7MinistersPressureRussia() {
        Event e = find("G7 ministers pressure Russia", coded("10", "IGOGOS", "RUS"));
        assertFalse(e.modality() == Modality.NEGATED || e.modality() == Modality.DENIED);
    }

    @Test
    void johnsonThreatensSanctionsWhichStayHypothetical() {
        Event e = find("Johnson: sanctions on Moscow", coded("163", "GBRGOV", "RUSGOV"));
        assertEquals(Modality.HYPOTHETICAL, e.modality());
        Annotations a = ReferenceDocument.annotations();
        assertEquals("Boris Johnson", a.entities().get(e.first().reporter()).name());
        fact(find("Johnson threatens Russia with sanctions", coded("1312", "GBRGOV", "RUSGOV")));
        fact(find("Canada threatens Russia with sanctions", coded("1312", "CAN", "RUSGOV")));
    }

    @Test
    void tillersonsVisitToMoscowIsPlanned() {
        Event e = find("Tillerson travels to Moscow", coded("042", "USAGOV", "RUSGOV"));
        assertEquals(Modality.FUTURE, e.modality());
        assertEquals("Rex Tillerson", e.source().orElseThrow().name());
    }

    @Test
    void theObservatoryReportsKillings() {
        Event e = find("killings reported by SOHR", ev -> ev.code().equals("190") && ev.first().action().equals("killed"));
        assertEquals(Modality.REPORTED, e.modality());
        assertTrue(e.first().reporterText().orElse("").contains("Syrian Observatory for Human Rights"), e.toString());
        assertTrue(e.source().isEmpty(), "the text names no perpetrator: " + e);
        assertEquals("CVL", e.target().orElseThrow().role().orElse(""));
    }

    @Test
    void theUsIntervenesAgainstAndBlamesTheAssadGovernment() {
        fact(find("the US intervenes against the Assad government", coded("19", "USA", "SYRGOV")));
        fact(find("the US blames the Assad government", coded("112", "USA", "SYRGOV")));
    }

    @Test
    void theDenialsAndTheTiesRussiaWillNotCut() {
        fact(find("Russia rejects the accusations", coded("016", "RUS", null)));
        fact(find("the Syrian government denies", coded("016", "SYRGOV", null)));
        Event chemical = find("the chemical attack Russia denies", coded("204", "SYRGOV", null).or(coded("204", "SYRGOV", "SYR")));
        assertEquals(Modality.DENIED, chemical.modality());
        Event ties = find("Russia's ties with Assad", coded("161", "RUS", "SYRGOV"));
        assertTrue(ties.mentions().stream().anyMatch(m -> m.modality() == Modality.NEGATED), "\"will not cut its ties\": " + ties);
        assertFalse(ties.modality().factual(), "cutting ties is not a fact here");
    }

    @Test
    void britainSupportsTheUsStrikes() {
        Event e = find("Britain supports the US strikes", coded("051", "GBR", "USA"));
        assertEquals(Modality.REPORTED, e.modality());
    }

    @Test
    void italyInvitesTheForeignMinisters() {
        for (String country : List.of("TUR", "SAU", "ARE", "JOR", "QAT")) {
            Event e = find("Italy invites the foreign minister of " + country, coded("036", "ITA", country + "GOV"));
            assertEquals(Modality.ASSERTED, e.modality());
        }
    }

    @Test
    void nothingHypotheticalIsCodedAsFact() {
        for (Event e : events()) {
            if (!e.modality().factual()) continue;
            assertFalse(e.code().startsWith("161"), "asserted cut ties: " + describe());
            assertFalse(e.code().startsWith("163"), "asserted sanctions: " + describe());
            assertFalse(e.code().startsWith("0831"), "asserted stepping down: " + describe());
            boolean syrianSource = e.source().map(a -> a.code().startsWith("SYR")).orElse(false);
            assertFalse(syrianSource && (e.code().startsWith("20") || e.code().startsWith("19")),
                    "asserted attack by Syria: " + describe());
        }
    }

    @Test
    void callingTheStrikeAGameChangerIsNoStrike() {
        assertTrue(events().stream().noneMatch(e -> e.code().startsWith("14")), "no strike, protest or boycott: " + describe());
        assertTrue(events().stream().noneMatch(e -> e.code().equals("010")), "no bare statements: " + describe());
    }

    @Test
    void theTeaserAndJunkLinesGiveNothing() {
        String text = ReferenceDocument.article().text();
        for (String junk : List.of("US sends mixed signals", "OPINION: Syrians", "Inside Story", "Leave a Reply", "Pin It on Pinterest")) {
            assertFalse(text.contains(junk), "not in the body: " + junk);
        }
        for (Event e : events()) {
            for (var m : e.mentions()) {
                String sentence = text.substring(ReferenceDocument.annotations().sentences().get(m.sentence()).start(),
                        ReferenceDocument.annotations().sentences().get(m.sentence()).end());
                assertFalse(sentence.contains("Inside Story") || sentence.contains("mixed signals"), "event from a teaser: " + e);
            }
        }
    }

    @Test
    void everyEventHasProvenance() {
        Annotations a = ReferenceDocument.annotations();
        String text = ReferenceDocument.article().text();
        assertFalse(events().isEmpty());
        for (Event e : events()) {
            for (var m : e.mentions()) {
                var s = a.sentences().get(m.sentence());
                assertTrue(s.start() <= m.actionStart() && m.actionEnd() <= s.end(), "action inside its sentence: " + e);
                assertEquals(m.action(), text.substring(m.actionStart(), m.actionEnd()));
            }
            for (EventActor actor : List.of(e.source(), e.target()).stream().flatMap(Optional::stream).toList()) {
                assertTrue(actor.end() <= text.length() && actor.start() < actor.end(), "actor offsets: " + actor);
            }
        }
    }
}
