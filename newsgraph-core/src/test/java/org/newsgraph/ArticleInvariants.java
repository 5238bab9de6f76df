package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Paragraph;

/** Checks that hold for every article the extractors return, whatever the input. */
public final class ArticleInvariants {
    private ArticleInvariants() {}

    /**
     * Asserts the structural promises of {@link Article}: paragraph offsets point into the text, source
     * offsets point into the input, the text is the paragraphs joined and carries no outer whitespace.
     *
     * @param input the decoded input the article was extracted from
     * @param label names the case in failure messages (a seed, a fixture)
     */
    public static void check(Article a, String input, String label) {
        assertNotNull(a, label);
        String text = a.text();
        assertEquals(text.strip(), text, label + ": text has leading or trailing whitespace");
        if (a.status() == ArticleStatus.NOT_ARTICLE) {
            assertTrue(a.paragraphs().isEmpty(), label + ": a non-article has no paragraphs");
            assertEquals("", text, label + ": a non-article has no text");
        }
        StringBuilder joined = new StringBuilder();
        int previousEnd = -1;
        for (Paragraph p : a.paragraphs()) {
            String where = label + ": paragraph " + p.start() + ".." + p.end();
            assertTrue(p.start() >= 0 && p.start() <= p.end() && p.end() <= text.length(), where + " outside text of length " + text.length());
            assertEquals(p.text(), text.substring(p.start(), p.end()), where);
            assertTrue(p.start() > previousEnd, where + " overlaps the previous one");
            previousEnd = p.end();
            assertFalse(p.text().isBlank(), where + " is blank");
            assertEquals(p.text().strip(), p.text(), where + " has outer whitespace");
            if (p.sourceStart() == -1 || p.sourceEnd() == -1) {
                assertEquals(-1, p.sourceStart(), where + ": source offsets are both -1 or neither");
                assertEquals(-1, p.sourceEnd(), where + ": source offsets are both -1 or neither");
            } else {
                assertTrue(p.sourceStart() >= 0 && p.sourceStart() <= p.sourceEnd() && p.sourceEnd() <= input.length(),
                        where + ": source " + p.sourceStart() + ".." + p.sourceEnd() + " outside input of length " + input.length());
            }
            if (!joined.isEmpty()) joined.append(Article.PARAGRAPH_SEPARATOR);
            joined.append(p.text());
        }
        assertEquals(joined.toString(), text, label + ": text is not the paragraphs joined");
    }
}
