package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;

/** Regressions for issue 15, items 2, 3 and 7 (the serve side): each hostile request the tester sent, answered as it should be. */
class ServeHardeningTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Store store;
    static Server open, widened;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(Fixture.build(tmp), Store.Mode.READ_ONLY);
        open = Server.start(store, ServeOptions.loopback(0));
        widened = Server.start(store, new ServeOptions("127.0.0.1", 0, Optional.empty(), List.of("newsgraph.lan")));
    }

    @AfterAll
    static void stop() {
        if (open != null) open.close();
        if (widened != null) widened.close();
        if (store != null) store.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Item 3: DNS rebinding. A foreign Host is refused; loopback names, the bind address and allowed hosts are served. */
    @Test
    void foreignHostNamesAreRefused() throws Exception {
        Raw r = Raw.get(open.port(), "/api/rows/articles", "Host: attacker.example");
        assertEquals(403, r.status(), r.body());
        assertTrue(r.body().contains("does not answer to the host name 'attacker.example'") && r.body().contains("--allow-host"), r.body());
        assertFalse(r.body().contains("content_hash"), "no data");
        assertTrue(r.secured());
        for (String host : List.of("127.0.0.1:" + open.port(), "localhost:" + open.port(), "LOCALHOST", "[::1]:" + open.port(), "localhost.")) {
            assertEquals(200, Raw.get(open.port(), "/api/stats", "Host: " + host).status(), host);
        }
        assertEquals(403, Raw.get(open.port(), "/api/stats", "Host: 127.0.0.1.attacker.example").status());
        assertEquals(403, Raw.get(open.port(), "/", "Host: newsgraph.lan").status());
        assertEquals(200, Raw.get(widened.port(), "/api/stats", "Host: newsgraph.lan:8080").status());
        assertEquals(403, Raw.get(widened.port(), "/api/stats", "Host: other.lan").status());
    }

    /** Item 7: Jetty's own errors are JSON with the security headers, like every other answer. */
    @Test
    void jettysOwnErrorsCarryTheSecurityHeaders() throws Exception {
        Raw ambiguous = Raw.get(open.port(), "/%2e%2e/api/stats");
        Raw uriTooLong = Raw.get(open.port(), "/api/search?q=" + "a".repeat(20_000));
        Raw headersTooLarge = Raw.get(open.port(), "/api/stats", "X-Filler: " + "b".repeat(20_000));
        Raw bodyTooLarge = Raw.send(open.port(), ("POST /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"
                + "c".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        Raw badRequestLine = Raw.send(open.port(), "GET /api/stats HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        for (Raw r : List.of(ambiguous, uriTooLong, headersTooLarge, bodyTooLarge, badRequestLine)) {
            assertTrue(r.status() >= 400 && r.status() < 500 || r.status() == 505, r.status() + " " + r.body());
            assertTrue(r.secured(), r.status() + " " + r.headers());
            assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), r.status() + " " + r.headers());
            assertEquals(r.status(), JSON.readTree(r.body()).get("status").asInt(), r.body());
        }
        assertEquals(400, ambiguous.status());
        assertEquals(414, uriTooLong.status());
        assertEquals(431, headersTooLarge.status());
        assertEquals(413, bodyTooLarge.status());
    }

    /** Item 7: a malformed escape was dropped and every article returned. */
    @Test
    void malformedEscapesAreRefused() throws Exception {
        for (String target : List.of("/api/search?q=%ZZ%", "/api/search?q=%", "/api/search?q=court%2", "/api/search?q=%C3%28",
                "/api/events?actor=%ZZ", "/api/entities?q=%GG")) {
            Raw r = Raw.get(open.port(), target);
            assertEquals(400, r.status(), target + " -> " + r.body());
            assertTrue(r.body().contains("malformed query string"), r.body());
        }
        assertEquals(200, Raw.get(open.port(), "/api/search?q=100%25").status(), "a literal % written as %25 is fine");
    }

    /** Item 7: a cursor handed out for one search was accepted by another. */
    @Test
    void cursorsAreTiedToTheirSearch() throws Exception {
        JsonNode first = ApiTest.json(open, "/api/search?limit=1&q=" + q("Russia OR strike OR markup"));
        String cursor = first.get("next_cursor").asText();
        assertEquals(200, ApiTest.get(open, "/api/search?limit=1&q=" + q("Russia OR strike OR markup") + "&cursor=" + cursor).statusCode());
        assertEquals(200, ApiTest.get(open, "/api/search?limit=2&q=" + q("Russia OR strike OR markup") + "&cursor=" + cursor).statusCode(),
                "the page size may change between pages");
        for (String other : List.of("/api/search?limit=1&q=police", "/api/search?limit=1&q=" + q("Russia OR strike OR markup") + "&kind=quotes",
                "/api/search?limit=1&q=" + q("Russia OR strike OR markup") + "&from=2019-01-01",
                "/api/search?limit=1&q=" + q("Russia OR strike OR markup") + "&copies=include")) {
            var r = ApiTest.get(open, other + "&cursor=" + cursor);
            assertEquals(400, r.statusCode(), other + " -> " + r.body());
            assertTrue(r.body().contains("this cursor belongs to another search"), r.body());
        }
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("r:999999:0:0000000000000000".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, ApiTest.get(open, "/api/search?cursor=" + forged + "&q=Russia").statusCode());
    }

    /** Item 2: queries over the budget answer 400 saying what to simplify, not 500 with an exception's name. */
    @Test
    void searchHasACostBound() throws Exception {
        StringJoiner wild = new StringJoiner(" OR ");
        for (char a = 'a'; a <= 'z'; a++) for (char b = 'a'; b <= 'z'; b++) wild.add("" + a + b + "*");
        StringJoiner fuzzy = new StringJoiner(" ");
        for (int i = 0; i < 200; i++) fuzzy.add("word" + i + "~2");
        StringJoiner many = new StringJoiner(" OR ");
        for (int i = 0; i < 100; i++) many.add("w" + i);
        StringJoiner fewFuzzy = new StringJoiner(" ");
        for (int i = 0; i < 20; i++) fewFuzzy.add("minister" + i + "~2");
        record Case(String query, String message) {}
        for (Case c : List.of(new Case(wild.toString(), "characters long"), new Case(fuzzy.toString(), "characters long"),
                new Case(many.toString(), "words; at most " + SearchIndex.MAX_QUERY_TERMS), new Case(fewFuzzy.toString(), "fuzzy, wildcard"),
                new Case("a* b* c* d* e* f* g* h* i*", "fuzzy, wildcard"))) {
            var r = ApiTest.get(open, "/api/search?q=" + q(c.query()));
            assertEquals(400, r.statusCode(), c.query().substring(0, Math.min(60, c.query().length())) + " -> " + r.body());
            assertTrue(r.body().contains(c.message()), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertEquals(200, ApiTest.get(open, "/api/search?q=" + q("Russi~1 AND pressur* AND \"foreign ministers\"")).statusCode());
        // The same over the export route, which pages through the index the same way.
        assertEquals(400, ApiTest.get(open, "/api/search/export?q=" + q(many.toString())).statusCode());
    }
}
