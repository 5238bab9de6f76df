package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * {@code ingest --watch}: a feed on 127.0.0.1 is polled again and again; a page is fetched once, a new item
 * is picked up by the next poll, and stopping the watch (an interrupt, as Ctrl-C stops the JVM) loses nothing.
 */
class WatchTest {
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    volatile boolean secondItem;

    static String page(String title) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + ("The " + title
                + " story was written for this test, with enough words in it to be an article of its own, unlike any other. ").repeat(6)
                + "</p></article></body></html>";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        String base = "http://127.0.0.1:" + ex.getLocalAddress().getPort();
        String body = switch (path) {
            case "/feed" -> "<rss version=\"2.0\"><channel><item><link>" + base + "/one</link></item>"
                    + (secondItem ? "<item><link>" + base + "/two</link></item>" : "") + "</channel></rss>";
            case "/one" -> page("harbour");
            case "/two" -> page("glacier");
            default -> null;
        };
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(body == null ? 404 : 200, b.length == 0 ? -1 : b.length);
        if (b.length > 0) ex.getResponseBody().write(b);
        ex.close();
    }

    @Test
    void watchPollsTheFeedAndFetchesEachPageOnce(@TempDir Path dir) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        String store = dir.resolve("store").toString();
        int[] exit = {-1};
        Thread watch = new Thread(() -> exit[0] = Main.run("ingest", "--no-nlp", "--store", store, "--delay", "0", "--watch", "1s",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/feed"), "watch");
        try {
            watch.start();
            waitFor(() -> hits.getOrDefault("/feed", new AtomicInteger()).get() >= 2, "a second poll");
            secondItem = true;
            waitFor(() -> hits.getOrDefault("/two", new AtomicInteger()).get() >= 1, "the new item fetched");
            waitFor(() -> hits.getOrDefault("/feed", new AtomicInteger()).get() >= 4, "more polls");
        } finally {
            watch.interrupt();
            watch.join(TimeUnit.SECONDS.toMillis(20));
            server.stop(0);
        }
        assertTrue(!watch.isAlive(), "the watch stops when interrupted");
        assertEquals(1, hits.get("/one").get(), "a stored page is not fetched again");
        assertEquals(1, hits.get("/two").get());
        assertEquals(0, exit[0], "stopping a watch is not an error (no input failed)");
        try (Store s = Store.open(Path.of(store), Store.Mode.READ_ONLY)) {
            assertEquals(2, s.articleCount());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
