package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountType;
import org.newsgraph.model.QuoteKind;

/** Counts, amounts and post-posed attributions on a short news text written for this test. */
class CountsAndSpeechTest {
    private static final String TEXT = """
            Police arrested 1,345 protesters in Cairo on Friday, officials said. Two million people have been \
            displaced by the fighting in Sudan since April, according to the United Nations.

            Gunmen kidnapped 12 aid workers near Kabul on Thursday. At least 30 people were wounded and 87 were \
            killed when a bomb exploded at a market in Baghdad, police said.

            About 5,000 people protested in Paris against the pension reform, the interior ministry said. \
            The floods affected half a million people.""";
    private static Annotations a;

    @BeforeAll
    static void annotate() {
        a = SharedAnnotator.get().annotate(TEXT, Optional.of(LocalDate.of(2023, 6, 10)));
    }

    private static Count count(CountType type) {
        return a.counts().stream().filter(c -> c.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + a.counts()));
    }

    @Test
    void theVerbDecidesTheCountType() {
        Count arrest = count(CountType.ARREST);
        assertEquals(1345, arrest.number());
        assertEquals("protesters", arrest.object());
        assertEquals(Optional.of("Cairo"), arrest.place());
        assertEquals(5000, count(CountType.PROTEST).number());
    }

    @Test
    void numbersInWordsAndApproximateNumbers() {
        assertEquals(2_000_000, count(CountType.DISPLACE).number());
        assertEquals(30, count(CountType.WOUND).number(), "at least 30");
        assertEquals(87, count(CountType.KILL).number());
        assertEquals(Optional.of("Baghdad"), count(CountType.KILL).place());
        assertEquals(500_000, count(CountType.AFFECT).number(), "half a million");
        assertEquals(Optional.of("Kabul"), count(CountType.KIDNAP).place());
    }

    @Test
    void attributionAfterTheClauseIsReportedSpeech() {
        assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT
                && q.text().startsWith("Police arrested 1,345 protesters") && q.speakerText().equals(Optional.of("officials"))),
                () -> "quotes " + a.quotes());
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith("About 5,000 people protested")
                && q.speakerText().equals(Optional.of("the interior ministry"))));
    }

    @Test
    void accordingToNamesTheSource() {
        assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT
                && q.text().startsWith("Two million people have been displaced")
                && q.speakerText().orElse("").contains("United Nations") && q.speaker() >= 0),
                () -> "quotes " + a.quotes());
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        Annotations q = SharedAnnotator.get().annotate("""
                The minister spoke after the vote.

                “We will not give up,” Health Minister Ana Lopez told reporters in Madrid.

                “The hospitals need every nurse we can train, and we will find the money.”

                The opposition rejected the plan.""", Optional.of(LocalDate.of(2023, 6, 10)));
        var second = q.quotes().stream().filter(x -> x.text().startsWith("The hospitals")).findFirst().orElseThrow();
        assertEquals(QuoteKind.DIRECT, second.kind());
        assertTrue(second.speaker() >= 0 && q.entities().get(second.speaker()).name().equals("Ana Lopez"),
                () -> "speaker " + second.speakerText() + " in " + q.entities());
    }

    @Test
    void weekdaysInPastTenseAreTheWeekJustGone() {
        // 2023-06-10 is a Saturday.
        assertTrue(a.dates().stream().anyMatch(t -> t.text().equals("Friday") && t.value().equals("2023-06-09")));
        assertTrue(a.dates().stream().anyMatch(t -> t.text().equals("Thursday") && t.value().equals("2023-06-08")));
    }
}
