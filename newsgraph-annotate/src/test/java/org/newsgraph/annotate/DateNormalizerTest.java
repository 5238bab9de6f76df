package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.SentenceTree.Tense;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;

/** News conventions on top of the backend's values; 2017-04-10 is a Monday. */
class DateNormalizerTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 4, 10);

    private static String adjust(String text, String value, Tense tense) {
        return DateNormalizer.adjust(new TimeExpression(text, TimexType.DATE, value, 0, text.length(), 0), value, tense, MONDAY);
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        // The backend resolves weekdays inside the publication week; tense decides.
        assertEquals("2017-04-07", adjust("Friday", "2017-04-14", Tense.PAST));
        assertEquals("2017-04-14", adjust("Friday", "2017-04-14", Tense.FUTURE));
        assertEquals("2017-04-11", adjust("Tuesday", "2017-04-11", Tense.FUTURE));
        assertEquals("2017-04-04", adjust("Tuesday", "2017-04-11", Tense.PAST));
        // Without a tense: the nearest one, the past one on a tie.
        assertEquals("2017-04-11", adjust("Tuesday", "2017-04-04", Tense.UNKNOWN));
        assertEquals("2017-04-07", adjust("Friday", "2017-04-14", Tense.UNKNOWN));
        // The publication day itself.
        assertEquals("2017-04-10", adjust("Monday", "2017-04-10", Tense.PAST));
        // "next Friday" is explicit: left alone.
        assertEquals("2017-04-21", adjust("next Friday", "2017-04-21", Tense.FUTURE));
    }

    @Test
    void theWeekendIsTheOneJustGoneInPastTense() {
        assertEquals("2017-W14-WE", adjust("the weekend", "2017-W15-WE", Tense.PAST));
        assertEquals("2017-W15-WE", adjust("the weekend", "2017-W15-WE", Tense.FUTURE));
    }

    @Test
    void datesAfterPublicationInPastTenseAreLastYears() {
        assertEquals("2016-05", adjust("May", "2017-05", Tense.PAST));
        assertEquals("2016-06-03", adjust("June 3", "2017-06-03", Tense.PAST));
        assertEquals("2017-06-03", adjust("June 3", "2017-06-03", Tense.FUTURE));
        assertEquals("2017-06-03", adjust("June 3, 2017", "2017-06-03", Tense.PAST));
    }
}
