package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Article;
import org.newsgraph.model.Count;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.TimeExpression;

/**
 * The store's tables, each declared once: its columns (with their DuckDB types, the schema documented in
 * {@code docs/store.md}) and how a {@link StoredArticle} becomes its rows. {@link StoreWriter} writes every
 * table listed in {@link #ALL} the same way, so a new record type (the CAMEO {@code events} of the event
 * coder) is one more {@link Table} here and nothing else.
 */
public final class Tables {
    private Tables() {}

    /** A column: name, DuckDB type, meaning. */
    public record Column(String name, String type, String doc) {}

    /**
     * A table written per article.
     *
     * @param name    the table name
     * @param columns its columns, in order
     * @param key     the primary key's columns (none for annotation tables: their rows go and come with the article)
     * @param rows    the rows one article gives, each an array in column order
     */
    public record Table(String name, List<Column> columns, List<String> key, Function<StoredArticle, List<Object[]>> rows) {
        public Table {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
        }

        Table(String name, List<Column> columns, Function<StoredArticle, List<Object[]>> rows) {
            this(name, columns, List.of(), rows);
        }

        /** {@code CREATE TABLE IF NOT EXISTS ...}. */
        public String ddl() {
            StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (");
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(columns.get(i).name()).append(' ').append(columns.get(i).type());
            }
            if (!key.isEmpty()) sb.append(", PRIMARY KEY (").append(String.join(", ", key)).append(')');
            return sb.append(')').toString();
        }

        /** {@code INSERT INTO name (columns) VALUES (?, ...)}: by name, since columns added to an older store come last. */
        public String insert() {
            return "INSERT INTO " + name + " (" + String.join(", ", columnNames()) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }

        /** The position of a column. */
        public int indexOf(String column) {
            int i = columnNames().indexOf(column);
            if (i < 0) throw new IllegalArgumentException("no column " + column + " in " + name);
            return i;
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Column c(String name, String type, String doc) {
        return new Column(name, type, doc);
    }

    /** Marker for a list column: bound as a SQL array. */
    public record SqlList(List<String> values) {}

    private static <T> T or(Optional<T> o) {
        return o.orElse(null);
    }

    public static final Table ARTICLES = new Table("articles", List.of(
            c("id", "VARCHAR NOT NULL", "store id: first 16 hex digits of content_hash"),
            c("rev", "BIGINT NOT NULL", "revision: raised whenever the row is written or changed; the search index follows it"),
            c("content_hash", "VARCHAR NOT NULL", "hex SHA-256 of the body, white space and case folded: exact duplicates share it"),
            c("simhash", "BIGINT NOT NULL", "64-bit SimHash of the body's word 3-shingles"),
            c("copy_of", "VARCHAR", "id of the earliest article this one is a near-duplicate (syndicated copy) of; NULL for originals"),
            c("input_id", "VARCHAR NOT NULL", "the id the input gave (file name without extensions, jsonl id, CSV row)"),
            c("input_source", "VARCHAR NOT NULL", "where it was read: path, file.jsonl:LINE, file.warc.gz@OFFSET, URL"),
            c("source_name", "VARCHAR", "the site: site name from the page, else the URL's host"),
            c("url", "VARCHAR", "page URL as given or fetched"),
            c("canonical_url", "VARCHAR", "canonical URL the page declares"),
            c("title", "VARCHAR", "headline"),
            c("section", "VARCHAR", "section, else site name"),
            c("site_name", "VARCHAR", "site or publisher the page names"),
            c("authors", "VARCHAR[]", "authors in page order"),
            c("published", "DATE", "publication date"),
            c("published_at", "TIMESTAMPTZ", "publication instant, when the source gave a time with a zone"),
            c("published_source", "VARCHAR", "where the date came from: user, json-ld, meta, page-data, url, text"),
            c("language", "VARCHAR", "ISO 639-1"),
            c("format", "VARCHAR NOT NULL", "html or text"),
            c("text", "VARCHAR NOT NULL", "the body, paragraphs separated by a blank line; all offsets are into it"),
            c("paragraphs", "JSON NOT NULL", "[{kind, start, end}] blocks with offsets into text"),
            c("credit", "VARCHAR", "credit line kept out of the body"),
            c("ingested_at", "TIMESTAMPTZ NOT NULL", "when it was stored"),
            c("annotated", "BOOLEAN", "whether the annotate stage ran on it (false: see annotation_note; NULL in stores written before this column)"),
            c("annotation_note", "VARCHAR", "why it was not annotated: a language without models, --no-nlp, or the annotation's failure")), List.of("id"),
            s -> {
                Article a = s.article();
                ArrayNode paras = JSON.createArrayNode();
                for (Paragraph p : a.paragraphs()) {
                    ObjectNode o = paras.addObject();
                    o.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("start", p.start());
                    o.put("end", p.end());
                }
                // rev and ingested_at are filled by the writer, which owns the revision counter and the clock.
                return List.<Object[]>of(new Object[] {s.id(), null, s.contentHash(), s.simHash(), or(s.copyOf()), a.id(), a.source(),
                        or(s.sourceName()), or(a.url()), or(a.canonicalUrl()), or(a.title()), or(a.section()), or(a.siteName()),
                        new SqlList(a.authors()), a.published().map(p -> p.date()).orElse(null),
                        a.published().flatMap(p -> p.instant()).orElse(null),
                        a.published().map(p -> p.source().jsonName()).orElse(null), or(a.language()), a.format().jsonName(),
                        a.text(), paras.toString(), or(a.credit()), null, s.annotationNote().isEmpty(), or(s.annotationNote())});
            });

    public static final Table ENTITIES = new Table("entities", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("entity", "INTEGER NOT NULL", "entity id, unique within the article"),
            c("name", "VARCHAR NOT NULL", "fullest name in the article"),
            c("type", "VARCHAR NOT NULL", "PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, NATIONALITY, TITLE, MISC"),
            c("aliases", "VARCHAR[]", "other names it goes by in the article"),
            c("roles", "JSON", "[{title, country, affiliation}] titles and functions the article gives it"),
            c("country", "VARCHAR", "ISO 3166 alpha-3"),
            c("mentions", "INTEGER NOT NULL", "number of mentions")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (Entity e : s.annotations().entities()) {
                    ArrayNode roles = JSON.createArrayNode();
                    for (Role r : e.roles()) {
                        ObjectNode o = roles.addObject();
                        o.put("title", r.title());
                        o.put("country", r.country().orElse(null));
                        o.put("affiliation", r.affiliation());
                    }
                    rows.add(new Object[] {s.id(), e.id(), e.name(), e.type().name(), new SqlList(e.aliases()), roles.toString(),
                            or(e.country()), e.mentions()});
                }
                return rows;
            });

