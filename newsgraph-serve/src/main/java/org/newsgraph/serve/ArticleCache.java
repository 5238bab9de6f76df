package org.newsgraph.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The article route's answers, as the bytes sent, least recently used dropped past a byte budget. An article
 * with its annotation tables costs about a dozen queries (most of a millisecond each on a large store, far
 * more under load), and the store cannot change while it is served (serve opens it read-only, and DuckDB lets
 * no writer in meanwhile), so an answer computed once stays right for the server's life. Thread-safe.
 */
final class ArticleCache {
    private final long budget;
    private long bytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

    /** @param budget the most bytes held */
    ArticleCache(long budget) {
        this.budget = budget;
    }

    synchronized byte[] get(String id) {
        return entries.get(id);
    }

    synchronized void put(String id, byte[] body) {
        if (body.length > budget / 4) return; // one huge article must not push out all the others
        byte[] old = entries.put(id, body);
        bytes += body.length - (old == null ? 0 : old.length);
        var it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
