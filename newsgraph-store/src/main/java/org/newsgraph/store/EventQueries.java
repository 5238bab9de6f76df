package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read side of the {@code events} table: events matching an {@link EventQuery}, newest first and paged
 * with a cursor (so any number of them can be walked), counts grouped by day, month, code, root, actor,
 * country or modality, and a streamed export of every match. Stateless; the caller owns the connection.
 */
public final class EventQueries {
    /** The largest page of events. */
    public static final int MAX_LIMIT = 500;
    /** The most groups an aggregation returns (days are never cut: a timeline needs all of them). */
    public static final int MAX_GROUPS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    // Undated articles sort last: their events take the smallest date.
    private static final String DAY_KEY = "coalesce(v.published, DATE '0001-01-01')";
    private static final String FROM = " FROM events v JOIN articles a ON a.id = v.article_id";
    private static final String COLUMNS = "v.*, a.title, a.source_name, a.url";

    /** What events are counted by. */
    public enum By {
        DAY, MONTH, CODE, ROOT, ACTOR, COUNTRY, MODALITY, PLACE
    }

    /** Thrown for a cursor this query did not hand out. */
    public static final class BadCursorException extends IllegalArgumentException {
        BadCursorException(String message) {
            super(message);
        }
    }

    private EventQueries() {}

    /** A WHERE clause and its parameters. */
    private record Where(String sql, List<Object> params) {
        void bind(PreparedStatement ps, int offset) throws SQLException {
            for (int i = 0; i < params.size(); i++) ps.setObject(offset + i + 1, params.get(i));
        }
    }