    /**
     * The places of each article: every place the geocoder located (one row per place, with its coordinates,
     * GeoNames id, feature code, FIPS and ADM1 codes, and where the article first names it), then the place
     * entities it could not locate (coordinates NULL).
     */
    public static final Table LOCATIONS = new Table("locations", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("entity", "INTEGER NOT NULL", "entities.entity of the place, -1 when it is no entity (a nationality, a name the tagger missed)"),
            c("name", "VARCHAR NOT NULL", "the gazetteer's name of the place, else its fullest name in the article"),
            c("type", "VARCHAR NOT NULL", "COUNTRY, STATE_OR_PROVINCE, CITY or LOCATION (continents, regions, places not located)"),
            c("country", "VARCHAR", "ISO 3166 alpha-3 of the country it is (or is in), when known"),
            c("mentions", "INTEGER NOT NULL", "number of mentions"),
            c("first_start_char", "INTEGER NOT NULL", "offset of its first mention in articles.text"),
            c("first_sentence", "INTEGER NOT NULL", "sentence of its first mention"),
            c("full_name", "VARCHAR", "place, division and country as GDELT writes them (\"Lucca, Toscana, Italy\")"),
            c("lat", "DOUBLE", "latitude (WGS84), NULL when not located"),
            c("lon", "DOUBLE", "longitude, NULL when not located"),
            c("geonames_id", "BIGINT", "GeoNames id of the gazetteer entry, NULL when it has none"),
            c("feature_code", "VARCHAR", "GeoNames feature code (PCLI, ADM1, PPLC, PPL, CONT, ...)"),
            c("fips", "VARCHAR", "FIPS 10-4 country code (GDELT's CountryCode)"),
            c("adm1", "VARCHAR", "GDELT ADM1 code: FIPS country and division (SY12)"),
            c("confidence", "DOUBLE", "the geocoder's confidence, 0 to 1")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                java.util.Map<String, Object[]> byPlace = new java.util.LinkedHashMap<>();
                java.util.Set<Integer> located = new java.util.HashSet<>();
                for (Location l : s.annotations().locations()) {
                    String key = l.name() + "|" + l.lat() + "|" + l.lon();
                    Object[] row = byPlace.get(key);
                    if (row != null) {
                        row[5] = (Integer) row[5] + 1;
                        if ((Integer) row[1] < 0 && l.entity() >= 0) row[1] = l.entity();
                        continue;
                    }
                    if (l.entity() >= 0) located.add(l.entity());
                    byPlace.put(key, new Object[] {s.id(), l.entity(), l.name(), placeType(l), or(l.country()), 1, l.start(), l.sentence(),
                            l.fullName(), l.lat(), l.lon(), l.geonamesId() > 0 ? l.geonamesId() : null, l.featureCode(), or(l.fips()),
                            or(l.admin1()), l.confidence()});
                }
                java.util.Set<String> locatedNames = new java.util.HashSet<>();
                for (Object[] row : byPlace.values()) {
                    if ((Integer) row[1] >= 0) located.add((Integer) row[1]);
                    locatedNames.add((String) row[2]);
                    rows.add(row);
                }
                for (Entity e : s.annotations().entities()) {
                    // A place entity none of whose mentions was located, unless a located place goes by its name.
                    if (!e.type().isPlace() || located.contains(e.id()) || locatedNames.contains(e.name())) continue;
                    Mention first = null;
                    for (Mention m : s.annotations().mentions()) {
                        if (m.entity() == e.id()) {
                            first = m;
                            break;
                        }
                    }
                    if (first == null) continue;
                    rows.add(new Object[] {s.id(), e.id(), e.name(), e.type().name(), or(e.country()), e.mentions(),
                            first.start(), first.sentence(), null, null, null, null, null, null, null, null});
                }
                return rows;
            });

