package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/** The events tables, their search filters and facets, the event queries, and reading articles back. */
class EventStoreTest {
    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        dir = tmp.resolve("s");
        Path other = Files.writeString(tmp.resolve("other.txt"), "Moscow answers\n\nOfficials in Russia said on Wednesday that the talks "
                + "would go on, and Russia said the ministers would meet again before the end of the month in the same city.\n");
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(store, new HandAnnotator(), List.of(Corpus.EXAMPLE.toString()), Published.parse("2017-04-10", DateSource.USER), errors);
            StoreIngestTest.ingest(store, new HandAnnotator(), List.of(other.toString()), Published.parse("2017-04-12", DateSource.USER), errors);
        }
        assertEquals(List.of(), errors);
    }

    private static Store open() {
        return Store.open(dir, Store.Mode.READ_ONLY);
    }

    @Test
    void eventsAndTheirMentionsAreRows() throws Exception {
        try (Store store = open()) {
            assertEquals(3, StoreIngestTest.count(store, "SELECT count(*) FROM events"));
            assertEquals(5, StoreIngestTest.count(store, "SELECT count(*) FROM event_mentions"));
            assertEquals(1, StoreIngestTest.count(store, "SELECT count(*) FROM events WHERE code = '042' AND root_code = '04' AND base_code = '042' "
                    + "AND modality = 'future' AND source_code = 'USAGOV' AND source_role = 'GOV' AND source_entity = 0 AND target_code = 'RUS' "
                    + "AND target_entity = 1 AND plover_event = 'CONSULT' AND plover_mode = 'visit' AND plover_context IS NULL "
                    + "AND published = DATE '2017-04-10' AND mentions = 1"));
            assertEquals(1, StoreIngestTest.count(store, "SELECT count(*) FROM events WHERE code = '010' AND target_code IS NULL AND target_entity = -1 "
                    + "AND plover_event IS NULL AND mentions = 2 AND source_name = 'Rex Tillerson'"));
            // Offsets point at the action words in the stored text, for events and for each mention.
            assertEquals(0, StoreIngestTest.count(store, "SELECT count(*) FROM events v JOIN articles a ON a.id = v.article_id "
                    + "WHERE substring(a.text, v.start_char + 1, v.end_char - v.start_char) <> v.action"));
            assertEquals(0, StoreIngestTest.count(store, "SELECT count(*) FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.action"));
            assertEquals("officials", StoreIngestTest.string(store, "SELECT reporter_text FROM event_mentions WHERE mention = 1 LIMIT 1"));
        }
    }

    @Test
    void searchFiltersAndFacetsOnEvents() throws Exception {
        try (Store store = open()) {
            SearchResult all = store.index().search(SearchQuery.all());
            assertEquals(2, all.total());
            assertEquals(List.of(new SearchResult.FacetValue("01", 2), new SearchResult.FacetValue("04", 1)), all.facets().get("event_root"));
            assertTrue(all.facets().get("modality").contains(new SearchResult.FacetValue("future", 1)), all.facets().toString());
            assertTrue(all.facets().get("actor").contains(new SearchResult.FacetValue("USAGOV", 1)), all.facets().toString());
            assertEquals(1, store.index().search(events(List.of(), List.of("04"), List.of(), List.of())).total(), "a root is a code prefix");
            assertEquals(1, store.index().search(events(List.of(), List.of("042"), List.of(), List.of())).total());
            assertEquals(0, store.index().search(events(List.of(), List.of("0421"), List.of(), List.of())).total());
            assertEquals(1, store.index().search(events(List.of("usagov"), List.of(), List.of(), List.of())).total(), "actor code, any case");
            assertEquals(1, store.index().search(events(List.of("Rex Tillerson"), List.of(), List.of(), List.of())).total(), "actor name");
            assertEquals(2, store.index().search(events(List.of(), List.of(), List.of("01"), List.of("asserted"))).total());
            assertEquals(1, store.index().search(events(List.of(), List.of(), List.of(), List.of("future"))).total());
        }
    }

    private static SearchQuery events(List<String> actors, List<String> codes, List<String> roots, List<String> modalities) {
        return new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), actors, codes,
                roots, modalities, SearchQuery.Kind.ARTICLES, false, SearchQuery.Sort.DATE, 10, Optional.empty());
    }

    private static long total(Connection c, EventQuery.Area area) throws Exception {
        EventQuery all = EventQuery.all();
        EventQuery q = new EventQuery(all.from(), all.to(), all.sources(), all.actors(), all.countries(), all.eventCodes(), all.eventRoots(),
                all.modalities(), all.entity(), all.article(), all.includeCopies(), Optional.of(area));
        return EventQueries.list(c, q, 10, Optional.empty()).get("total").asLong();
    }

    @Test
    void eventsFilterByTheirPlaceAndAggregateByIt() throws Exception {
        try (Store store = open(); Connection c = store.newConnection()) {
            assertEquals(1, StoreIngestTest.count(store, "SELECT count(*) FROM events WHERE place = 'Moscow, Moskva, Russia' AND place_type = 4 "
                    + "AND place_fips = 'RS' AND place_adm1 = 'RS48' AND place_geonames_id = 524901 AND abs(place_lat - 55.7522) < 1e-6"));
            assertEquals(1, total(c, new EventQuery.Circle(55.75, 37.6, 50)), "within 50 km of Moscow");
            assertEquals(0, total(c, new EventQuery.Circle(59.94, 30.31, 500)), "St Petersburg is 630 km away");
            assertEquals(1, total(c, new EventQuery.Box(30, 50, 40, 60)));
            assertEquals(0, total(c, new EventQuery.Box(-10, 35, 20, 60)), "western Europe");
            assertEquals(1, total(c, new EventQuery.Box(170, 50, 40, 60)), "a box across the antimeridian");
            ObjectNode places = EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.PLACE);
            assertEquals(1, places.get("groups").size(), places.toString());
            JsonNode g = places.get("groups").get(0);
            assertEquals("Moscow, Moskva, Russia", g.get("key").asText());
            assertEquals(55.7522, g.get("lat").asDouble(), 1e-6);
            assertEquals(1, g.get("events").asInt());
            assertThrows(IllegalArgumentException.class, () -> new EventQuery.Box(0, 10, 5, 5), "south above north");
            assertThrows(IllegalArgumentException.class, () -> new EventQuery.Circle(0, 0, -1));
        }
    }

    @Test
    void eventListsPageWithACursorAndFilterPerEvent() throws Exception {
        try (Store store = open(); Connection c = store.newConnection()) {
            List<String> seen = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                ObjectNode page = EventQueries.list(c, EventQuery.all(), 2, cursor);
                assertEquals(3, page.get("total").asLong());
                for (JsonNode e : page.get("events")) seen.add(e.get("published").asText() + " " + e.get("code").asText());
                cursor = Optional.ofNullable(page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText());
            } while (cursor.isPresent());
            assertEquals(List.of("2017-04-12 010", "2017-04-10 010", "2017-04-10 042"), seen, "newest first, every event once");
            // Every condition holds for one event: USAGOV acts in 010 and 042, but only 042 is future.
            EventQuery usFuture = new EventQuery(Optional.empty(), Optional.empty(), List.of(), List.of("USAGOV"), List.of(), List.of(), List.of(),
                    List.of("future"), Optional.empty(), Optional.empty(), false);
            ObjectNode one = EventQueries.list(c, usFuture, 10, Optional.empty());
            assertEquals(1, one.get("total").asLong());
            assertEquals("042", one.get("events").get(0).get("code").asText());
            assertEquals("Russia faces mounting pressure to abandon Syria’s Assad", one.get("events").get(0).get("title").asText());
            EventQuery rus = new EventQuery(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of("rus"), List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.empty(), false);
            assertEquals(2, EventQueries.list(c, rus, 10, Optional.empty()).get("total").asLong(), "Russia as source (other) or target (042)");
            EventQuery byEntity = new EventQuery(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    Optional.of("rex tillerson"), Optional.empty(), false);
            assertEquals(2, EventQueries.list(c, byEntity, 10, Optional.empty()).get("total").asLong());
            assertThrows(EventQueries.BadCursorException.class, () -> EventQueries.list(c, EventQuery.all(), 2, Optional.of("nonsense")));
        }
    }

    @Test
    void aggregationsCountEventsAndArticles() throws Exception {
        try (Store store = open(); Connection c = store.newConnection()) {
            assertEquals("[{\"key\":\"2017-04-10\",\"label\":null,\"events\":2,\"articles\":1},{\"key\":\"2017-04-12\",\"label\":null,\"events\":1,\"articles\":1}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.DAY).get("groups").toString());
            assertEquals("[{\"key\":\"2017-04\",\"label\":null,\"events\":3,\"articles\":2}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.MONTH).get("groups").toString());
            JsonNode codes = EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.CODE).get("groups");
            assertEquals("010", codes.get(0).get("key").asText());
            assertEquals(2, codes.get(0).get("events").asInt());
            assertEquals("Make a visit", codes.get(1).get("label").asText());
            assertEquals("[{\"key\":\"01\",\"label\":\"Make public statement\",\"events\":2,\"articles\":2},{\"key\":\"04\",\"label\":\"Consult\",\"events\":1,\"articles\":1}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.ROOT).get("groups").toString());
            assertEquals("[{\"key\":\"RUS\",\"label\":\"Russia\",\"events\":2,\"articles\":2},{\"key\":\"USAGOV\",\"label\":\"Rex Tillerson\",\"events\":2,\"articles\":1}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.ACTOR).get("groups").toString());
            // The 042 event has USA as source and RUS as target: it counts for both, once each.
            assertEquals("[{\"key\":\"RUS\",\"label\":null,\"events\":2,\"articles\":2},{\"key\":\"USA\",\"label\":null,\"events\":2,\"articles\":1}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.COUNTRY).get("groups").toString());
            assertEquals("[{\"key\":\"asserted\",\"label\":null,\"events\":2,\"articles\":2},{\"key\":\"future\",\"label\":null,\"events\":1,\"articles\":1}]",
                    EventQueries.aggregate(c, EventQuery.all(), EventQueries.By.MODALITY).get("groups").toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(3, EventQueries.export(c, EventQuery.all(), ExportFormat.JSONL, out));
            assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void entityPagesListTheirEvents() throws Exception {
        try (Store store = open(); Connection c = store.newConnection()) {
            ObjectNode page = StoreQueries.entity(c, "Rex Tillerson");
            assertEquals(2, page.get("event_count").asLong());
            assertEquals("source", page.get("events").get(0).get("side").asText());
            ObjectNode russia = StoreQueries.entity(c, "Russia");
            assertEquals(2, russia.get("event_count").asLong(), "target of the visit, source in the other article");
        }
    }

    @Test
    void aStoreWithoutTheEventTablesSaysHowToAddThem(@TempDir Path old) throws Exception {
        try (Store store = Store.open(old, Store.Mode.READ_WRITE); Connection c = store.newConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE event_mentions");
            st.execute("DROP TABLE events");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(old, Store.Mode.READ_ONLY));
        assertTrue(e.getMessage().contains("no table events, event_mentions") && e.getMessage().contains("open it once for writing"), e.getMessage());
        Store.open(old, Store.Mode.READ_WRITE).close();
        try (Store store = Store.open(old, Store.Mode.READ_ONLY)) {
            assertEquals(0, StoreIngestTest.count(store, "SELECT count(*) FROM events"));
        }
    }

    @Test
    void storedArticlesReadBackWithTheirAnnotations() throws Exception {
        try (Store store = open(); Connection c = store.newConnection()) {
            List<StoredArticle> back = new ArrayList<>();
            long n = StoredDocuments.forEach(c, (a, at) -> back.add(a));
            assertEquals(2, n);
            assertTrue(back.get(0).id().compareTo(back.get(1).id()) < 0, "id order");
            for (StoredArticle s : back) {
                Annotations original = new HandAnnotator().annotate(s.article());
                Annotations read = s.annotations();
                assertEquals(original.events(), read.events());
                assertEquals(original.entities(), read.entities());
                assertEquals(original.mentions(), read.mentions());
                assertEquals(original.quotes(), read.quotes());
                assertEquals(original.dates(), read.dates());
                assertEquals(s.id(), s.article().id(), "the store id stands for the article");
                assertEquals(StoreIngestTest.string(store, "SELECT text FROM articles WHERE id = '" + s.id() + "'"), s.article().text());
                assertNull(s.copyOf().orElse(null));
            }
            ObjectNode article = StoreQueries.article(c, back.get(0).id()).orElseThrow();
            assertEquals(back.get(0).annotations().events().size(), article.get("events").size());
        }
    }
}
