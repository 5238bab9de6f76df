package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;

/** Polite fetching and feeds, against a server on 127.0.0.1 (tests never touch the internet). */
class FetchTest {
    HttpServer server;
    java.util.concurrent.ExecutorService pool;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    static String page(String title, long seed) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + Corpus.text(new Random(seed), 80).replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        server.setExecutor(pool); // /slow must not hold up the rest
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\nAllow: /private/open\n");
            case "/a", "/b", "/private/open" -> send(ex, 200, "text/html; charset=utf-8", page("Story " + path, path.hashCode()));
            case "/private/x" -> send(ex, 200, "text/html", page("secret", 1));
            case "/forbidden" -> send(ex, 403, "text/plain", "no bots");
            case "/busy" -> {
                ex.getResponseHeaders().add("Retry-After", "120");
                send(ex, 429, "text/plain", "slow down");
            }
            case "/broken" -> send(ex, 503, "text/plain", "down");
            case "/moved" -> {
                ex.getResponseHeaders().add("Location", "/a");
                send(ex, 301, "text/plain", "");
            }
            case "/loop" -> {
                ex.getResponseHeaders().add("Location", "/loop");
                send(ex, 302, "text/plain", "");
            }
            case "/huge" -> send(ex, 200, "text/html", "<p>" + "x".repeat(300_000) + "</p>");
            case "/slow" -> {
                try {
                    Thread.sleep(8000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/html", page("slow", 2));
            }
            case "/feed.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                    + "<item><title>A</title><link>" + base + "/a</link><pubDate>Mon, 10 Apr 2017 09:00:00 GMT</pubDate></item>"
                    + "<item><title>F</title><link>/forbidden</link></item>"
                    + "<item><title>B</title><link>" + base + "/b</link></item></channel></rss>");
            case "/atom" -> send(ex, 200, "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title>"
                    + "<link rel=\"alternate\" href=\"" + base + "/private/open\"/><updated>2020-02-02T10:00:00Z</updated></entry></feed>");
            default -> send(ex, 404, "text/plain", "no");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) ex.getResponseBody().write(b);
        ex.close();
    }

    Fetcher fetcher(Duration delay, Duration timeout, long maxBytes) {
        return new Fetcher(new Fetcher.Options("Newsgraph/0.1 (test)", timeout, maxBytes, delay, 5));
    }

    String error(Fetcher f, String path) {
        return assertThrows(InputException.class, () -> f.fetch(URI.create(base + path))).getMessage();
    }

    @Test
    void refusalsSayWhatHappened() throws Exception {
        // A 3 s timeout: with 1 s the robots.txt read itself timed out on a loaded build machine.
        Fetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(3), 100_000);
        String forbidden = error(f, "/forbidden");
        assertTrue(forbidden.contains("HTTP 403: the site refuses this fetcher"), forbidden);
        assertTrue(error(f, "/busy").contains("HTTP 429: rate-limited by the site (Retry-After: 120)"));
        assertTrue(error(f, "/broken").contains("HTTP 503: the site's server failed"));
        assertTrue(error(f, "/nothing").contains("HTTP 404: no such page"));
        assertTrue(error(f, "/private/x").contains("robots.txt of 127.0.0.1 disallows /private/x"));
        assertEquals(0, hits.getOrDefault("/private/x", new AtomicInteger()).get(), "a disallowed page is never requested");
        assertTrue(f.fetch(URI.create(base + "/private/open")).body().length > 0, "Allow overrides a shorter Disallow");
        assertTrue(error(f, "/loop").contains("more than 5 redirects"));
        String huge = error(f, "/huge");
        assertTrue(huge.contains("over the limit of 100000"), huge);
        long t0 = System.nanoTime();
        String slow = error(f, "/slow");
        assertTrue(slow.contains("timed out after 3 s"), slow);
        assertTrue(System.nanoTime() - t0 < 7_500_000_000L, "gave up at the timeout, before the page came");
        Fetcher.Page moved = f.fetch(URI.create(base + "/moved"));
        assertEquals(URI.create(base + "/a"), moved.uri(), "redirect followed");
        assertEquals(1, hits.get("/robots.txt").get(), "robots.txt read once per site");
    }

    @Test
    void perHostDelaySpacesRequests() throws Exception {
        Fetcher f = fetcher(Duration.ofMillis(300), Duration.ofSeconds(2), 1 << 20);
        long t0 = System.nanoTime();
        f.fetch(URI.create(base + "/a"));
        f.fetch(URI.create(base + "/b"));
        // robots.txt, /a, /b: two gaps of at least 300 ms.
        assertTrue(System.nanoTime() - t0 >= 600_000_000L, "requests spaced by the per-host delay");
    }

    @Test
    void feedsAreIngestedItemByItemAndNotRefetched(@TempDir Path tmp) throws Exception {
        Fetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(2), 1 << 20);
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary s = ingest(store, f, List.of(base + "/feed.xml", base + "/atom"), errors);
            assertEquals(3, s.stored(), errors.toString());
            assertEquals(1, s.failed());
            assertTrue(errors.get(0).startsWith(base + "/forbidden: HTTP 403"), errors.toString());
            assertEquals("2017-04-10", StoreIngestTest.string(store, "SELECT published FROM articles WHERE url = '" + base + "/a'"), "date from the feed");
            assertEquals("2020-02-02", StoreIngestTest.string(store, "SELECT published FROM articles WHERE url = '" + base + "/private/open'"));
            // Polling again: stored pages are not fetched again.
            Ingester.Summary again = ingest(store, f, List.of(base + "/feed.xml"), errors);
            assertEquals(0, again.stored());
            assertEquals(1, hits.get("/a").get());
            assertEquals(1, hits.get("/b").get());
        }
    }

    @Test
    void anInterruptEndsTheInputsWithoutAFailure() throws Exception {
        Fetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(5), 1 << 20);
        List<org.newsgraph.ingest.InputReader.Item> items = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (CorpusInputs in = new CorpusInputs(List.of(base + "/slow", base + "/a"), InputReader.Limits.DEFAULT,
                    () -> new ByteArrayInputStream(new byte[0]), f, url -> false)) {
                in.forEachRemaining(items::add);
            }
        });
        reader.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (hits.getOrDefault("/slow", new AtomicInteger()).get() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
        reader.interrupt(); // while /slow is being fetched
        reader.join(10_000);
        assertTrue(!reader.isAlive());
        assertEquals(List.of(), items, "no failure for the fetch cut short, and nothing read after it");
        assertEquals(null, hits.get("/a"));
    }

    /** A second site whose robots.txt is redirected (as http to https often is) and asks for a Crawl-delay. */
    private HttpServer site(String robotsBody) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent("site" + path, k -> new AtomicInteger()).incrementAndGet();
            switch (path) {
                case "/robots.txt" -> {
                    ex.getResponseHeaders().add("Location", "/moved/robots.txt");
                    send(ex, 301, "text/plain", "");
                }
                case "/moved/robots.txt" -> send(ex, 200, "text/plain", robotsBody);
                default -> send(ex, 200, "text/html", page("Story " + path, path.hashCode()));
            }
        });
        s.start();
        return s;
    }

    /** Regression for issue 15, item 6: a redirected robots.txt was ignored (allow all) and Crawl-delay too. */
    @Test
    void robotsTxtRedirectsAndCrawlDelayAreHonoured() throws Exception {
        HttpServer s = site("User-agent: *\nDisallow: /closed\nCrawl-delay: 1\n\nUser-agent: newsgraph\nDisallow: /mine-only\nCrawl-delay: 1\n");
        try {
            String at = "http://127.0.0.1:" + s.getAddress().getPort();
            Fetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(5), 1 << 20);
            assertTrue(assertThrows(InputException.class, () -> f.fetch(URI.create(at + "/mine-only/x"))).getMessage()
                    .contains("robots.txt of 127.0.0.1 disallows /mine-only/x"), "the group naming our product token applies");
            assertEquals(null, hits.get("site/mine-only/x"), "a disallowed page is never requested");
            long t0 = System.nanoTime();
            f.fetch(URI.create(at + "/closed"));  // only the * group closes it, and ours replaces that group
            f.fetch(URI.create(at + "/open"));
            long took = System.nanoTime() - t0;
            assertTrue(took >= 1_900_000_000L, "two requests after the robots.txt ones, each a Crawl-delay of 1 s apart: " + took / 1_000_000 + " ms");
            assertEquals(1, hits.get("site/robots.txt").get(), "robots.txt read once per site");
            assertEquals(1, hits.get("site/moved/robots.txt").get(), "its redirect followed once");
        } finally {
            s.stop(0);
        }
    }

    static Ingester.Summary ingest(Store store, Fetcher f, List<String> args, List<String> errors) {
        try (CorpusInputs in = new CorpusInputs(args, InputReader.Limits.DEFAULT, () -> new ByteArrayInputStream(new byte[0]), f, store::hasUrl)) {
            return new Ingester(store, Annotator.none(), new Ingester.Options(Optional.empty(), Optional.empty(), 8), errors::add,
                    Ingester.Progress.none()).ingest(in);
        }
    }
}
