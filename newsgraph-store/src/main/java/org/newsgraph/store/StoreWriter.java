package org.newsgraph.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes articles into every table of {@link Tables#ALL}, one batch per transaction: a batch is in all
 * tables or in none, whatever happens to the process. Owns the revision counter the search index follows.
 * One writer per store, one thread.
 */
final class StoreWriter {
    private static final int REV = Tables.ARTICLES.indexOf("rev"), INGESTED_AT = Tables.ARTICLES.indexOf("ingested_at");

    private final Connection conn;
    private long rev;

    /** A change of a cluster's original: every article linked to {@code oldRoot} (and it) now links to {@code newRoot}. */
    record Repoint(String oldRoot, String newRoot) {}

    StoreWriter(Connection conn) throws SQLException {
        this.conn = conn;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(rev), 0) FROM articles")) {
            rs.next();
            this.rev = rs.getLong(1);
        }
    }

    /** Writes the articles and applies the repoints in one transaction. */
    void write(List<StoredArticle> batch, List<Repoint> repoints) throws SQLException {
        if (batch.isEmpty() && repoints.isEmpty()) return;
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        long firstRev = rev;
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Tables.Table table : Tables.ALL) {
                try (PreparedStatement ps = conn.prepareStatement(table.insert())) {
                    int n = 0;
                    for (StoredArticle a : batch) {
                        for (Object[] row : table.rows().apply(a)) {
                            if (table == Tables.ARTICLES) {
                                row[REV] = ++rev;
                                row[INGESTED_AT] = now;
                            }
                            bind(ps, row);
                            ps.addBatch();
                            n++;
                        }
                    }
                    if (n > 0) ps.executeBatch();
                }
            }
            for (Repoint r : repoints) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "UPDATE articles SET copy_of = CASE WHEN id = ? THEN NULL ELSE ? END, rev = ? WHERE id = ? OR copy_of = ? OR id = ?")) {
                    ps.setString(1, r.newRoot());
                    ps.setString(2, r.newRoot());
                    ps.setLong(3, ++rev);
                    ps.setString(4, r.oldRoot());
                    ps.setString(5, r.oldRoot());
                    ps.setString(6, r.newRoot());
                    ps.executeUpdate();
                }
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            rev = firstRev;
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    private void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v instanceof Tables.SqlList list) {
                Array arr = conn.createArrayOf("VARCHAR", list.values().toArray());
                ps.setArray(i + 1, arr);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
