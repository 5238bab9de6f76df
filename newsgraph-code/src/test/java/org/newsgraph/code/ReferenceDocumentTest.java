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
 * What a careful analyst codes in the reference document, with modality, and what must not be coded as fact.
 * Runs the real pipeline (CoreNLP, shared once per JVM).
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

    private static Predicate<Event> coded(String codePrefix, String source, String target) {
        return e -> e.code().startsWith(codePrefix)
                && (source == null ? e.source().isEmpty() : e.source().map(a -> a.code().equals(source)).orElse(false))
                && (target == null || e.target().map(a -> a.code().equals(target)).orElse(false));
    }

    @Test
    void g7MinistersPressureRussia() {
        Event e = find("G7 ministers pressure Russia", coded("10", "IGOGOS", "RUS"));
        assertFalse(e.modality() == Modality.NEGATED || e.modality() == Modality.DENIED);
    }

    @Test
    void johnsonThreatensSanctionsHypothetically() {
        Event e = find("Johnson: sanctions on Moscow", coded("163", "GBRGOV", "RUS"));
        assertEquals(Modality.HYPOTHETICAL, e.modality());
        Annotations a = ReferenceDocument.annotations();
        assertEquals("Boris Johnson", a.entities().get(e.first().reporter()).name());
        Event threat = find("Johnson threatens Russia with sanctions", coded("1312", "GBRGOV", "RUS"));
        assertTrue(threat.modality().factual(), "the threat itself was made: " + threat);
    }

    @Test
    void tillersonsVisitToMoscowIsPlanned() {
        Event e = find("Tillerson travels to Moscow", coded("042", "USAGOV", "RUS"));
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
    void theUsBlamesTheAssadGovernment() {
        Event e = find("US blames the Assad government", coded("112", "USA", "SYRGOV"));
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void russiaRejectsTheAccusationsAndWillNotCutTies() {
        Event reject = find("Russia rejects the accusations", coded("016", "RUS", null));
        assertEquals(Modality.ASSERTED, reject.modality());
        Event cut = find("Russia will not cut ties", coded("161", "RUS", "SYRGOV"));
        assertTrue(events().stream().filter(coded("161", "RUS", "SYRGOV")).anyMatch(e -> e.modality() == Modality.NEGATED), describe());
        assertFalse(cut.modality().factual(), "cutting ties is not a fact here");
    }

    @Test
    void theSyrianGovernmentDeniesTheAttack() {
        Event e = find("Syrian government denies", coded("016", "SYRGOV", null));
        assertEquals(Modality.ASSERTED, e.modality());
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
            boolean syrianSource = e.source().map(a -> a.code().startsWith("SYR")).orElse(false);
            assertFalse(syrianSource && (e.code().startsWith("20") || e.code().startsWith("19")),
                    "asserted attack by Syria: " + describe());
        }
    }

    @Test
    void everyEventHasProvenance() {
        Annotations a = ReferenceDocument.annotations();
        String text = ReferenceDocument.article().text();
        assertFalse(events().isEmpty());
        for (Event e : events()) {
            var m = e.first();
            var s = a.sentences().get(m.sentence());
            assertTrue(s.start() <= m.actionStart() && m.actionEnd() <= s.end(), "action inside its sentence: " + e);
            assertEquals(m.action(), text.substring(m.actionStart(), m.actionEnd()));
            for (EventActor actor : List.of(e.source(), e.target()).stream().flatMap(Optional::stream).toList()) {
                assertTrue(actor.end() <= text.length() && actor.start() < actor.end(), "actor offsets: " + actor);
            }
        }
    }
}
