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

        /** {@code INSERT INTO name VALUES (?, ...)}. */
        public String insert() {
            return "INSERT INTO " + name + " VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
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
            c("ingested_at", "TIMESTAMPTZ NOT NULL", "when it was stored")), List.of("id"),
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
                        a.text(), paras.toString(), or(a.credit()), null});
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

    /**
     * Every table, in write order (articles first). The event coder's {@code events} table goes here when it
     * lands (issue 4); its columns are its own to define.
     */
    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, MENTIONS, QUOTES, DATES, COUNTS, AMOUNTS);

    /** The table of that name, if the store has one. */
    public static Optional<Table> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
