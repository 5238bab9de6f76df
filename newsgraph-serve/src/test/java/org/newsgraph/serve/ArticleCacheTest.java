package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The article route's cache keeps to its byte budget, dropping the least recently used. */
class ArticleCacheTest {
    @Test
    void leastRecentlyUsedGoFirstPastTheBudget() {
        ArticleCache c = new ArticleCache(400);
        c.put("a", new byte[100]);
        c.put("b", new byte[100]);
        c.put("c", new byte[100]);
        c.get("a"); // a is now the most recent
        c.put("d", new byte[100]);
        c.put("e", new byte[100]);
        assertNull(c.get("b"), "the least recently used went first");
        assertEquals(4, c.size());
        assertArrayEquals(new byte[100], c.get("a"));
        c.put("huge", new byte[101]); // over a quarter of the budget: not kept
        assertNull(c.get("huge"));
    }
}
