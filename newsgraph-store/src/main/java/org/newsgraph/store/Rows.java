package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;

/**
 * SQL rows as JSON and CSV, one row at a time (a result set of any size streams through in constant
 * memory). Lists become JSON arrays, {@code JSON} columns are embedded as JSON, dates as ISO-8601 strings.
 */
public final class Rows {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Rows() {}

    /** The current row as a JSON object. */
    public static ObjectNode toJson(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        ObjectNode o = JSON.createObjectNode();
        for (int i = 1; i <= md.getColumnCount(); i++) o.set(md.getColumnLabel(i), value(rs, i, md.getColumnTypeName(i)));
        return o;
    }

    /** All rows as a JSON array (for small, bounded results: an article's annotations). */
    public static ArrayNode allToJson(ResultSet rs) throws SQLException {
        ArrayNode a = JSON.createArrayNode();
        while (rs.next()) a.add(toJson(rs));
        return a;
    }

    private static JsonNode value(ResultSet rs, int i, String type) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) return JSON.nullNode();
        if ("JSON".equalsIgnoreCase(type)) {
            try {
                return JSON.readTree(v.toString());
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode(v.toString()); // stored by us as valid JSON; kept as text if not
            }
        }
        if (v instanceof Array arr) {
            ArrayNode out = JSON.createArrayNode();
            for (Object x : (Object[]) arr.getArray()) out.add(x == null ? null : x.toString());
            return out;
        }
        if (v instanceof Number n) {
            if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) return JSON.getNodeFactory().numberNode(n.doubleValue());
            return JSON.getNodeFactory().numberNode(n.longValue());
        }
        if (v instanceof Boolean b) return JSON.getNodeFactory().booleanNode(b);
        if (v instanceof java.sql.Timestamp ts) return JSON.getNodeFactory().textNode(ts.toInstant().toString());
        if (v instanceof java.sql.Date d) return JSON.getNodeFactory().textNode(d.toLocalDate().toString());
        if (v instanceof TemporalAccessor t) return JSON.getNodeFactory().textNode(t.toString());
        return JSON.getNodeFactory().textNode(v.toString());
    }

    /** Writes every remaining row as JSON Lines; returns the row count. */
    public static long writeJsonl(ResultSet rs, OutputStream out) throws SQLException, IOException {
        long n = 0;
        while (rs.next()) {
            out.write(JSON.writeValueAsBytes(toJson(rs)));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    /** Writes a header and every remaining row as RFC 4180 CSV; returns the row count. */
    public static long writeCsv(ResultSet rs, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int cols = md.getColumnCount();
        for (int i = 1; i <= cols; i++) {
            if (i > 1) out.write(',');
            out.write(csv(md.getColumnLabel(i)));
        }
        out.write("\r\n");
        long n = 0;
        while (rs.next()) {
            for (int i = 1; i <= cols; i++) {
                if (i > 1) out.write(',');
                JsonNode v = value(rs, i, md.getColumnTypeName(i));
                if (!v.isNull()) out.write(csv(v.isTextual() ? v.asText() : v.toString()));
            }
            out.write("\r\n");
            n++;
        }
        out.flush();
        return n;
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
