package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

class StoreIngestTest {

    static Ingester.Summary ingest(Store store, Annotator annotator, List<String> args, Optional<Published> published, List<String> errors) {
        Ingester.Options opts = new Ingester.Options(published, Optional.empty(), 16);
        try (CorpusInputs in = new CorpusInputs(args, InputReader.Limits.DEFAULT, () -> new ByteArrayInputStream(new byte[0]),
                new Fetcher(Fetcher.Options.defaults()), store::hasUrl)) {
            return new Ingester(store, annotator, opts, errors::add, Ingester.Progress.none()).ingest(in);
        }
    }

    static long count(Store store, String sql) throws Exception {
        try (Connection c = store.newConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Store store, String sql) throws Exception {
        try (Connection c = store.newConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void annotationsLandInTheTablesAndTheIndex(@TempDir Path tmp) throws Exception {
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary s = ingest(store, new HandAnnotator(), List.of(Corpus.EXAMPLE.toString()),
                    Published.parse("2017-04-10", DateSource.USER), errors);
            assertEquals(List.of(), errors);
            assertEquals(1, s.stored());
            String id = string(store, "SELECT id FROM articles");
            assertEquals("2017-04-10", string(store, "SELECT published FROM articles"));
            assertTrue(string(store, "SELECT title FROM articles").startsWith("Russia faces mounting pressure"));
            // The hand-built annotations, row for row.
            assertEquals(2, count(store, "SELECT count(*) FROM entities WHERE article_id = '" + id + "'"));
            assertEquals("USA", string(store, "SELECT country FROM entities WHERE name = 'Rex Tillerson'"));
            assertEquals("Tillerson", string(store, "SELECT aliases[1] FROM entities WHERE name = 'Rex Tillerson'"));
            assertEquals("Secretary of State", string(store, "SELECT roles->>'$[0].title' FROM entities WHERE name = 'Rex Tillerson'"));
            // Two places: Moscow, located (the hand annotator places Tillerson's visit there), and the Russia entity,
            // not located, each with its code and its first mention.
            assertEquals(2, count(store, "SELECT count(*) FROM locations WHERE article_id = '" + id + "'"));
            assertEquals("RUS", string(store, "SELECT country FROM locations WHERE name = 'Russia' AND lat IS NULL"));
            assertEquals(1, count(store, "SELECT count(*) FROM locations WHERE name = 'Moscow' AND type = 'CITY' AND abs(lat - 55.7522) < 1e-6 "
                    + "AND geonames_id = 524901 AND fips = 'RS' AND adm1 = 'RS48' AND full_name = 'Moscow, Moskva, Russia'"));
            assertEquals(0, count(store, "SELECT count(*) FROM locations l JOIN articles a ON a.id = l.article_id "
                    + "WHERE substring(a.text, l.first_start_char + 1, length(l.name)) <> l.name"));
            long mentions = count(store, "SELECT count(*) FROM mentions WHERE entity = 0");
            assertTrue(mentions >= 2, "Tillerson is named more than once: " + mentions);
            // Every mention's offsets point at its words in the stored text.
            assertEquals(0, count(store, "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text"));
            assertEquals(1, count(store, "SELECT count(*) FROM quotes WHERE speaker = 0 AND kind = 'direct'"));
            assertEquals(0, count(store, "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                    + "WHERE substring(a.text, q.start_char + 1, q.end_char - q.start_char) <> q.text"));
            assertEquals(1, count(store, "SELECT count(*) FROM dates WHERE value = '2017-04-10'"));

            SearchResult r = store.index().search(SearchQuery.text("Tillerson"));
            assertEquals(1, r.total());
            assertEquals(id, r.hits().get(0).id());
            assertTrue(r.hits().get(0).snippet().contains("Tillerson"), r.hits().get(0).snippet());
            assertEquals("Rex Tillerson", r.facets().get("entity").get(0).value());
            SearchQuery byEntity = new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of("tillerson"),
                    List.of("rus"), List.of(), List.of(), List.of(), List.of(), List.of(), SearchQuery.Kind.ARTICLES, false, SearchQuery.Sort.DATE, 10, Optional.empty());
            assertEquals(1, store.index().search(byEntity).total(), "an alias and a country find it");
            SearchQuery quotesBy = new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of("Rex Tillerson"),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SearchQuery.Kind.QUOTES, false, SearchQuery.Sort.RELEVANCE, 10, Optional.empty());
            SearchResult quotes = store.index().search(quotesBy);
            assertEquals(1, quotes.total());
            assertEquals(Optional.of("Rex Tillerson"), quotes.hits().get(0).speaker());
            assertEquals(0, store.index().search(SearchQuery.text("Tillerson AND nonexistentword")).total());
        }
    }

    @Test
    void sameInputTwiceStoresNothingTwiceAndCopiesLinkToTheEarliest(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path a = Corpus.jsonl(corpus, "a.jsonl", 30, 1);
        Files.copy(a, corpus.resolve("a-again.jsonl")); // exact duplicates under other ids
        // A syndicated copy of a5 a day later on another site (a credit line added), and one of a7 a week earlier.
        List<String> lines = Files.readAllLines(a);
        String a5 = lines.get(5).replace("\"id\":\"a5\"", "\"id\":\"wire5\"").replace("news.example.org/5", "wire.example.com/5")
                .replace("2019-04-06", "2019-04-07").replace("\",\"url\"", " Distributed by Example Wire.\",\"url\"");
        String a7 = lines.get(7).replace("\"id\":\"a7\"", "\"id\":\"early7\"").replace("news.example.org/7", "first.example.net/7")
                .replace("2019-04-08", "2019-04-01").replace("\",\"url\"", " First published by First Net.\",\"url\"");
        Files.write(corpus.resolve("b-copies.jsonl"), List.of(a5, a7), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary first = ingest(store, Annotator.none(), List.of(corpus.toString()), Optional.empty(), errors);
            assertEquals(List.of(), errors);
            assertEquals(62, first.read());
            assertEquals(32, first.stored());
            assertEquals(30, first.duplicates());
            assertEquals(2, first.copies());
            String id5 = string(store, "SELECT id FROM articles WHERE input_id = 'a5'");
            String early7 = string(store, "SELECT id FROM articles WHERE input_id = 'early7'");
            assertEquals(id5, string(store, "SELECT copy_of FROM articles WHERE input_id = 'wire5'"));
            // early7 came later but is older: the cluster now points at it.
            assertNull(string(store, "SELECT copy_of FROM articles WHERE input_id = 'early7'"));
            assertEquals(early7, string(store, "SELECT copy_of FROM articles WHERE input_id = 'a7'"));
            assertEquals(30, store.index().search(SearchQuery.all().withLimit(100)).total(), "copies do not count twice");

            Ingester.Summary again = ingest(store, Annotator.none(), List.of(corpus.toString()), Optional.empty(), errors);
            assertEquals(0, again.stored());
            assertEquals(62, again.duplicates());
            assertEquals(32, count(store, "SELECT count(*) FROM articles"));
            assertEquals(32, store.index().count(SearchQuery.Kind.ARTICLES));
        }
        // Reopened: the dedupe state comes back from the tables.
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            assertEquals(0, ingest(store, Annotator.none(), List.of(corpus.toString()), Optional.empty(), errors).stored());
        }
    }

    @Test
    void warcAndCsvInputsAndBadRowsReportedWithTheirPlace(@TempDir Path tmp) throws Exception {
        Path warc = tmp.resolve("crawl.warc.gz");
        Random r = new Random(7);
        try (WarcWriter w = new WarcWriter(warc)) {
            for (int i = 0; i < 3; i++) {
                String html = "<html><head><title>Harbour story " + i + "</title><meta property=\"article:published_time\" content=\"2020-01-0"
                        + (i + 1) + "\"></head><body><article><h1>Harbour story " + i + "</h1><p>" + Corpus.text(r, 60).replace("\n\n", "</p><p>")
                        + "</p></article></body></html>";
                byte[] body = html.getBytes(StandardCharsets.UTF_8);
                String head = "HTTP/1.1 " + (i == 2 ? "404 Not Found" : "200 OK") + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
                byte[] http = (head + html).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://port.example.org/news/" + i)).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        Path csv = tmp.resolve("wiki.csv");
        Files.writeString(csv, "url,date,title,text\n"
                + "https://en.wikinews.org/wiki/A,2019-01-04,\"Dam opens, town cheers\",\"Friday, January 4, 2019\n\n" + Corpus.text(r, 60) + "\"\n"
                + "https://en.wikinews.org/wiki/B,not-a-date,B,\"" + Corpus.text(r, 60) + "\"\n"
                + "https://en.wikinews.org/wiki/C,2019-01-06,\"He said \"\"no\"\"\",\"" + Corpus.text(r, 60) + "\"\n", StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary s = ingest(store, Annotator.none(), List.of(warc.toString(), csv.toString(), tmp.resolve("missing.html").toString()),
                    Optional.empty(), errors);
            assertEquals(4, s.stored(), errors.toString());
            assertEquals(2, s.failed());
            assertTrue(errors.get(0).startsWith(csv + ":7: not a date"), errors.toString());
            assertTrue(errors.get(1).contains("missing.html: no such file"), errors.toString());
            assertEquals("https://port.example.org/news/1", string(store, "SELECT url FROM articles WHERE title = 'Harbour story 1'"));
            assertTrue(string(store, "SELECT input_source FROM articles WHERE title = 'Harbour story 1'").startsWith(warc + "@"));
            assertEquals("port.example.org", string(store, "SELECT source_name FROM articles WHERE title = 'Harbour story 0'"));
            assertEquals("Dam opens, town cheers", string(store, "SELECT title FROM articles WHERE url LIKE '%/A'"));
            assertEquals("He said \"no\"", string(store, "SELECT title FROM articles WHERE url LIKE '%/C'"));
            assertEquals("2019-01-06", string(store, "SELECT published FROM articles WHERE url LIKE '%/C'"));
            SearchQuery jan = new SearchQuery(Optional.empty(), Optional.of(LocalDate.of(2019, 1, 1)), Optional.of(LocalDate.of(2019, 12, 31)),
                    List.of("en.wikinews.org"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SearchQuery.Kind.ARTICLES, false, SearchQuery.Sort.DATE, 1, Optional.empty());
            SearchResult page1 = store.index().search(jan);
            assertEquals(2, page1.total());
            assertTrue(page1.nextCursor().isPresent());
            SearchResult page2 = store.index().search(jan.withCursor(page1.nextCursor()));
            assertEquals(1, page2.hits().size());
            assertFalse(page1.hits().get(0).id().equals(page2.hits().get(0).id()), "the cursor moves on");
            assertEquals(LocalDate.of(2019, 1, 6), page1.hits().get(0).published().orElseThrow(), "newest first");
        }
    }
}