    private static Where where(EventQuery q) {
        List<String> and = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        and.add("TRUE");
        q.from().ifPresent(d -> {
            and.add("v.published >= ?");
            params.add(d);
        });
        q.to().ifPresent(d -> {
            and.add("v.published <= ?");
            params.add(d);
        });
        anyOf(and, params, "a.source_name = ?", q.sources());
        for (String actor : q.actors()) {
            and.add("(lower(v.source_code) = ? OR lower(v.target_code) = ? OR lower(v.source_name) = ? OR lower(v.target_name) = ?)");
            String key = actor.strip().toLowerCase(Locale.ROOT);
            params.addAll(Collections.nCopies(4, key));
        }
        if (!q.countries().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String c : q.countries()) {
                any.add("v.source_country = ? OR v.target_country = ?");
                params.add(c.strip().toUpperCase(Locale.ROOT));
                params.add(c.strip().toUpperCase(Locale.ROOT));
            }
            and.add("(" + String.join(" OR ", any) + ")");
        }
        anyOf(and, params, "starts_with(v.code, ?)", q.eventCodes().stream().map(String::strip).toList());
        anyOf(and, params, "v.root_code = ?", q.eventRoots().stream().map(String::strip).toList());
        anyOf(and, params, "v.modality = ?", q.modalities().stream().map(m -> m.strip().toLowerCase(Locale.ROOT)).toList());
        q.entity().ifPresent(name -> {
            and.add("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = v.article_id AND e.entity IN (v.source_entity, v.target_entity) "
                    + "AND lower(e.name) = lower(?))");
            params.add(name);
        });
        q.article().ifPresent(id -> {
            and.add("v.article_id = ?");
            params.add(id);
        });
        if (q.area().isPresent()) {
            switch (q.area().get()) {
                case EventQuery.Box b -> {
                    and.add("v.place_lat BETWEEN ? AND ?");
                    params.add(b.south());
                    params.add(b.north());
                    and.add(b.west() <= b.east() ? "v.place_lon BETWEEN ? AND ?" : "(v.place_lon >= ? OR v.place_lon <= ?)");
                    params.add(b.west());
                    params.add(b.east());
                }
                case EventQuery.Circle r -> {
                    // Haversine distance in km (mean Earth radius 6371 km).
                    and.add("2 * 6371 * asin(least(1, sqrt(pow(sin(radians(v.place_lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(v.place_lat))"
                            + " * pow(sin(radians(v.place_lon - ?) / 2), 2)))) <= ?");
                    params.add(r.lat());
                    params.add(r.lat());
                    params.add(r.lon());
                    params.add(r.km());
                }
            }
        }
        if (!q.includeCopies()) and.add("a.copy_of IS NULL");
        return new Where(" WHERE " + String.join(" AND ", and), params);
    }

    private static void anyOf(List<String> and, List<Object> params, String test, List<String> values) {
        if (values.isEmpty()) return;
        and.add("(" + String.join(" OR ", Collections.nCopies(values.size(), test)) + ")");
        params.addAll(values);
    }

    /**
     * One page of matching events, newest article first (then by article and event id), with the total and
     * the cursor of the next page ({@code null} after the last).
     */
    public static ObjectNode list(Connection c, EventQuery q, int limit, Optional<String> cursor) throws SQLException {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        Where w = where(q);
        ObjectNode out = JSON.createObjectNode();
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM + w.sql())) {
            w.bind(ps, 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put("total", rs.getLong(1));
            }
        }
        String after = "";
        List<Object> afterParams = new ArrayList<>();
        if (cursor.isPresent()) {
            Cursor k = Cursor.decode(cursor.get());
            after = " AND (" + DAY_KEY + " < ? OR (" + DAY_KEY + " = ? AND (v.article_id > ? OR (v.article_id = ? AND v.event > ?))))";
            afterParams.addAll(List.of(k.day(), k.day(), k.article(), k.article(), k.event()));
        }
        ArrayNode events;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + w.sql() + after + " ORDER BY " + DAY_KEY
                + " DESC, v.article_id, v.event LIMIT ?")) {
            w.bind(ps, 0);
            for (int i = 0; i < afterParams.size(); i++) ps.setObject(w.params().size() + i + 1, afterParams.get(i));
            // One more than a page: whether it comes back says if there is a next page (no empty last page).
            ps.setInt(w.params().size() + afterParams.size() + 1, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                events = Rows.allToJson(rs);
            }
        }
        boolean more = events.size() > limit;
        if (more) events.remove(limit);
        out.set("events", events);
        String next = null;
        if (more) {
            ObjectNode last = (ObjectNode) events.get(events.size() - 1);
            LocalDate day = last.get("published").isNull() ? LocalDate.of(1, 1, 1) : LocalDate.parse(last.get("published").asText());
            next = new Cursor(day, last.get("article_id").asText(), last.get("event").asInt()).encode();
        }
        out.put("next_cursor", next);
        return out;
    }

    /** The names of CAMEO's twenty root codes (CAMEO 1.1b3), for aggregates by root. */
    private static final String ROOT_LABELS = String.join(", ", java.util.stream.Stream.of(
            "01:Make public statement", "02:Appeal", "03:Express intent to cooperate", "04:Consult",
            "05:Engage in diplomatic cooperation", "06:Engage in material cooperation", "07:Provide aid", "08:Yield",
            "09:Investigate", "10:Demand", "11:Disapprove", "12:Reject", "13:Threaten", "14:Protest",
            "15:Exhibit force posture", "16:Reduce relations", "17:Coerce", "18:Assault", "19:Fight",
            "20:Use unconventional mass violence")
            .map(r -> "('" + r.substring(0, 2) + "', '" + r.substring(3) + "')").toList());

    /** Counts of matching events (and of the articles telling them) per group, largest first; by day or month in date order. */
    public static ObjectNode aggregate(Connection c, EventQuery q, By by) throws SQLException {
        Where w = where(q);
        String base = "SELECT v.*, a.id AS aid" + FROM + w.sql();
        String sql = switch (by) {
            case DAY -> "SELECT published AS key, NULL AS label, count(*) AS events, count(DISTINCT aid) AS articles FROM (" + base
                    + ") WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1";
            case MONTH -> "SELECT strftime(published, '%Y-%m') AS key, NULL AS label, count(*) AS events, count(DISTINCT aid) AS articles FROM ("
                    + base + ") WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1";
            case CODE -> "SELECT code AS key, any_value(label) AS label, count(*) AS events, count(DISTINCT aid) AS articles FROM (" + base
                    + ") GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT " + MAX_GROUPS;
            case ROOT -> "SELECT g.key, n.label, g.events, g.articles FROM (SELECT root_code AS key, count(*) AS events,"
                    + " count(DISTINCT aid) AS articles FROM (" + base + ") GROUP BY 1) g LEFT JOIN (VALUES " + ROOT_LABELS
                    + ") n(code, label) ON g.key = n.code ORDER BY 3 DESC, 1 LIMIT " + MAX_GROUPS;
            case PLACE -> "SELECT place AS key, any_value(place_text) AS label, count(*) AS events, count(DISTINCT aid) AS articles,"
                    + " any_value(place_lat) AS lat, any_value(place_lon) AS lon, any_value(place_type) AS type FROM (" + base
                    + ") WHERE place IS NOT NULL GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT " + MAX_GROUPS;
            case MODALITY -> "SELECT modality AS key, NULL AS label, count(*) AS events, count(DISTINCT aid) AS articles FROM (" + base
                    + ") GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT " + MAX_GROUPS;
            // An event counts once for each side that has an actor (a country fighting itself counts once).
            case ACTOR -> "SELECT key, mode(name) AS label, count(DISTINCT (aid, event)) AS events, count(DISTINCT aid) AS articles FROM ("
                    + "SELECT source_code AS key, source_name AS name, aid, event FROM (" + base + ") WHERE source_code IS NOT NULL UNION ALL "
                    + "SELECT target_code, target_name, aid, event FROM (" + base + ") WHERE target_code IS NOT NULL) GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT "
                    + MAX_GROUPS;
            case COUNTRY -> "SELECT key, NULL AS label, count(DISTINCT (aid, event)) AS events, count(DISTINCT aid) AS articles FROM ("
                    + "SELECT source_country AS key, aid, event FROM (" + base + ") WHERE source_country IS NOT NULL UNION ALL "
                    + "SELECT target_country, aid, event FROM (" + base + ") WHERE target_country IS NOT NULL) GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT "
                    + MAX_GROUPS;
        };
        int copies = by == By.ACTOR || by == By.COUNTRY ? 2 : 1;
        ObjectNode out = JSON.createObjectNode();
        out.put("by", by.name().toLowerCase(Locale.ROOT));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < copies; k++) w.bind(ps, k * w.params().size());
            try (ResultSet rs = ps.executeQuery()) {
                out.set("groups", Rows.allToJson(rs));
            }
        }
        return out;
    }

    /** Streams every matching event (newest first) as JSON Lines or CSV; returns the count. No cap. */
    public static long export(Connection c, EventQuery q, ExportFormat format, OutputStream out) throws SQLException, IOException {
        if (format != ExportFormat.JSONL && format != ExportFormat.CSV) {
            throw new IllegalArgumentException("events export as jsonl or csv (the GDELT formats are whole-store exports)");
        }
        Where w = where(q);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + w.sql() + " ORDER BY " + DAY_KEY + " DESC, v.article_id, v.event")) {
            w.bind(ps, 0);
            try (ResultSet rs = ps.executeQuery()) {
                return Exporter.write(rs, format, out);
            }
        }
    }

    /** Where a page ended: the sort key of its last event. */
    private record Cursor(LocalDate day, String article, int event) {
        String encode() {
            String raw = day + ":" + article + ":" + event;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String[] p = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split(":");
                if (p.length != 3) throw new IllegalArgumentException("wrong shape");
                return new Cursor(LocalDate.parse(p[0]), p[1], Integer.parseInt(p[2]));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new BadCursorException("not a cursor from this event list: '" + s + "'");
            }
        }
    }
}
