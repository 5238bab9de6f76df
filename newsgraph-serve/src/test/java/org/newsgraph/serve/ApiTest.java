package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

class ApiTest {
    static final String TOKEN = "test-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path tmp;
    static Store store;
    static Server open, locked;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(Fixture.build(tmp), Store.Mode.READ_ONLY);
        open = Server.start(store, ServeOptions.loopback(0));
        locked = Server.start(store, new ServeOptions("127.0.0.1", 0, Optional.of(TOKEN)));
    }

    @AfterAll
    static void stop() {
        if (open != null) open.close();
        if (locked != null) locked.close();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(Server s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(Server s, String path) throws Exception {
        HttpResponse<String> r = get(s, path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void searchArticleEntityAndStats() throws Exception {
        JsonNode r = json(open, "/api/search?q=Tillerson");
        assertEquals(1, r.get("total").asInt());
        String id = r.get("hits").get(0).get("id").asText();
        assertEquals("Rex Tillerson", r.get("facets").get("entity").get(0).get("value").asText());
        JsonNode a = json(open, "/api/articles/" + id);
        assertEquals("2017-04-10", a.get("published").asText());
        assertTrue(a.get("entities").size() >= 1);
        JsonNode m = a.get("mentions").get(0);
        assertEquals(a.get("text").asText().substring(m.get("start_char").asInt(), m.get("end_char").asInt()), m.get("text").asText());
        assertEquals(1, a.get("quotes").size());
        JsonNode e = json(open, "/api/entity?name=rex%20tillerson");
        assertEquals(1, e.get("article_count").asInt());
        assertEquals(1, e.get("articles").size());
        assertEquals("PERSON", e.get("type").asText());
        assertEquals("Secretary of State", e.get("roles").get(0).get("title").asText());
        assertEquals("2017-04-10", e.get("timeline").get(0).get("day").asText());
        assertEquals(1, e.get("quotes").size(), e.toString());
        JsonNode first = e.get("mentions").get(0);
        int at = first.get("start_char").asInt() - first.get("context_start").asInt();
        assertEquals(first.get("text").asText(), first.get("context").asText().substring(at, at + first.get("text").asText().length()));
        JsonNode found = json(open, "/api/entities?q=tiller");
        assertEquals("Rex Tillerson", found.get("entities").get(0).get("name").asText());
        assertEquals(1, found.get("entities").get(0).get("articles").asInt());
        assertEquals(2, json(open, "/api/entities?q=RUSSIA").get("entities").get(0).get("articles").asInt());
        assertEquals(0, json(open, "/api/entities?q=nobody-by-this-name").get("entities").size());
        assertEquals(4, json(open, "/api/stats").get("articles").asInt());
        JsonNode paths = json(open, "/openapi.json").get("paths");
        for (String route : new String[] {"/api/search", "/api/events", "/api/events/aggregate", "/api/events/export", "/api/gdelt/{kind}",
                "/api/place"}) {
            assertTrue(paths.has(route), route);
        }
    }

    @Test
    void filtersAndPaging() throws Exception {
        assertEquals(0, json(open, "/api/search?q=Tillerson&from=2018-01-01").get("total").asInt());
        assertEquals(2, json(open, "/api/search?entity=Russia").get("total").asInt());
        assertEquals(1, json(open, "/api/search?country=USA").get("total").asInt());
        JsonNode p1 = json(open, "/api/search?limit=3");
        assertEquals(4, p1.get("total").asInt());
        assertEquals(3, p1.get("hits").size());
        JsonNode p2 = json(open, "/api/search?limit=3&cursor=" + p1.get("next_cursor").asText());
        assertEquals(1, p2.get("hits").size());
        assertTrue(p2.get("next_cursor").isNull());
        JsonNode rows = json(open, "/api/rows/articles?limit=2");
        assertEquals(2, rows.get("rows").size());
        JsonNode rows2 = json(open, "/api/rows/articles?limit=2&after=" + rows.get("next_cursor").asText());
        assertEquals(2, rows2.get("rows").size());
        assertNotEquals(rows.get("rows").get(0).get("id"), rows2.get("rows").get(0).get("id"));
    }

    @Test
    void badRequestsAreRefusedWithReasons() throws Exception {
        HttpResponse<String> r = get(open, "/api/search?q=x&colour=red");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unknown parameter colour"), r.body());
        assertEquals(400, get(open, "/api/search?limit=101").statusCode());
        assertEquals(400, get(open, "/api/search?from=yesterday").statusCode());
        assertEquals(400, get(open, "/api/search?q=%22unclosed").statusCode());
        assertEquals(400, get(open, "/api/rows/articles?limit=5000").statusCode());
        assertEquals(400, get(open, "/api/export/secrets?format=csv").statusCode());
        assertEquals(400, get(open, "/api/export/articles?format=xml").statusCode());
        assertEquals(400, get(open, "/api/events?modality=maybe").statusCode());
        assertEquals(400, get(open, "/api/events?event_code=19x").statusCode());
        assertEquals(400, get(open, "/api/events?cursor=nonsense").statusCode());
        assertEquals(400, get(open, "/api/events?limit=501").statusCode());
        assertTrue(get(open, "/api/events/aggregate?by=weather").body().contains("not one of"));
        assertEquals(400, get(open, "/api/gdelt/weather").statusCode());
        assertEquals(400, get(open, "/api/export/events?format=gdelt-events").statusCode());
        HttpResponse<String> missing = get(open, "/api/articles/0000000000000000");
        assertEquals(404, missing.statusCode());
        assertEquals("no article 0000000000000000", JSON.readTree(missing.body()).get("error").asText());
        HttpResponse<String> noRoute = get(open, "/api/nothing-here");
        assertEquals(404, noRoute.statusCode());
        assertEquals("no such route: GET /api/nothing-here", JSON.readTree(noRoute.body()).get("error").asText());
    }

    @Test
    void noPathTraversal() throws Exception {
        for (String p : new String[] {"/ui/../../../../etc/passwd", "/ui/..%2F..%2F..%2Fetc%2Fpasswd", "/ui/%2e%2e/%2e%2e/etc/passwd",
                "/ui/app.js/../../pom.xml", "/ui/..\\..\\pom.xml", "/ui/org/newsgraph/serve/openapi.json"}) {
            // Raw request line, so that no client normalises the path first.
            try (Socket s = new Socket("127.0.0.1", open.port())) {
                s.getOutputStream().write(("GET " + p + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(answer.startsWith("HTTP/1.1 200"), p + " -> " + answer.lines().findFirst().orElse(""));
                assertFalse(answer.contains("root:") || answer.contains("<project"), p);
            }
        }
        assertEquals(200, get(open, "/ui/app.js").statusCode());
    }

    @Test
    void tokenGuardsEveryRoute() throws Exception {
        for (String p : new String[] {"/", "/ui/app.js", "/openapi.json", "/api/search?q=x", "/api/stats", "/api/export/articles?format=csv", "/nope"}) {
            HttpResponse<String> r = get(locked, p);
            assertEquals(401, r.statusCode(), p);
            assertFalse(r.body().contains("Tillerson"));
            assertEquals(401, get(locked, p, "Authorization", "Bearer wrong-token-000").statusCode(), p);
        }
        assertEquals(200, get(locked, "/api/search?q=Tillerson", "Authorization", "Bearer " + TOKEN).statusCode());
        HttpResponse<String> login = get(locked, "/?token=" + TOKEN);
        assertEquals(302, login.statusCode());
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(200, get(locked, "/ui/app.js", "Cookie", cookie.split(";")[0]).statusCode());
    }

    @Test
    void requestBodiesAreCapped() throws Exception {
        HttpRequest big = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) Server.MAX_REQUEST_BYTES * 4])).build();
        HttpResponse<String> refused = HTTP.send(big, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("over the limit of " + Server.MAX_REQUEST_BYTES), refused.body());
        HttpResponse<String> r = get(open, "/api/search?q=" + "a".repeat(20_000));
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431 || r.statusCode() == 400, "long URL refused: " + r.statusCode());
    }

    @Test
    void exportsStreamEveryRow() throws Exception {
        HttpResponse<String> csv = get(open, "/api/export/articles?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("id,rev,content_hash"), csv.body().substring(0, 60));
        HttpResponse<String> jsonl = get(open, "/api/export/mentions?format=jsonl");
        long mentions = jsonl.body().lines().count();
        assertEquals(json(open, "/api/stats").get("mentions").asLong(), mentions);
        HttpResponse<String> search = get(open, "/api/search/export?format=jsonl&entity=Russia");
        assertEquals(2, search.body().lines().count());
        HttpResponse<byte[]> parquet = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/api/export/entities?format=parquet")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("PAR1", new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void eventRoutesFilterPageAndAggregate() throws Exception {
        assertEquals(3, json(open, "/api/events").get("total").asInt());
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(open, "/api/events?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(1, page.get("events").size());
            walked.add(page.get("events").get(0).get("article_id").asText() + "/" + page.get("events").get(0).get("event").asText());
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null && walked.size() < 10);
        assertEquals(3, new java.util.HashSet<>(walked).size(), "cursor paging visits each event once: " + walked);
        JsonNode visit = json(open, "/api/events?event_root=04&actor=usagov&modality=future");
        assertEquals(1, visit.get("total").asInt());
        assertEquals("042", visit.get("events").get(0).get("code").asText());
        assertEquals("Make a visit", visit.get("events").get(0).get("label").asText());
        assertEquals(0, json(open, "/api/events?event_root=04&modality=asserted").get("total").asInt(), "conditions hold for one event");
        assertEquals(2, json(open, "/api/events?country=RUS").get("total").asInt());
        assertEquals(1, json(open, "/api/events?from=2019-01-01").get("total").asInt());
        JsonNode byRoot = json(open, "/api/events/aggregate?by=root");
        assertEquals("01", byRoot.get("groups").get(0).get("key").asText());
        assertEquals(2, byRoot.get("groups").get(0).get("events").asInt());
        JsonNode byDay = json(open, "/api/events/aggregate?by=day");
        assertEquals("2017-04-10", byDay.get("groups").get(0).get("key").asText());
        assertEquals(2, byDay.get("groups").size());
        assertEquals("RUS", json(open, "/api/events/aggregate?by=country&modality=asserted").get("groups").get(0).get("key").asText());
        // Where events happened: the visit is placed at Moscow.
        assertEquals(1, json(open, "/api/events?near=55.75,37.6,50").get("total").asInt());
        assertEquals(0, json(open, "/api/events?near=48.85,2.35,500").get("total").asInt());
        assertEquals(1, json(open, "/api/events?bbox=30,50,40,60&event_root=04").get("total").asInt());
        assertEquals(0, json(open, "/api/events?bbox=-10,35,20,60").get("total").asInt());
        JsonNode byPlace = json(open, "/api/events/aggregate?by=place");
        assertEquals("Moscow, Moskva, Russia", byPlace.get("groups").get(0).get("key").asText());
        assertEquals(37.6156, byPlace.get("groups").get(0).get("lon").asDouble(), 1e-6);
        JsonNode moscow = json(open, "/api/place?name=" + java.net.URLEncoder.encode("Moscow, Moskva, Russia", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(55.7522, moscow.get("place").get("lat").asDouble(), 1e-6);
        assertEquals("RS48", moscow.get("place").get("adm1").asText());
        assertEquals(524901, moscow.get("place").get("geonames_id").asLong());
        assertEquals("042", moscow.get("events").get(0).get("code").asText());
        assertTrue(moscow.get("articles").size() >= 1);
        assertTrue(json(open, "/api/place?name=Atlantis").get("place").isNull());
        assertEquals(400, get(open, "/api/place").statusCode());
        assertEquals(400, get(open, "/api/events?bbox=1,2,3").statusCode());
        assertEquals(400, get(open, "/api/events?near=95,0,10").statusCode());
        assertEquals(400, get(open, "/api/events?near=1,2,x").statusCode());
        assertEquals(400, get(open, "/api/events?bbox=0,0,1,1&near=0,0,10").statusCode());
        JsonNode search = json(open, "/api/search?event_code=042");
        assertEquals(1, search.get("total").asInt());
        assertEquals(2, json(open, "/api/search?event_root=01").get("total").asInt());
        assertEquals(1, json(open, "/api/search?actor=Rex%20Tillerson").get("total").asInt());
        assertTrue(search.get("facets").get("modality").toString().contains("future"), search.get("facets").toString());
        JsonNode article = json(open, "/api/articles/" + visit.get("events").get(0).get("article_id").asText());
        assertEquals(2, article.get("events").size());
        assertEquals(3, article.get("event_mentions").size());
        JsonNode entity = json(open, "/api/entity?name=Rex%20Tillerson");
        assertEquals(2, entity.get("event_count").asInt());
        assertEquals(2, entity.get("events").size());
        assertEquals(3, json(open, "/api/stats").get("events").asInt());
    }

    @Test
    void eventAndGdeltExportsStreamEveryRow() throws Exception {
        HttpResponse<String> csv = get(open, "/api/events/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(4, csv.body().lines().count(), "header and three events");
        assertTrue(csv.body().startsWith("article_id,event,published,code,"), csv.body());
        assertEquals(3, get(open, "/api/export/events?format=jsonl").body().lines().count());
        assertEquals(4, get(open, "/api/export/event_mentions?format=jsonl").body().lines().count());
        // Asserted and reported events only, unless asked: the future visit is left out.
        assertGdelt("/api/gdelt/events", 2, 61);
        assertGdelt("/api/gdelt/events?modalities=all", 3, 61);
        assertGdelt("/api/gdelt/mentions", 3, 16);
        assertGdelt("/api/gdelt/mentions?modalities=all", 4, 16);
        assertGdelt("/api/gdelt/gkg", json(open, "/api/stats").get("articles").asInt(), 27);
        HttpResponse<String> header = get(open, "/api/gdelt/events?header=true");
        assertTrue(header.body().startsWith("GLOBALEVENTID\tSQLDATE\t"), header.body());
        String visit = get(open, "/api/gdelt/events?modalities=all").body().lines().filter(l -> l.split("\t", -1)[26].equals("042"))
                .findFirst().orElseThrow();
        String[] f = visit.split("\t", -1);
        assertEquals("USAGOV", f[5]);
        assertEquals("RUS", f[15]);
        assertEquals("20170410", f[1]);
    }

    private static void assertGdelt(String path, int lines, int columns) throws Exception {
        HttpResponse<String> r = get(open, path);
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = r.body().lines().toList();
        assertEquals(lines, rows.size(), path + ":\n" + r.body());
        for (String row : rows) assertEquals(columns, row.split("\t", -1).length, path + ": " + row);
    }

    @Test
    void hostileTextComesBackAsData() throws Exception {
        JsonNode r = json(open, "/api/search?q=hostile");
        assertEquals(1, r.get("total").asInt());
        assertEquals(Fixture.HOSTILE_TITLE, r.get("hits").get(0).get("title").asText());
        JsonNode a = json(open, "/api/articles/" + r.get("hits").get(0).get("id").asText());
        assertTrue(a.get("text").asText().contains(Fixture.HOSTILE_SCRIPT));
        HttpResponse<String> page = get(open, "/");
        assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
    }
}
