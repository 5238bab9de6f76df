package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Inputs that must give a bounded, clear outcome: empty text, one enormous "word", ten thousand sentences,
 * other scripts, random characters. The time limits are generous hang guards, not performance assertions.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(4);

    @Test
    void emptyAndBlankTextGiveNothing() {
        assertEquals(Annotations.empty(), SharedAnnotator.get().annotate("", Optional.empty()));
        assertEquals(Annotations.empty(), SharedAnnotator.get().annotate(" \n\n \t", Optional.empty()));
    }

    @Test
    void oneMegabyteWordIsCutAndReported() {
        String word = "a".repeat(1_000_000);
        java.util.List<String> warnings = new java.util.ArrayList<>();
        NewsAnnotator annotator = new NewsAnnotator(SharedAnnotator.get().backend(), warnings::add);
        Annotations a = assertTimeoutPreemptively(HANG_GUARD, () -> annotator.annotate(word, Optional.empty()));
        checkOffsets(word, a);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("annotated the first"), warnings.get(0));
    }

    @Test
    void tenThousandSentencesStayBounded() {
        String text = "No. ".repeat(9_990) + "Officials met in Paris on Monday. ".repeat(10);
        Annotations a = assertTimeoutPreemptively(HANG_GUARD,
                () -> SharedAnnotator.get().annotate(text, Optional.of(LocalDate.of(2020, 1, 1))));
        assertEquals(10_000, a.sentences().size());
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Paris")));
        checkOffsets(text, a);
    }

    @Test
    void oneEndlessSentenceIsSplitForTheParser() {
        String text = "and the minister said that ".repeat(2000);
        var analysis = assertTimeoutPreemptively(HANG_GUARD, () -> SharedAnnotator.get().backend().analyze(text, Optional.empty()));
        for (Sentence s : analysis.sentences()) assertTrue(s.tokens().size() <= 120, "sentence of " + s.tokens().size());
    }

    @Test
    void otherScriptsAndLanguagesGiveValidOffsets() {
        String[] texts = {
            "Владимир Путин заявил в понедельник, что Россия не разорвёт связи с Асадом.",
            "قال وزير الخارجية البريطاني إن العقوبات قد تفرض على موسكو.",
            "习近平周一在北京会见了来访的外国领导人。",
            "Le président Emmanuel Macron a déclaré lundi : « Nous ne céderons pas ».",
            "😀 🚀 \u0000 \uFFFD \u200B zero​width",
        };
        for (String t : texts) {
            Annotations a = assertTimeoutPreemptively(HANG_GUARD, () -> SharedAnnotator.get().annotate(t, Optional.of(LocalDate.of(2020, 5, 4))));
            checkOffsets(t, a);
        }
    }

    @Test
    void randomTextKeepsEveryOffsetInBounds() {
        Random random = new Random(20261127L);
        String alphabet = "abc XYZ May Monday “” \"\" ' , . : ; ( ) 87 killed said he Johnson\n\n";
        for (int round = 0; round < 12; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 50 + random.nextInt(600);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(5) == 0) sb.append((char) (0x20 + random.nextInt(0x2FF)));
                else sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Annotations a = SharedAnnotator.get().annotate(text, Optional.of(LocalDate.of(2017, 4, 10)));
            checkOffsets(text, a);
        }
    }

    static void checkOffsets(String text, Annotations a) {
        for (Sentence s : a.sentences()) {
            assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end());
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= s.start() && t.end() <= s.end() && t.start() <= t.end(), "token " + t);
                assertTrue(t.head() >= -1 && t.head() < s.tokens().size());
            }
        }
        for (Mention m : a.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(m.entity() >= -1 && m.entity() < a.entities().size());
        }
        for (Quote q : a.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            assertTrue(q.speaker() >= -1 && q.speaker() < a.entities().size());
        }
        for (TimeExpression t : a.dates()) assertEquals(t.text(), text.substring(t.start(), t.end()));
        for (var c : a.counts()) assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() <= c.end());
        for (var m : a.amounts()) assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
}
