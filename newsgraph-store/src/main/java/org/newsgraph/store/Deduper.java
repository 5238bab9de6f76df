package org.newsgraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells new articles from exact duplicates (same content hash) and near-duplicates (SimHash within
 * {@link Fingerprints#NEAR_DUPLICATE_BITS} bits), and keeps each cluster of copies pointing at its earliest
 * member (by publication date; the first stored when dates tie or are missing). Loaded from the articles
 * table at start, so a restarted ingest knows everything stored before. One ingest thread.
 *
 * <p>Candidates are found by the pigeonhole trick: two 64-bit hashes at most 6 bits apart agree on at least
 * one of seven bands (six of 9 bits, one of 10), so only articles sharing a band are compared.
 */
final class Deduper {
    /** Bodies shorter than this many words are matched exactly only: short texts share shingles by chance. */
    static final int MIN_WORDS_FOR_NEAR = 40;

    private final Map<String, String> idByHash = new HashMap<>();
    private final Map<Integer, List<String>> band = new HashMap<>();
    private final Map<String, Long> simHashById = new HashMap<>();
    private final Map<String, LocalDate> publishedById = new HashMap<>();
    private final Map<String, String> rootById = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();

    /** What a new article is. */
    sealed interface Verdict {
        /** Already stored with this id. */
        record Exact(String id) implements Verdict {}

        /** New, and a copy of {@code root}; when {@code becomesRoot}, it is earlier and the cluster now points at it. */
        record Near(String root, boolean becomesRoot) implements Verdict {}

        record Fresh() implements Verdict {}
    }

    static Deduper load(Connection conn) throws SQLException {
        Deduper d = new Deduper();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, content_hash, simhash, copy_of, published FROM articles ORDER BY rev")) {
            while (rs.next()) {
                String id = rs.getString(1);
                d.idByHash.put(rs.getString(2), id);
                String copyOf = rs.getString(4);
                d.remember(id, rs.getLong(3), Optional.ofNullable(rs.getObject(5, LocalDate.class)), copyOf == null ? id : copyOf, true);
            }
        }
        return d;
    }

    /** Judges an article not yet added. */
    Verdict judge(String contentHash, long simHash, int words, Optional<LocalDate> published) {
        String same = idByHash.get(contentHash);
        if (same != null) return new Verdict.Exact(same);
        if (words < MIN_WORDS_FOR_NEAR) return new Verdict.Fresh();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int b = 0; b < BANDS; b++) {
            for (String id : band.getOrDefault(bandKey(b, simHash), List.of())) {
                int dist = Fingerprints.distance(simHash, simHashById.get(id));
                if (dist <= Fingerprints.NEAR_DUPLICATE_BITS && dist < bestDistance) {
                    best = id;
                    bestDistance = dist;
                }
            }
        }
        if (best == null) return new Verdict.Fresh();
        String root = rootById.get(best);
        LocalDate rootDate = publishedById.get(root);
        boolean earlier = published.isPresent() && rootDate != null && published.get().isBefore(rootDate);
        return new Verdict.Near(root, earlier);
    }

    /** Adds an article just judged; returns the repoint to apply when it became its cluster's original. */
    Optional<StoreWriter.Repoint> add(String id, String contentHash, long simHash, int words, Optional<LocalDate> published, Verdict verdict) {
        idByHash.put(contentHash, id);
        if (verdict instanceof Verdict.Near near) {
            if (near.becomesRoot()) {
                List<String> cluster = members.remove(near.root());
                remember(id, simHash, published, id, words >= MIN_WORDS_FOR_NEAR);
                cluster.add(near.root());
                for (String m : cluster) {
                    rootById.put(m, id);
                    members.get(id).add(m);
                }
                return Optional.of(new StoreWriter.Repoint(near.root(), id));
            }
            remember(id, simHash, published, near.root(), true);
            return Optional.empty();
        }
        remember(id, simHash, published, id, words >= MIN_WORDS_FOR_NEAR);
        return Optional.empty();
    }

    private void remember(String id, long simHash, Optional<LocalDate> published, String root, boolean nearCandidate) {
        simHashById.put(id, simHash);
        published.ifPresent(p -> publishedById.put(id, p));
        rootById.put(id, root);
        members.computeIfAbsent(root, k -> new ArrayList<>());
        if (!root.equals(id)) members.computeIfAbsent(root, k -> new ArrayList<>()).add(id);
        if (nearCandidate) {
            for (int b = 0; b < BANDS; b++) band.computeIfAbsent(bandKey(b, simHash), k -> new ArrayList<>(1)).add(id);
        }
    }

    private static final int BANDS = Fingerprints.NEAR_DUPLICATE_BITS + 1;

    private static int bandKey(int b, long simHash) {
        int width = b == BANDS - 1 ? 64 - 9 * (BANDS - 1) : 9;
        return (b << 16) | (int) ((simHash >>> (9 * b)) & ((1L << width) - 1));
    }
}
