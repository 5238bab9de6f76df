package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The read side of the store for the API and the UI: an article with every annotation, an entity's page
 * (where it is mentioned, what it said, its timeline). Results are JSON trees whose fields are the table
 * columns documented in {@code docs/store.md}. Stateless; the caller passes a connection it owns.
 */
public final class StoreQueries {
    /** The most articles, mentions or quotes an entity page lists (the totals are always given). */
    public static final int ENTITY_PAGE_ROWS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreQueries() {}

    /** The article with all its annotation rows (one array per table), its original and its copies. */
    public static Optional<ObjectNode> article(Connection c, String id) throws SQLException {
        ObjectNode out;
        try (PreparedStatement ps = c.prepareStatement("SELECT * EXCLUDE (simhash) FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                out = Rows.toJson(rs);
            }
        }
        for (Tables.Table t : Tables.ALL) {
            if (t == Tables.ARTICLES) continue;
            String order = t.columnNames().contains("start_char") ? "start_char, end_char" : t.columns().get(1).name();
            try (PreparedStatement ps = c.prepareStatement("SELECT * EXCLUDE (article_id) FROM " + t.name() + " WHERE article_id = ? ORDER BY " + order)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    out.set(t.name(), Rows.allToJson(rs));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, source_name, url, published FROM articles WHERE copy_of = ? ORDER BY published, rev")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                out.set("copies", Rows.allToJson(rs));
            }
        }
        return Optional.of(out);
    }

