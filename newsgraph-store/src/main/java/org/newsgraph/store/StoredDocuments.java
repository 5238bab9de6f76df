package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountType;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Plover;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;

/**
 * Reads the store's rows back into articles with their annotations, the model the GDELT writers and other
 * per-article exporters take, streaming: articles are read in id order, {@value #CHUNK} at a time, each
 * chunk's annotation rows with one query per table, so a store of any size goes through in constant memory.
 *
 * <p>The rebuilt {@link Article}'s id is the store id (not the input's id), so ids derived from it (GDELT's
 * GLOBALEVENTID) are the same for the same text whatever input it came from. Sentences and tokens are not
 * stored and come back empty; paragraphs come back without their source offsets.
 */
public final class StoredDocuments {
    /** Articles read per round of queries. */
    public static final int CHUNK = 256;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredDocuments() {}

    /** Receives each stored article with the instant it was stored. */
    @FunctionalInterface
    public interface Sink {
        void accept(StoredArticle article, OffsetDateTime ingestedAt) throws IOException;
    }

    /** Passes every stored article, in id order, to the sink; returns how many. */
    public static long forEach(Connection c, Sink sink) throws SQLException, IOException {
        String after = "";
        long n = 0;
        while (true) {
            List<Row> chunk = new ArrayList<>(CHUNK);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, content_hash, simhash, copy_of, input_id, input_source, source_name, url, "
                    + "canonical_url, title, section, site_name, authors, published, published_at, published_source, language, format, text, "
                    + "paragraphs, credit, ingested_at FROM articles WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) chunk.add(article(rs));
                }
            }
            if (chunk.isEmpty()) return n;
            String lo = after, hi = chunk.get(chunk.size() - 1).stored().id();
            Parts parts = new Parts(c, lo, hi);
            for (Row r : chunk) {
                String id = r.stored().id();
                Annotations a = new Annotations(List.of(), parts.mentions(id), parts.entities(id), parts.quotes(id), parts.dates(id),
                        parts.counts(id), parts.amounts(id), parts.events(id));
                StoredArticle s = r.stored();
                sink.accept(new StoredArticle(s.id(), s.contentHash(), s.simHash(), s.copyOf(), s.sourceName(), s.article(), a), r.ingestedAt());
                n++;
            }
            after = hi;
        }
    }

    private record Row(StoredArticle stored, OffsetDateTime ingestedAt) {}

    private static Row article(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String text = rs.getString("text");
        List<Paragraph> paragraphs = new ArrayList<>();
        try {
            for (JsonNode p : JSON.readTree(rs.getString("paragraphs"))) {
                int start = p.get("start").asInt(), end = p.get("end").asInt();
                if (start < 0 || end <= start || end > text.length()) continue; // written by us; a bad block is skipped, not fatal
                paragraphs.add(new Paragraph(constant(ParagraphKind.class, p.get("kind").asText()), text.substring(start, end), start, end, -1, -1));
            }
        } catch (IOException e) {
            throw new SQLException("article " + id + ": unreadable paragraphs column: " + e.getMessage(), e);
        }
        LocalDate day = rs.getObject("published", LocalDate.class);
        Optional<Published> published = Optional.empty();
        if (day != null) {
            OffsetDateTime at = rs.getObject("published_at", OffsetDateTime.class);
            String source = rs.getString("published_source");
            published = Optional.of(new Published(day, Optional.ofNullable(at),
                    source == null ? DateSource.USER : constant(DateSource.class, source)));
        }
        Article a = new Article(rs.getString("input_id"), rs.getString("input_source"), ArticleStatus.ARTICLE, opt(rs, "title"),
                opt(rs, "section"), opt(rs, "site_name"), strings(rs.getArray("authors")), published, opt(rs, "language"), paragraphs, text,
                opt(rs, "credit"), opt(rs, "url"), opt(rs, "canonical_url"), constant(InputFormat.class, rs.getString("format")));
        // The store id replaces the input's id: see the class comment.
        a = new Article(id, a.source(), a.status(), a.title(), a.section(), a.siteName(), a.authors(), a.published(), a.language(),
                a.paragraphs(), a.text(), a.credit(), a.url(), a.canonicalUrl(), a.format());
        OffsetDateTime ingested = rs.getObject("ingested_at", OffsetDateTime.class);
        return new Row(new StoredArticle(id, rs.getString("content_hash"), rs.getLong("simhash"), opt(rs, "copy_of"), opt(rs, "source_name"),
                a, Annotations.empty()), ingested == null ? OffsetDateTime.now(ZoneOffset.UTC) : ingested);
    }

    /** One chunk's annotation rows, by article id. */
    private static final class Parts {
        private final Map<String, List<Mention>> mentions = new HashMap<>();
        private final Map<String, List<Entity>> entities = new HashMap<>();
        private final Map<String, List<Quote>> quotes = new HashMap<>();
        private final Map<String, List<TimeExpression>> dates = new HashMap<>();
        private final Map<String, List<Count>> counts = new HashMap<>();
        private final Map<String, List<Amount>> amounts = new HashMap<>();
        private final Map<String, List<Event>> events = new HashMap<>();

        Parts(Connection c, String lo, String hi) throws SQLException {
            read(c, "mentions", "start_char, end_char", lo, hi, (rs, id) -> mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new Mention(rs.getString("text"), constant(EntityType.class, rs.getString("type")), rs.getInt("start_char"),
                            rs.getInt("end_char"), rs.getInt("sentence"), rs.getInt("entity"))));
            read(c, "entities", "entity", lo, hi, (rs, id) -> entities.computeIfAbsent(id, k -> new ArrayList<>()).add(entity(rs)));
            read(c, "quotes", "quote", lo, hi, (rs, id) -> quotes.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new Quote(rs.getString("text"), constant(QuoteKind.class, rs.getString("kind")), rs.getInt("start_char"), rs.getInt("end_char"),
                            rs.getInt("sentence"), rs.getInt("speaker"), opt(rs, "speaker_text"), rs.getInt("speaker_start"),
                            rs.getInt("speaker_end"), opt(rs, "verb"), rs.getInt("verb_start"))));
            read(c, "dates", "start_char, end_char", lo, hi, (rs, id) -> dates.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new TimeExpression(rs.getString("text"), constant(TimexType.class, rs.getString("type")), rs.getString("value"),
                            rs.getInt("start_char"), rs.getInt("end_char"), rs.getInt("sentence"))));
            read(c, "counts", "start_char, end_char", lo, hi, (rs, id) -> counts.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new Count(constant(CountType.class, rs.getString("type")), rs.getDouble("number"), rs.getString("number_text"),
                            rs.getString("object"), opt(rs, "place"), rs.getInt("place_entity"), rs.getInt("start_char"), rs.getInt("end_char"),
                            rs.getInt("sentence"))));
            read(c, "amounts", "start_char, end_char", lo, hi, (rs, id) -> amounts.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new Amount(rs.getDouble("value"), rs.getString("text"), rs.getString("object"), rs.getInt("start_char"),
                            rs.getInt("end_char"), rs.getInt("sentence"))));
            Map<String, Map<Integer, List<EventMention>>> eventMentions = new HashMap<>();
            read(c, "event_mentions", "event, mention", lo, hi, (rs, id) -> eventMentions.computeIfAbsent(id, k -> new HashMap<>())
                    .computeIfAbsent(rs.getInt("event"), k -> new ArrayList<>()).add(new EventMention(rs.getInt("sentence"),
                            rs.getInt("start_char"), rs.getInt("end_char"), rs.getString("action"), modality(rs.getString("modality")),
                            rs.getInt("reporter"), opt(rs, "reporter_text"), rs.getInt("quote"))));
            read(c, "events", "event", lo, hi, (rs, id) -> {
                int event = rs.getInt("event");
                List<EventMention> ms = eventMentions.getOrDefault(id, Map.of()).getOrDefault(event, List.of());
                if (ms.isEmpty()) throw new SQLException("article " + id + ", event " + event + ": no rows in event_mentions");
                String ploverEvent = rs.getString("plover_event");
                Optional<Plover> plover = ploverEvent == null ? Optional.empty()
                        : Optional.of(new Plover(ploverEvent, opt(rs, "plover_mode"), opt(rs, "plover_context")));
                events.computeIfAbsent(id, k -> new ArrayList<>()).add(new Event(event, rs.getString("code"), rs.getString("label"),
                        rs.getDouble("goldstein"), rs.getInt("quad_class"), plover, actor(rs, "source_"), actor(rs, "target_"),
                        modality(rs.getString("modality")), ms, place(rs)));
            });
        }

        /** The action place stored with an event. */
        private static Optional<org.newsgraph.model.Location> place(ResultSet rs) throws SQLException {
            String full = rs.getString("place");
            if (full == null) return Optional.empty();
            long gid = rs.getLong("place_geonames_id");
            if (rs.wasNull()) gid = 0;
            String text = rs.getString("place_text");
            int start = Math.max(0, rs.getInt("place_start"));
            return Optional.of(new org.newsgraph.model.Location(text == null ? full : text, start,
                    start + (text == null ? 0 : text.length()), Math.max(0, rs.getInt("place_sentence")), rs.getInt("place_entity"),
                    rs.getString("place_name"), full, gid, rs.getString("place_feature_class"), rs.getString("place_feature_code"),
                    opt(rs, "place_country"), opt(rs, "place_fips"), opt(rs, "place_adm1"), rs.getDouble("place_lat"),
                    rs.getDouble("place_lon"), rs.getDouble("place_confidence")));
        }

        List<Mention> mentions(String id) {
            return mentions.getOrDefault(id, List.of());
        }

        List<Entity> entities(String id) {
            return entities.getOrDefault(id, List.of());
        }

        List<Quote> quotes(String id) {
            return quotes.getOrDefault(id, List.of());
        }

        List<TimeExpression> dates(String id) {
            return dates.getOrDefault(id, List.of());
        }

        List<Count> counts(String id) {
            return counts.getOrDefault(id, List.of());
        }

        List<Amount> amounts(String id) {
            return amounts.getOrDefault(id, List.of());
        }

        List<Event> events(String id) {
            return events.getOrDefault(id, List.of());
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs, String articleId) throws SQLException;
    }

    /** Every row of the table for articles with ids in (lo, hi], in article order, then in {@code order}. */
    private static void read(Connection c, String table, String order, String lo, String hi, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE article_id > ? AND article_id <= ? ORDER BY article_id, " + order)) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs, rs.getString("article_id"));
            }
        }
    }

    private static Entity entity(ResultSet rs) throws SQLException {
        List<Role> roles = new ArrayList<>();
        String json = rs.getString("roles");
        if (json != null) {
            try {
                for (JsonNode r : JSON.readTree(json)) {
                    JsonNode country = r.get("country");
                    roles.add(new Role(r.path("title").asText(), country == null || country.isNull() ? Optional.empty() : Optional.of(country.asText()),
                            r.path("affiliation").asInt(-1)));
                }
            } catch (IOException e) {
                throw new SQLException("entity " + rs.getString("name") + ": unreadable roles column: " + e.getMessage(), e);
            }
        }
        return new Entity(rs.getInt("entity"), rs.getString("name"), constant(EntityType.class, rs.getString("type")),
                strings(rs.getArray("aliases")), roles, opt(rs, "country"), rs.getInt("mentions"));
    }

    private static Optional<EventActor> actor(ResultSet rs, String prefix) throws SQLException {
        String code = rs.getString(prefix + "code");
        if (code == null) return Optional.empty();
        return Optional.of(new EventActor(code, opt(rs, prefix + "country"), opt(rs, prefix + "role"), rs.getString(prefix + "name"),
                rs.getInt(prefix + "entity"), Math.max(0, rs.getInt(prefix + "start")), Math.max(0, rs.getInt(prefix + "end"))));
    }

    private static Modality modality(String name) throws SQLException {
        return constant(Modality.class, name);
    }

    /** An enum constant from its stored name (lower case, hyphens for underscores, as the jsonName methods write them). */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws SQLException {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SQLException("stored " + type.getSimpleName() + " '" + name + "' is not one this version knows", e);
        }
    }

    private static Optional<String> opt(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object v : (Object[]) a.getArray()) if (v != null) out.add(v.toString());
        return out;
    }
}
