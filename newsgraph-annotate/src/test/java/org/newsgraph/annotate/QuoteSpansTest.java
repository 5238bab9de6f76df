package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {
    private static List<String> quotes(String text) {
        return QuoteFinder.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyStraightAndGuillemets() {
        assertEquals(List.of("game changer", "fully supported"),
                quotes("Calling it a “game changer”, he said Britain \"fully supported\" the strikes."));
        assertEquals(List.of("Nous ne céderons pas"), quotes("Il a déclaré : « Nous ne céderons pas »."));
    }

    @Test
    void aQuoteGoesOnWhenTheNextParagraphOpensOne() {
        String text = "“We will not stop.\n\n“We will win,” she said.";
        assertEquals(List.of("We will not stop.\n\n“We will win,"), quotes(text));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said “this goes nowhere\n\nNext paragraph.";
        assertEquals(List.of("this goes nowhere"), quotes(text));
    }

    @Test
    void nestedSingleQuotesStayInside() {
        String text = "“Say to them ‘this is your choice’,” Johnson said.";
        assertEquals(List.of("Say to them ‘this is your choice’,"), quotes(text));
    }
}