    /**
     * An entity's page, by its full name (case-insensitive): how often and where it is named, the types and
     * countries given to it, the articles naming it, each mention in its context, its quotes, the events it is
     * the source or target of, and a timeline of articles per day.
     */
    public static ObjectNode entity(Connection c, String name) throws SQLException {
        ObjectNode out = JSON.createObjectNode();
        out.put("name", name);
        String match = "FROM entities e JOIN articles a ON a.id = e.article_id WHERE lower(e.name) = lower(?)";
        try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT a.id) AS article_count, coalesce(sum(e.mentions), 0) AS mention_count, "
                + "mode(e.type) AS type, mode(e.country) AS country, min(a.published) AS first_seen, max(a.published) AS last_seen " + match)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.setAll(Rows.toJson(rs));
            }
        }
        out.set("roles", list(c, "SELECT r.title AS title, r.country AS country, count(*) AS articles FROM (SELECT unnest(from_json(e.roles, "
                + "'[{\"title\":\"VARCHAR\",\"country\":\"VARCHAR\",\"affiliation\":\"INTEGER\"}]'), recursive := true) " + match
                + ") r GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 20", name));
        out.set("aliases", list(c, "SELECT alias, count(*) AS articles FROM (SELECT unnest(e.aliases) AS alias " + match
                + ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20", name));
        out.set("articles", list(c, "SELECT a.id, a.title, a.published, a.source_name, a.copy_of, e.mentions " + match
                + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT " + ENTITY_PAGE_ROWS, name));
        // Each mention with up to 80 characters either side, so a page reads as a concordance.
        out.set("mentions", list(c, "SELECT m.article_id, a.title, a.published, m.text, m.start_char, m.end_char, "
                + "substring(a.text, greatest(m.start_char - 80, 0) + 1, m.end_char - greatest(m.start_char - 80, 0) + 80) AS context, "
                + "greatest(m.start_char - 80, 0) AS context_start FROM mentions m JOIN entities e ON e.article_id = m.article_id AND e.entity = m.entity "
                + "JOIN articles a ON a.id = m.article_id WHERE lower(e.name) = lower(?) "
                + "ORDER BY a.published DESC NULLS LAST, m.article_id, m.start_char LIMIT " + ENTITY_PAGE_ROWS, name));
        out.set("quotes", list(c, "SELECT q.article_id, q.quote, q.text, q.kind, q.verb, a.title, a.published "
                + "FROM quotes q JOIN entities e ON e.article_id = q.article_id AND e.entity = q.speaker JOIN articles a ON a.id = q.article_id "
                + "WHERE lower(e.name) = lower(?) ORDER BY a.published DESC NULLS LAST, q.article_id, q.quote LIMIT " + ENTITY_PAGE_ROWS, name));
        // Its events: those where it is the source or the target actor.
        String acting = "FROM events v JOIN entities e ON e.article_id = v.article_id AND e.entity IN (v.source_entity, v.target_entity) "
                + "JOIN articles a ON a.id = v.article_id WHERE lower(e.name) = lower(?)";
        out.set("events", list(c, "SELECT v.article_id, v.event, v.code, v.root_code, v.label, v.modality, v.quad_class, v.goldstein, "
                + "v.source_code, v.source_name, v.target_code, v.target_name, v.action, v.start_char, v.end_char, v.reporter_text, "
                + "CASE WHEN v.source_entity = e.entity THEN 'source' ELSE 'target' END AS side, a.title, a.published " + acting
                + " ORDER BY a.published DESC NULLS LAST, v.article_id, v.event LIMIT " + ENTITY_PAGE_ROWS, name));
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) " + acting)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put("event_count", rs.getLong(1));
            }
        }
        out.set("timeline", list(c, "SELECT a.published AS day, count(DISTINCT a.id) AS articles " + match
                + " AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1", name));
        return out;
    }

    /**
     * A place page: the place by its full name ("Lucca, Toscana, Italy") as the geocoder wrote it in
     * {@code locations}, with its coordinates and codes, the articles naming it, the events that happened
     * there (their action place) and its timeline. {@code place} is null when no article names it.
     */
    public static ObjectNode place(Connection c, String fullName) throws SQLException {
        ObjectNode out = JSON.createObjectNode();
        out.put("full_name", fullName);
        String match = "FROM locations l JOIN articles a ON a.id = l.article_id WHERE l.full_name = ?";
        ArrayNode place = list(c, "SELECT any_value(l.name) AS name, any_value(l.type) AS type, any_value(l.country) AS country, "
                + "any_value(l.fips) AS fips, any_value(l.adm1) AS adm1, any_value(l.feature_code) AS feature_code, "
                + "any_value(l.geonames_id) AS geonames_id, any_value(l.lat) AS lat, any_value(l.lon) AS lon, "
                + "count(DISTINCT a.id) AS article_count, sum(l.mentions) AS mention_count " + match + " HAVING count(*) > 0", fullName);
        out.set("place", place.isEmpty() ? null : place.get(0));
        out.set("articles", list(c, "SELECT a.id, a.title, a.published, a.source_name, a.copy_of, l.mentions " + match
                + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT " + ENTITY_PAGE_ROWS, fullName));
        out.set("events", list(c, "SELECT v.article_id, v.event, v.code, v.root_code, v.label, v.modality, v.quad_class, v.goldstein, "
                + "v.source_code, v.source_name, v.target_code, v.target_name, v.action, v.start_char, v.end_char, v.reporter_text, "
                + "a.title, a.published FROM events v JOIN articles a ON a.id = v.article_id WHERE v.place = ? "
                + "ORDER BY a.published DESC NULLS LAST, v.article_id, v.event LIMIT " + ENTITY_PAGE_ROWS, fullName));
        out.set("timeline", list(c, "SELECT a.published AS day, count(DISTINCT a.id) AS articles " + match
                + " AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1", fullName));
        return out;
    }

    /**
     * Entities whose name or an alias contains the text (case-insensitive), most written about first: the
     * way from a name typed in a search box to an entity page.
     */
    public static ArrayNode findEntities(Connection c, String text, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.name, mode(e.type) AS type, mode(e.country) AS country, "
                + "count(DISTINCT e.article_id) AS articles FROM entities e WHERE e.type <> 'TITLE' AND (contains(lower(e.name), lower(?)) "
                + "OR list_contains(list_transform(e.aliases, x -> lower(x)), lower(?))) GROUP BY e.name ORDER BY articles DESC, e.name LIMIT ?")) {
            ps.setString(1, text);
            ps.setString(2, text);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                return Rows.allToJson(rs);
            }
        }
    }

    private static ArrayNode list(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return Rows.allToJson(rs);
            }
        }
    }
}
