package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values of the ScrapingHub article-extraction-benchmark metric. Each was worked out by hand and
 * cross-checked against the benchmark's reference scorer (extract_eval.py {@code shingle_overlap},
 * {@code _doc_precision}, {@code _doc_recall}, {@code body_aggregate}) when the test was written.
 */
class ShinglesTest {
    private static final double EPS = 1e-12;

    private static void assertOverlap(double tp, double fp, double fn, double precision, double recall, Shingles.Overlap o) {
        assertEquals(tp, o.tp(), EPS, "tp");
        assertEquals(fp, o.fp(), EPS, "fp");
        assertEquals(fn, o.fn(), EPS, "fn");
        assertEquals(precision, o.precision(), EPS, "precision");
        assertEquals(recall, o.recall(), EPS, "recall");
    }

    @Test
    void identicalTextsScorePerfectly() {
        String t = "The quick brown fox jumps over the lazy dog";
        assertOverlap(1, 0, 0, 1, 1, Shingles.overlap(t, t));
        assertTrue(Shingles.exact(t, t));
        assertEquals(1.0, Shingles.f1(Shingles.overlap(t, t)), EPS);
    }

    @Test
    void emptyPredictionHasNoPrecisionAndNoRecall() {
        Shingles.Overlap o = Shingles.overlap("a b c d e", "");
        assertOverlap(0, 0, 1, 0, 0, o);
        assertFalse(Shingles.exact("a b c d e", ""));
        assertEquals(0.0, Shingles.f1(o), EPS);
    }

    @Test
    void bothEmptyIsAPerfectMatch() {
        assertOverlap(0, 0, 0, 1, 1, Shingles.overlap("", ""));
        assertOverlap(0, 0, 0, 1, 1, Shingles.overlap(null, "  ,;  "));
        assertTrue(Shingles.exact("", "..."));
    }

    @Test
    void predictionWithoutTruthIsAllFalsePositive() {
        assertOverlap(0, 1, 0, 0, 0, Shingles.overlap("", "some words here"));
    }

    @Test
    void fewerThanFourTokensMakeOneShortShingle() {
        assertOverlap(1, 0, 0, 1, 1, Shingles.overlap("Hello world", "Hello world"));
        assertOverlap(0, 0.5, 0.5, 0, 0, Shingles.overlap("Hello world", "Hello there"));
        assertEquals(1, Shingles.shingles(Shingles.tokens("a b c")).size());
        assertEquals(List.of("a", "b", "c"), Shingles.shingles(Shingles.tokens("a b c")).keySet().iterator().next());
    }

    @Test
    void punctuationOnlySeparatesTokens() {
        assertEquals(List.of("one", "two", "three", "four"), Shingles.tokens("one,two;three—four"));
        assertOverlap(1, 0, 0, 1, 1, Shingles.overlap("one,two;three—four", "one two three four"));
        assertTrue(Shingles.exact("one,two;three—four", "one two three four"));
        // hyphens and apostrophes split words, as Python's \w+ does
        assertEquals(List.of("well", "known", "don", "t", "stop", "now"), Shingles.tokens("well-known don't stop now"));
    }

    @Test
    void partialOverlapCountsShingles() {
        // truth: abcd bcde cdef; prediction: abcd bcde cdex -> tp 2, fp 1, fn 1 of 4
        Shingles.Overlap o = Shingles.overlap("a b c d e f", "a b c d e x");
        assertOverlap(0.5, 0.25, 0.25, 2.0 / 3, 2.0 / 3, o);
        assertEquals(2.0 / 3, Shingles.f1(o), EPS);
    }

    @Test
    void shinglesAreAMultiset() {
        // truth: abcd x2, bcda, cdab, dabc (5); prediction: abcd once -> tp 1, fn 4
        assertOverlap(0.2, 0, 0.8, 1, 0.2, Shingles.overlap("a b c d a b c d", "a b c d"));
    }

    @Test
    void caseIsKept() {
        assertOverlap(0, 0.5, 0.5, 0, 0, Shingles.overlap("The cat sat down", "the cat sat down"));
        assertFalse(Shingles.exact("The cat sat down", "the cat sat down"));
    }

    @Test
    void unicodeLettersAndDigitsAreWordCharacters() {
        String t = "Zürich café 2017 北京 ٣ x² ½ a_b";
        assertEquals(List.of("Zürich", "café", "2017", "北京", "٣", "x²", "½", "a_b"), Shingles.tokens(t));
        assertOverlap(1, 0, 0, 1, 1, Shingles.overlap(t, t));
        // one letter differs: 2 shingles each side, 1 shared
        double third = 1.0 / 3;
        assertOverlap(third, third, third, 0.5, 0.5, Shingles.overlap("Zürich café 2017 北京 ٣", "Zurich café 2017 北京 ٣"));
    }

    @Test
    void aggregateIsMacroAveragedOverTheRightPages() {
        Shingles.Overlap perfect = Shingles.overlap("The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over the lazy dog");
        Shingles.Overlap empty = Shingles.overlap("a b c d e", "");
        Shingles.Overlap partial = Shingles.overlap("a b c d e f", "a b c d e x");
        Shingles.Score s = Shingles.aggregate(List.of(perfect, empty, partial), List.of(true, false, false));
        // precision over pages that predicted something (2), recall over pages with a truth (3)
        assertEquals(0.8333333333333333, s.precision(), EPS);
        assertEquals(0.5555555555555556, s.recall(), EPS);
        assertEquals(0.6666666666666667, s.f1(), EPS);
        assertEquals(1.0 / 3, s.accuracy(), EPS);
        assertEquals(3, s.pages());
    }

    @Test
    void aggregateOfNothingIsZero() {
        Shingles.Score s = Shingles.aggregate(List.of(), List.of());
        assertEquals(0, s.precision());
        assertEquals(0, s.recall());
        assertEquals(0, s.f1());
        assertEquals(0, s.accuracy());
    }
}
