package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * Regression for issue 15, item 2 ("no 500 from user input anywhere"): several hundred requests over every
 * route, with hostile values in every parameter and path segment (malformed escapes, control characters,
 * huge numbers, impossible dates, query syntax errors, forged cursors, over-long values, repeated and unknown
 * parameters). Every answer must be below 500, JSON when it is an error, and carry the security headers.
 * Seeded: a failure names the request, and the same run finds it again.
 */
class ApiFuzzTest {
    @TempDir
    static Path tmp;
    static Store store;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(Fixture.build(tmp), Store.Mode.READ_ONLY);
        server = Server.start(store, ServeOptions.loopback(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** Each route with the parameters it takes (and path segments to fill, as {}). */
    static final Map<String, List<String>> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("/", List.of("token")),
            Map.entry("/ui/{}", List.of()),
            Map.entry("/openapi.json", List.of()),
            Map.entry("/api/search", List.of("q", "from", "to", "source", "entity", "country", "language", "kind", "copies", "sort", "limit",
                    "cursor", "actor", "event_code", "event_root", "modality")),
            Map.entry("/api/search/export", List.of("q", "from", "to", "source", "entity", "country", "language", "kind", "copies", "sort",
                    "actor", "event_code", "event_root", "modality", "format")),
            Map.entry("/api/articles/{}", List.of()),
            Map.entry("/api/entity", List.of("name")),
            Map.entry("/api/entities", List.of("q", "limit")),
            Map.entry("/api/events", List.of("from", "to", "source", "actor", "country", "event_code", "event_root", "modality", "entity",
                    "article", "copies", "limit", "cursor")),
            Map.entry("/api/events/aggregate", List.of("from", "to", "source", "actor", "country", "event_code", "event_root", "modality",
                    "entity", "article", "copies", "by")),
            Map.entry("/api/events/export", List.of("from", "to", "source", "actor", "country", "event_code", "event_root", "modality",
                    "entity", "article", "copies", "format")),
            Map.entry("/api/gdelt/{}", List.of("modalities", "header")),
            Map.entry("/api/rows/{}", List.of("after", "limit")),
            Map.entry("/api/export/{}", List.of("format")),
            Map.entry("/api/stats", List.of())));

    /** Values as they go on the wire (already escaped, or deliberately not). */
    static final List<String> HOSTILE = List.of("", "%20", "%00", "%01x", "%ZZ", "%", "%2", "%C3%28", "%FF%FE", "%E2%80%AE", "%F0%9F%92%A9",
            "'", "%22", "%27%3B%20DROP%20TABLE%20articles%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "-1", "0",
            "1", "101", "1001", "2147483648", "-2147483649", "99999999999999999999999", "1e309", "NaN", "Infinity", "0x10", "2017-02-30",
            "2017-13-01", "%2B10000-01-01", "-0001-01-01", "0000-01-01", "9999-12-31", "1970-01-01T00%3A00", "AND", "OR%20NOT", "NOT",
            "*", "%3F", "~", "a~2", "title%3A%5Ba%20TO%20z%5D", "%2F.*%2F", "%2F%5Ba-z%5D%7B1%2C9%7D%2F", "%22unterminated", "((((((", "))",
            "a%5E999999", "a%5E-1", "%22a%20b%22~99999", "%5C", "text%3A*", "*%3A*", "00", "0421", "999", "042", "ASSERTED", "denied",
            "articles", "events", "mentions", "gkg", "jsonl", "csv", "parquet", "xml", "gdelt-events", "true", "false", "day", "month",
            "code", "root", "actor", "country", "modality", "year", "date", "relevance", "quotes", "include", "exclude", "all", "factual",
            "749b6b358b5e064a", "0000000000000000", "ffffffffffffffffff", "index.html", "app.js", "..", ".", "%2E%2E", "a%2Fb",
            "%E4%B8%AD%E6%96%87", "%D8%B9%D8%B1%D8%A8%D9%8A", "USAGOV", "rus", "Rex%20Tillerson");

    static String value(Random r) {
        int k = r.nextInt(20);
        if (k == 0) return "x".repeat(1 + r.nextInt(3000));
        if (k == 1) return Base64.getUrlEncoder().withoutPadding().encodeToString(("r:" + r.nextInt() + ":" + r.nextInt() + ":zz").getBytes(StandardCharsets.UTF_8));
        if (k == 2) return URLEncoder.encode(randomText(r), StandardCharsets.UTF_8);
        return HOSTILE.get(r.nextInt(HOSTILE.size()));
    }

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int c = switch (r.nextInt(4)) {
                case 0 -> 0x20 + r.nextInt(0x5F);
                case 1 -> "~*?:\"()[]{}^!+-&|/\\".charAt(r.nextInt(19));
                case 2 -> 0xA0 + r.nextInt(0x2000);
                default -> 'a' + r.nextInt(26);
            };
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    @Test
    void noRequestGetsAServerError() throws Exception {
        Random r = new Random(15);
        List<String> routes = new ArrayList<>(ROUTES.keySet());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 720; i++) {
            String route = routes.get(i % routes.size());
            String path = route.contains("{}") ? route.replace("{}", value(r)) : route;
            List<String> params = ROUTES.get(route);
            StringBuilder query = new StringBuilder();
            int n = r.nextInt(4);
            for (int p = 0; p < n; p++) {
                String name = r.nextInt(10) == 0 ? "bogus" + r.nextInt(3) : params.isEmpty() ? "x" : params.get(r.nextInt(params.size()));
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value(r));
            }
            if (r.nextInt(8) == 0 && !params.isEmpty()) {
                String name = params.get(r.nextInt(params.size()));
                for (int k = 0; k < 60; k++) query.append(query.isEmpty() ? "?" : "&").append(name).append("=v").append(k);
            }
            String target = path + query;
            Raw answer = Raw.get(server.port(), target);
            sent++;
            if (answer.status() < 0 || answer.status() >= 500 || !answer.secured()) {
                failures.add(answer.status() + " " + target.substring(0, Math.min(200, target.length())) + " -> "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            } else if (answer.status() >= 400) {
                String type = answer.headers().getOrDefault("content-type", "");
                if (!type.startsWith("application/json") || !answer.body().contains("\"error\"")) failures.add("not a JSON error: " + answer.status() + " " + target);
            }
        }
        assertEquals(720, sent);
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " requests failed");
        // The server is still answering normally afterwards.
        assertTrue(ApiTest.json(server, "/api/search?q=Russia").get("total").asInt() >= 1);
    }
}
