package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
    @Test
    void findsWordsInAnyCase() {
        assertEquals(4, SearchIndex.indexOfIgnoreCase("The TILLERSON visit", "tillerson"));
        assertEquals(4, SearchIndex.indexOfIgnoreCase("The tillerson visit, Tillerson", "tillerson"));
        assertEquals(-1, SearchIndex.indexOfIgnoreCase("Tiller son", "tillerson"));
        assertEquals(2, SearchIndex.indexOfIgnoreCase("„ Ärger", "ärger"));
    }

    @Test
    void snippetStartsNearTheFirstMatchOnAWordBoundary() {
        String text = "word ".repeat(100) + "Tillerson arrived.\n\nNext paragraph " + "x ".repeat(200);
        String s = SearchIndex.snippet(text, List.of("tillerson"));
        assertTrue(s.startsWith("…word "), s);
        assertTrue(s.contains("Tillerson arrived. Next paragraph"), s);
        assertTrue(s.endsWith("…"), s);
        assertEquals("Short text.", SearchIndex.snippet("Short text.", List.of("absent")));
    }
}