    /** The kind of a located place, in the entity types' terms. */
    private static String placeType(Location l) {
        if (l.isCountry()) return "COUNTRY";
        if (l.featureClass().equals("A")) return "STATE_OR_PROVINCE";
        if (l.featureClass().equals("P")) return "CITY";
        return "LOCATION";
    }

    public static final Table MENTIONS = new Table("mentions", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("entity", "INTEGER NOT NULL", "entities.entity, -1 for mentions that are not entities"),
            c("text", "VARCHAR NOT NULL", "the words as written"),
            c("type", "VARCHAR NOT NULL", "entity type"),
            c("start_char", "INTEGER NOT NULL", "offset in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past it"),
            c("sentence", "INTEGER NOT NULL", "sentence index")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (Mention m : s.annotations().mentions()) {
                    rows.add(new Object[] {s.id(), m.entity(), m.text(), m.type().name(), m.start(), m.end(), m.sentence()});
                }
                return rows;
            });

    public static final Table QUOTES = new Table("quotes", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("quote", "INTEGER NOT NULL", "0-based index of the quote in the article"),
            c("text", "VARCHAR NOT NULL", "what was said"),
            c("kind", "VARCHAR NOT NULL", "direct, partial, indirect"),
            c("start_char", "INTEGER NOT NULL", "offset of text in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past it"),
            c("sentence", "INTEGER NOT NULL", "sentence index"),
            c("speaker", "INTEGER NOT NULL", "entities.entity of the speaker, -1 when not a named entity"),
            c("speaker_text", "VARCHAR", "the words naming the speaker"),
            c("speaker_start", "INTEGER NOT NULL", "offset of speaker_text, -1 when absent"),
            c("speaker_end", "INTEGER NOT NULL", "offset just past it, -1 when absent"),
            c("verb", "VARCHAR", "speech verb as written"),
            c("verb_start", "INTEGER NOT NULL", "offset of the verb, -1 when absent")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                List<Quote> quotes = s.annotations().quotes();
                for (int i = 0; i < quotes.size(); i++) {
                    Quote q = quotes.get(i);
                    rows.add(new Object[] {s.id(), i, q.text(), q.kind().jsonName(), q.start(), q.end(), q.sentence(), q.speaker(),
                            or(q.speakerText()), q.speakerStart(), q.speakerEnd(), or(q.verb()), q.verbStart()});
                }
                return rows;
            });

    public static final Table DATES = new Table("dates", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("text", "VARCHAR NOT NULL", "the words as written"),
            c("type", "VARCHAR NOT NULL", "TimeML type: DATE, TIME, DURATION, SET"),
            c("value", "VARCHAR NOT NULL", "TimeML value (2017-04-10, 2017-W14, P2D, PRESENT_REF)"),
            c("start_char", "INTEGER NOT NULL", "offset in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past it"),
            c("sentence", "INTEGER NOT NULL", "sentence index")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (TimeExpression t : s.annotations().dates()) {
                    rows.add(new Object[] {s.id(), t.text(), t.type().name(), t.value(), t.start(), t.end(), t.sentence()});
                }
                return rows;
            });

    public static final Table COUNTS = new Table("counts", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("type", "VARCHAR NOT NULL", "GKG count type: KILL, WOUND, ARREST, ..."),
            c("number", "DOUBLE NOT NULL", "how many"),
            c("number_text", "VARCHAR NOT NULL", "the number as written"),
            c("object", "VARCHAR NOT NULL", "who or what"),
            c("place", "VARCHAR", "the place as written"),
            c("place_entity", "INTEGER NOT NULL", "entities.entity of the place, -1 when none"),
            c("start_char", "INTEGER NOT NULL", "offset of the phrase in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past it"),
            c("sentence", "INTEGER NOT NULL", "sentence index")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (Count k : s.annotations().counts()) {
                    rows.add(new Object[] {s.id(), k.type().name(), k.number(), k.numberText(), k.object(), or(k.place()),
                            k.placeEntity(), k.start(), k.end(), k.sentence()});
                }
                return rows;
            });

    public static final Table AMOUNTS = new Table("amounts", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("value", "DOUBLE NOT NULL", "the normalised number"),
            c("text", "VARCHAR NOT NULL", "the number as written"),
            c("object", "VARCHAR NOT NULL", "what it counts, empty when none"),
            c("start_char", "INTEGER NOT NULL", "offset in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past it"),
            c("sentence", "INTEGER NOT NULL", "sentence index")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (Amount m : s.annotations().amounts()) {
                    rows.add(new Object[] {s.id(), m.value(), m.text(), m.object(), m.start(), m.end(), m.sentence()});
                }
                return rows;
            });

    public static final Table EVENTS = new Table("events", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("event", "INTEGER NOT NULL", "event id, unique within the article"),
            c("published", "DATE", "the article's publication date (copied here so events aggregate by day without a join)"),
            c("code", "VARCHAR NOT NULL", "CAMEO event code as a string (\"042\", \"1312\")"),
            c("root_code", "VARCHAR NOT NULL", "its two-digit CAMEO root (\"04\")"),
            c("base_code", "VARCHAR NOT NULL", "its three-digit base code, or the root for a root-level code"),
            c("label", "VARCHAR NOT NULL", "CAMEO 1.1b3 label of the code"),
            c("goldstein", "DOUBLE NOT NULL", "Goldstein conflict-cooperation score (-10 to +10)"),
            c("quad_class", "INTEGER NOT NULL", "GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
            c("plover_event", "VARCHAR", "PLOVER event type (ASSAULT, SANCTION, ...); NULL for CAMEO 01 statements"),
            c("plover_mode", "VARCHAR", "PLOVER mode, when the code gives one"),
            c("plover_context", "VARCHAR", "PLOVER context, when the code gives one"),
            c("modality", "VARCHAR NOT NULL", "asserted, reported, hypothetical, negated, denied, future: that of its most factual mention"),
            c("source_code", "VARCHAR", "CAMEO actor code of who acts (GBRGOV, ---REB); NULL when the text names no one"),
            c("source_country", "VARCHAR", "the country part of source_code (ISO 3166 alpha-3 or international code)"),
            c("source_role", "VARCHAR", "the first role code of source_code (GOV, MIL, REB, ...)"),
            c("source_name", "VARCHAR", "the source actor's entity name, or its words as written"),
            c("source_entity", "INTEGER NOT NULL", "entities.entity of the source actor, -1 when none"),
            c("source_start", "INTEGER NOT NULL", "offset of the words naming the source actor, -1 when none"),
            c("source_end", "INTEGER NOT NULL", "offset just past them, -1 when none"),
            c("target_code", "VARCHAR", "CAMEO actor code of who is acted upon; NULL when the text names no one"),
            c("target_country", "VARCHAR", "the country part of target_code"),
            c("target_role", "VARCHAR", "the first role code of target_code"),
            c("target_name", "VARCHAR", "the target actor's entity name, or its words as written"),
            c("target_entity", "INTEGER NOT NULL", "entities.entity of the target actor, -1 when none"),
            c("target_start", "INTEGER NOT NULL", "offset of the words naming the target actor, -1 when none"),
            c("target_end", "INTEGER NOT NULL", "offset just past them, -1 when none"),
            c("mentions", "INTEGER NOT NULL", "number of mentions (rows in event_mentions)"),
            c("action", "VARCHAR NOT NULL", "the first mention's action words as written"),
            c("start_char", "INTEGER NOT NULL", "offset of the first mention's action words in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past them"),
            c("sentence", "INTEGER NOT NULL", "sentence index of the first mention"),
            c("reporter", "INTEGER NOT NULL", "entities.entity of who reports the first mention, -1 when none or not an entity"),
            c("reporter_text", "VARCHAR", "the words naming that reporter"),
            c("quote", "INTEGER NOT NULL", "quotes.quote the first mention comes from, -1 when none"),
            c("place", "VARCHAR", "where it happened (its action place): place, division and country (\"Lucca, Toscana, Italy\"); NULL when the article names no place"),
            c("place_lat", "DOUBLE", "latitude of the action place"),
            c("place_lon", "DOUBLE", "longitude of the action place"),
            c("place_country", "VARCHAR", "ISO 3166 alpha-3 of the action place's country"),
            c("place_fips", "VARCHAR", "FIPS 10-4 code of that country (GDELT's ActionGeo_CountryCode)"),
            c("place_adm1", "VARCHAR", "GDELT ADM1 code of the action place"),
            c("place_type", "INTEGER NOT NULL", "GDELT geographic type of the action place: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; 0 none"),
            c("place_geonames_id", "BIGINT", "GeoNames id of the action place, NULL when it has none"),
            c("place_text", "VARCHAR", "the words naming the action place in articles.text"),
            c("place_start", "INTEGER NOT NULL", "their offset, -1 when none"),
            c("place_sentence", "INTEGER NOT NULL", "their sentence, -1 when none"),
            c("place_entity", "INTEGER NOT NULL", "entities.entity of the action place, -1 when none"),
            c("place_name", "VARCHAR", "the gazetteer's name of the action place"),
            c("place_feature_class", "VARCHAR", "its GeoNames feature class (A, P, L)"),
            c("place_feature_code", "VARCHAR", "its GeoNames feature code (PCLI, ADM1, PPLC, PPL, ...)"),
            c("place_confidence", "DOUBLE", "the geocoder's confidence in it, 0 to 1")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                Object published = s.article().published().map(p -> p.date()).orElse(null);
                for (Event e : s.annotations().events()) {
                    EventMention m = e.first();
                    List<Object> row = new ArrayList<>(List.of(s.id(), e.id()));
                    row.add(published);
                    row.addAll(List.of(e.code(), e.rootCode(), e.baseCode(), e.label(), e.goldstein(), e.quadClass()));
                    row.add(e.plover().map(p -> p.event()).orElse(null));
                    row.add(e.plover().flatMap(p -> p.mode()).orElse(null));
                    row.add(e.plover().flatMap(p -> p.context()).orElse(null));
                    row.add(e.modality().jsonName());
                    actor(row, e.source());
                    actor(row, e.target());
                    row.addAll(List.of(e.mentions().size(), m.action(), m.actionStart(), m.actionEnd(), m.sentence(), m.reporter()));
                    row.add(or(m.reporterText()));
                    row.add(m.quote());
                    Location l = e.place().orElse(null);
                    row.addAll(java.util.Arrays.asList(l == null ? null : l.fullName(), l == null ? null : l.lat(), l == null ? null : l.lon(),
                            l == null ? null : or(l.country()), l == null ? null : or(l.fips()), l == null ? null : or(l.admin1()),
                            l == null ? 0 : l.gdeltType(), l == null || l.geonamesId() <= 0 ? null : l.geonamesId(),
                            l == null ? null : l.text(), l == null ? -1 : l.start(), l == null ? -1 : l.sentence(),
                            l == null ? -1 : l.entity(), l == null ? null : l.name(), l == null ? null : l.featureClass(),
                            l == null ? null : l.featureCode(), l == null ? null : l.confidence()));
                    rows.add(row.toArray());
                }
                return rows;
            });

    /** An actor's seven columns: code, country, role, name, entity, start, end (NULLs and -1 when absent). */
    private static void actor(List<Object> row, Optional<EventActor> actor) {
        if (actor.isEmpty()) {
            row.addAll(java.util.Arrays.asList(null, null, null, null, -1, -1, -1));
            return;
        }
        EventActor a = actor.get();
        row.addAll(java.util.Arrays.asList(a.code(), or(a.country()), or(a.role()), a.name(), a.entity(), a.start(), a.end()));
    }

    public static final Table EVENT_MENTIONS = new Table("event_mentions", List.of(
            c("article_id", "VARCHAR NOT NULL", "articles.id"),
            c("event", "INTEGER NOT NULL", "events.event"),
            c("mention", "INTEGER NOT NULL", "0-based index of the mention within the event, in text order"),
            c("action", "VARCHAR NOT NULL", "the action words as written"),
            c("start_char", "INTEGER NOT NULL", "offset of the action words in articles.text"),
            c("end_char", "INTEGER NOT NULL", "offset just past them"),
            c("sentence", "INTEGER NOT NULL", "sentence index"),
            c("modality", "VARCHAR NOT NULL", "how this mention presents the event"),
            c("reporter", "INTEGER NOT NULL", "entities.entity of who reports it, -1 when none or not an entity"),
            c("reporter_text", "VARCHAR", "the words naming the reporter"),
            c("quote", "INTEGER NOT NULL", "quotes.quote it comes from, -1 when none")),
            s -> {
                List<Object[]> rows = new ArrayList<>();
                for (Event e : s.annotations().events()) {
                    for (int i = 0; i < e.mentions().size(); i++) {
                        EventMention m = e.mentions().get(i);
                        rows.add(new Object[] {s.id(), e.id(), i, m.action(), m.actionStart(), m.actionEnd(), m.sentence(),
                                m.modality().jsonName(), m.reporter(), or(m.reporterText()), m.quote()});
                    }
                }
                return rows;
            });

    /** Columns of {@link #ALL} that the database lacks ({@code table.column}): a store written by an older Newsgraph. */
    static List<String> missingColumns(java.sql.Connection conn) throws java.sql.SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (java.sql.Statement st = conn.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns")) {
            while (rs.next()) present.add(rs.getString(1) + "." + rs.getString(2));
        }
        List<String> out = new ArrayList<>();
        for (Table t : ALL) {
            if (!present.contains(t.name() + "." + t.columns().get(0).name())) continue; // the table itself is missing
            for (Column c : t.columns()) if (!present.contains(t.name() + "." + c.name())) out.add(t.name() + "." + c.name());
        }
        return out;
    }

    /**
     * Adds the columns a store written by an older Newsgraph lacks, nullable (a NOT NULL column cannot be added
     * to rows that have no value for it), so old rows read NULL there.
     */
    static void addMissingColumns(java.sql.Connection conn) throws java.sql.SQLException {
        for (String tc : missingColumns(conn)) {
            String table = tc.substring(0, tc.indexOf('.')), column = tc.substring(tc.indexOf('.') + 1);
            Table t = named(table).orElseThrow();
            String type = t.columns().get(t.indexOf(column)).type().replace(" NOT NULL", "");
            try (java.sql.Statement st = conn.createStatement()) {
                st.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
            }
        }
    }

    /**
     * Every table, in write order (articles first).
     */
    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, LOCATIONS, MENTIONS, QUOTES, DATES, COUNTS, AMOUNTS, EVENTS,
            EVENT_MENTIONS);

    /** The table of that name, if the store has one. */
    public static Optional<Table> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
