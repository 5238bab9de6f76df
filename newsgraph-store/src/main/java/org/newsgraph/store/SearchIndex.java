package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index over the store: one document per article (title, text, date, site, language, entity
 * names and countries) and one per quote (the quote, its speaker, its article's date and site), with
 * facets. It follows the tables by revision: {@link #catchUp} indexes every article row whose
 * {@code rev} is past the one recorded in the index's last commit, so the index can lag the tables after a
 * crash but never disagree with them once caught up. Thread-safe for searching.
 */
public final class SearchIndex implements AutoCloseable {
    static final String REV = "newsgraph.rev";
    private static final String[] FACET_DIMS = {"source", "language", "year", "entity", "country", "event_root", "modality", "actor"};
    private static final int FACET_TOP = 15;
    /** The longest query text accepted. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** The most words (terms and phrases) a query may hold. */
    public static final int MAX_QUERY_TERMS = 64;
    /** The most terms that expand into many (fuzzy~, wild*cards, /regular expressions/, [ranges]). */
    public static final int MAX_EXPANDING_TERMS = 8;
    /** How long one search (count, page and facets) may run before it is stopped. */
    public static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(2);

    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private final SearcherManager searchers;
    private final FacetsConfig facets = facetsConfig();
    // Analyzers are thread-safe (per-thread token streams) and costly to build: one for all queries.
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    // Facet reader state is costly to build: kept for the reader it was built from, replaced on refresh.
    private volatile StateFor state;

    private record StateFor(DirectoryReader reader, SortedSetDocValuesReaderState state) {}

    /**
     * Thrown for a query the parser cannot read, one over the budget, or one that ran out of time; the
     * message says where or what to simplify.
     */
    public static final class BadQueryException extends IllegalArgumentException {
        BadQueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Deadline deadline) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.deadline = deadline;
    }

    /**
     * The time limit of the search running on each thread. The readers (term expansion of fuzzy and wildcard
     * terms, doc values) and the scorers ask it whether to go on; past the deadline it throws, which ends that
     * search alone. No deadline set: never.
     */
    private static final class Deadline implements org.apache.lucene.index.QueryTimeout {
        private final ThreadLocal<long[]> until = new ThreadLocal<>();

        @Override
        public boolean shouldExit() {
            long[] u = until.get();
            if (u != null && System.nanoTime() - u[0] > 0) throw new TimeUp();
            return false;
        }

        void start(java.time.Duration limit) {
            until.set(new long[] {System.nanoTime() + limit.toNanos()});
        }

        void clear() {
            until.remove();
        }
    }

    /** A search past its deadline. */
    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("time limit", null, false, false);
        }
    }

    private final Deadline deadline;
    private volatile java.time.Duration timeLimit = TIME_LIMIT;

    /** Sets the time limit of each search (tests use a tiny one to see the limit work). */
    void timeLimit(java.time.Duration limit) {
        this.timeLimit = limit;
    }

    /** Searchers over a reader that checks the deadline, and with it as their timeout. */
    private static SearcherManager searchers(DirectoryReader reader, Deadline deadline) throws IOException {
        return new SearcherManager(org.apache.lucene.index.ExitableDirectoryReader.wrap(reader, deadline), new org.apache.lucene.search.SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader r, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(r);
                s.setTimeout(deadline);
                return s;
            }
        });
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("entity", true);
        c.setMultiValued("country", true);
        c.setMultiValued("event_root", true);
        c.setMultiValued("modality", true);
        c.setMultiValued("actor", true);
        return c;
    }

    static SearchIndex openForWriting(Path dir) throws IOException {
        Directory d = FSDirectory.open(dir);
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter w = new IndexWriter(d, cfg);
            if (!DirectoryReader.indexExists(d)) {
                w.setLiveCommitData(Map.of(REV, "0").entrySet());
                w.commit();
            }
            Deadline deadline = new Deadline();
            return new SearchIndex(d, w, searchers(DirectoryReader.open(w), deadline), deadline);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Whether a directory holds a committed index. */
    static boolean exists(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) return false;
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    static SearchIndex openForReading(Path dir) throws IOException {
        Directory d = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(d)) throw new IOException("no search index in " + dir + " (run newsgraph ingest on the store first)");
            Deadline deadline = new Deadline();
            return new SearchIndex(d, null, searchers(DirectoryReader.open(d), deadline), deadline);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The revision of the tables the last commit reflects. */
    long committedRev() throws IOException {
        String v = SegmentInfos.readLatestCommit(directory).getUserData().get(REV);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Indexes every article row changed after the last commit, then commits; returns how many articles. */
    long catchUp(Connection conn) throws IOException, SQLException {
        long from = committedRev();
        long max = tableRev(conn);
        if (max <= from) return 0;
        long done = indexRevs(conn, from, max);
        commit(max);
        return done;
    }

    private long indexRevs(Connection conn, long from, long to) throws IOException, SQLException {
        long done = 0;
        final long step = 2000;
        for (long lo = from; lo < to; lo += step) done += indexRevRange(conn, lo, Math.min(to, lo + step));
        return done;
    }

    private void commit(long rev) throws IOException {
        writer.setLiveCommitData(Map.of(REV, Long.toString(rev)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    private static long tableRev(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT coalesce(max(rev), 0) FROM articles"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long tableCount(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM articles"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * How the index and the tables compare, cheaply: article counts and revisions. Equal counts and the
     * index's commit at the tables' revision mean in step (every write raises the revision, and the index
     * commits the revision it has indexed up to).
     */
    public record Drift(long tableArticles, long indexArticles, long tableRev, long indexRev) {
        /** The index revision of a store that has no index at all. */
        public static final long NO_INDEX = -1;

        public boolean none() {
            return tableArticles == indexArticles && tableRev == indexRev;
        }

        @Override
        public String toString() {
            return "tables " + tableArticles + " articles" + (indexRev == NO_INDEX ? ", no index"
                    : " at revision " + tableRev + ", index " + indexArticles + " at revision " + indexRev);
        }
    }

    /** What a repair did: articles indexed that were missing or stale, documents dropped whose article is gone. */
    public record Repair(Drift before, long indexed, long dropped) {
        public static final Repair NONE = new Repair(new Drift(0, 0, 0, 0), 0, 0);

        public boolean any() {
            return !before.none();
        }

        @Override
        public String toString() {
            return !any() ? "index in step with the tables"
                    : "search index repaired (" + before + "): " + indexed + " articles indexed, " + dropped + " dropped";
        }
    }

    Drift drift(Connection conn) throws IOException, SQLException {
        return new Drift(tableCount(conn), count(SearchQuery.Kind.ARTICLES), tableRev(conn), committedRev());
    }

    /**
     * Brings the index in line with the tables: first by revision ({@link #catchUp}), then, if the counts still
     * differ or the index claims a revision the tables never reached (an older database file put back), by
     * comparing the article ids on both sides: missing articles are indexed, documents of articles no longer
     * stored are dropped with their quotes. Commits at the tables' revision.
     */
    Repair reconcile(Connection conn) throws IOException, SQLException {
        Drift before = drift(conn);
        if (before.none()) return new Repair(before, 0, 0);
        long indexed = 0, dropped = 0;
        if (before.indexRev() > before.tableRev()) {
            // The index is ahead of the tables: what it holds cannot be trusted row by row; index everything again.
            writer.deleteAll();
            indexed = indexRevs(conn, 0, before.tableRev());
        } else {
            indexed = indexRevs(conn, before.indexRev(), before.tableRev());
        }
        searchers.maybeRefresh(); // the writer's own changes, seen without a commit
        if (count(SearchQuery.Kind.ARTICLES) != tableCount(conn)) {
            Set<String> inTables = new java.util.HashSet<>();
            Map<String, Long> revs = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, rev FROM articles"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inTables.add(rs.getString(1));
                    revs.put(rs.getString(1), rs.getLong(2));
                }
            }
            Set<String> inIndex = indexedArticleIds();
            for (String id : inIndex) {
                if (inTables.contains(id)) continue;
                writer.deleteDocuments(new Term("id", id), new Term("quote_of", id));
                dropped++;
            }
            java.util.TreeSet<Long> missingRevs = new java.util.TreeSet<>();
            for (String id : inTables) if (!inIndex.contains(id)) missingRevs.add(revs.get(id));
            for (long rev : missingRevs) indexed += indexRevRange(conn, rev - 1, rev);
        }
        commit(before.tableRev());
        return new Repair(before, indexed, dropped);
    }

    /** The ids of the live article documents, read off the terms of the id field (quote ids carry a '#'). */
    private Set<String> indexedArticleIds() throws IOException {
        Set<String> out = new java.util.HashSet<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms("id");
                if (terms == null) continue;
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.index.TermsEnum te = terms.iterator();
                org.apache.lucene.index.PostingsEnum postings = null;
                for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
                    String id = t.utf8ToString();
                    if (id.indexOf('#') >= 0) continue;
                    postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            out.add(id);
                            break;
                        }
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    private record EntityRow(String name, List<String> aliases, String type, String country) {}

    /** What the index keeps of an event: its codes, its actors' codes, names and countries, its modality. */
    private record EventRow(String code, String root, String modality, List<String> actorCodes, List<String> actorNames, List<String> countries) {}

    private static Map<String, List<EventRow>> events(Connection conn, long lo, long hi) throws SQLException {
        Map<String, List<EventRow>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT v.article_id, v.code, v.root_code, v.modality, v.source_code, v.target_code, "
                + "v.source_name, v.target_name, v.source_country, v.target_country FROM events v JOIN articles a ON a.id = v.article_id "
                + "WHERE a.rev > ? AND a.rev <= ?")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> codes = new ArrayList<>(), names = new ArrayList<>(), countries = new ArrayList<>();
                    for (int i = 5; i <= 6; i++) if (rs.getString(i) != null) codes.add(rs.getString(i));
                    for (int i = 7; i <= 8; i++) if (rs.getString(i) != null) names.add(rs.getString(i));
                    for (int i = 9; i <= 10; i++) if (rs.getString(i) != null) countries.add(rs.getString(i));
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EventRow(rs.getString(2), rs.getString(3), rs.getString(4), codes, names, countries));
                }
            }
        }
        return out;
    }

    /**
     * Event fields of an article document: every code with its base and root (so {@code event_code=04}
     * matches 042 and 0421), roots, modalities, actor codes and names (case-folded) and actor countries.
     */
    private static void addEvents(Document doc, List<EventRow> rows, Set<String> countries) {
        Set<String> codes = new LinkedHashSet<>(), roots = new LinkedHashSet<>(), modalities = new LinkedHashSet<>(), actorKeys = new LinkedHashSet<>(),
                actorCodes = new LinkedHashSet<>();
        for (EventRow e : rows) {
            for (int len = 2; len <= e.code().length(); len++) codes.add(e.code().substring(0, len));
            roots.add(e.root());
            modalities.add(e.modality());
            for (String c : e.actorCodes()) {
                actorCodes.add(c);
                actorKeys.add(c.toLowerCase(Locale.ROOT));
            }
            for (String n : e.actorNames()) actorKeys.add(n.toLowerCase(Locale.ROOT));
            countries.addAll(e.countries());
        }
        for (String c : codes) doc.add(new StringField("event_code", c, Field.Store.NO));
        for (String r : roots) {
            doc.add(new StringField("event_root", r, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("event_root", r));
        }
        for (String m : modalities) {
            doc.add(new StringField("modality", m, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("modality", m));
        }
        for (String k : actorKeys) doc.add(new StringField("actor_key", k, Field.Store.NO));
        for (String c : actorCodes) doc.add(new SortedSetDocValuesFacetField("actor", c));
    }

    private long indexRevRange(Connection conn, long lo, long hi) throws IOException, SQLException {
        Map<String, List<EntityRow>> entities = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.article_id, e.name, e.aliases, e.type, e.country, e.entity "
                + "FROM entities e JOIN articles a ON a.id = e.article_id WHERE a.rev > ? AND a.rev <= ?")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EntityRow(rs.getString(2), strings(rs.getArray(3)), rs.getString(4), rs.getString(5)));
                }
            }
        }
        Map<String, List<EventRow>> events = events(conn, lo, hi);
        long n = 0;
        Map<String, Document> articleDocs = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, title, text, published, source_name, language, copy_of "
                + "FROM articles WHERE rev > ? AND rev <= ?")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Document doc = new Document();
                    doc.add(new StringField("kind", "article", Field.Store.NO));
                    doc.add(new StringField("id", id, Field.Store.YES));
                    doc.add(new StringField("article_id", id, Field.Store.YES));
                    String title = rs.getString(2);
                    if (title != null) doc.add(new TextField("title", title, Field.Store.YES));
                    doc.add(new TextField("text", rs.getString(3), Field.Store.YES));
                    LocalDate published = rs.getObject(4, LocalDate.class);
                    String source = rs.getString(5), language = rs.getString(6), copyOf = rs.getString(7);
                    common(doc, published, source, language, copyOf);
                    Set<String> names = new LinkedHashSet<>(), keys = new LinkedHashSet<>(), countries = new LinkedHashSet<>();
                    for (EntityRow e : entities.getOrDefault(id, List.of())) {
                        if (!e.type().equals("TITLE")) names.add(e.name());
                        keys.add(e.name().toLowerCase(Locale.ROOT));
                        for (String a : e.aliases()) keys.add(a.toLowerCase(Locale.ROOT));
                        if (e.country() != null) countries.add(e.country());
                    }
                    addEvents(doc, events.getOrDefault(id, List.of()), countries);
                    for (String k : keys) doc.add(new StringField("entity_key", k, Field.Store.NO));
                    for (String nme : names) doc.add(new SortedSetDocValuesFacetField("entity", nme));
                    for (String c : countries) {
                        doc.add(new StringField("country_key", c.toUpperCase(Locale.ROOT), Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField("country", c));
                    }
                    articleDocs.put(id, doc);
                }
            }
        }
        Map<String, Document> meta = new HashMap<>(articleDocs);
        for (Map.Entry<String, Document> e : articleDocs.entrySet()) {
            // One article's quotes go with it: drop the old ones, whatever they were.
            writer.deleteDocuments(new Term("quote_of", e.getKey()));
            writer.updateDocument(new Term("id", e.getKey()), facets.build(e.getValue()));
            n++;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT q.article_id, q.quote, q.text, coalesce(s.name, q.speaker_text), "
                + "s.name, s.aliases FROM quotes q JOIN articles a ON a.id = q.article_id "
                + "LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity = q.speaker WHERE a.rev > ? AND a.rev <= ?")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String articleId = rs.getString(1);
                    Document art = meta.get(articleId);
                    Document doc = new Document();
                    String id = articleId + "#" + rs.getInt(2);
                    doc.add(new StringField("kind", "quote", Field.Store.NO));
                    doc.add(new StringField("id", id, Field.Store.YES));
                    doc.add(new StringField("article_id", articleId, Field.Store.YES));
                    doc.add(new StringField("quote_of", articleId, Field.Store.NO));
                    doc.add(new TextField("text", rs.getString(3), Field.Store.YES));
                    String speaker = rs.getString(4);
                    if (speaker != null) doc.add(new StoredField("speaker", speaker));
                    if (art != null && art.get("title") != null) doc.add(new TextField("title", art.get("title"), Field.Store.YES));
                    String sp = rs.getString(5);
                    if (sp != null) {
                        doc.add(new StringField("entity_key", sp.toLowerCase(Locale.ROOT), Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField("entity", sp));
                        for (String a : strings(rs.getArray(6))) doc.add(new StringField("entity_key", a.toLowerCase(Locale.ROOT), Field.Store.NO));
                    }
                    if (art != null) {
                        String pub = art.get("published");
                        common(doc, pub == null ? null : LocalDate.parse(pub), art.get("source"), art.get("language"), art.get("copy_of"));
                    }
                    writer.addDocument(facets.build(doc));
                }
            }
        }
        return n;
    }

    private static void common(Document doc, LocalDate published, String source, String language, String copyOf) {
        if (published != null) {
            doc.add(new LongPoint("published", published.toEpochDay()));
            doc.add(new NumericDocValuesField("published_dv", published.toEpochDay()));
            doc.add(new StoredField("published", published.toString()));
            doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(published.getYear())));
        }
        if (source != null) {
            doc.add(new StringField("source", source, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("source", source));
        }
        if (language != null) {
            doc.add(new StringField("language", language, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("language", language));
        }
        doc.add(new StringField("is_copy", copyOf == null ? "false" : "true", Field.Store.NO));
        if (copyOf != null) doc.add(new StoredField("copy_of", copyOf));
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) if (v != null) out.add(v.toString());
        return out;
    }

    /** Number of indexed documents of a kind. */
    public long count(SearchQuery.Kind kind) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term("kind", kind == SearchQuery.Kind.ARTICLES ? "article" : "quote")));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Runs a query: one page of hits, the total and the facets. A query over the budget ({@link #MAX_QUERY_CHARS},
     * {@link #MAX_QUERY_TERMS}, {@link #MAX_EXPANDING_TERMS}) or over {@link #TIME_LIMIT} is a {@link BadQueryException}
     * that says what to simplify.
     */
    public SearchResult search(SearchQuery q) throws IOException {
        Query query = toLucene(q);
        String key = queryKey(q);
        IndexSearcher s = searchers.acquire();
        deadline.start(timeLimit);
        try {
            long total = s.count(query);
            TopDocs top = page(s, query, q, key);
            List<String> words = queryWords(q.text().orElse(""));
            StoredFields stored = s.storedFields();
            List<SearchResult.Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String text = d.get("text");
                String snippet = q.kind() == SearchQuery.Kind.QUOTES ? text : snippet(text, words);
                hits.add(new SearchResult.Hit(d.get("id"), d.get("article_id"), Optional.ofNullable(d.get("title")),
                        Optional.ofNullable(d.get("published")).map(LocalDate::parse), Optional.ofNullable(d.get("source")), snippet,
                        Optional.ofNullable(d.get("speaker")), Optional.ofNullable(d.get("copy_of")), Float.isNaN(sd.score) ? 0 : sd.score));
            }
            Optional<String> next = Optional.empty();
            if (top.scoreDocs.length == q.limit() && top.scoreDocs.length > 0) {
                ScoreDoc last = top.scoreDocs[top.scoreDocs.length - 1];
                next = Optional.of(encodeCursor(last, key));
            }
            return new SearchResult(total, hits, facets(s, query), next);
        } catch (TimeUp e) {
            throw new BadQueryException("the search ran over its time limit of " + timeLimit.toMillis() + " ms and was stopped: "
                    + "simplify the query (fewer words, fewer fuzzy~ or wild* terms) or narrow it with filters or dates", e);
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new BadQueryException("the query expands into too many terms (" + e.getMessage() + "): use fewer or longer "
                    + "wildcard and fuzzy terms", e);
        } finally {
            deadline.clear();
            searchers.release(s);
        }
    }

    private static TopDocs page(IndexSearcher s, Query query, SearchQuery q, String key) throws IOException {
        boolean byDate = q.sort() == SearchQuery.Sort.DATE;
        ScoreDoc after = q.cursor().map(c -> decodeCursor(c, byDate, key)).orElse(null);
        if (after != null && after.doc >= s.getIndexReader().maxDoc()) {
            throw new BadQueryException("this cursor no longer fits the index (new articles came in): start again without a cursor", null);
        }
        if (!byDate) return s.searchAfter(after, query, q.limit());
        Sort sort = new Sort(new SortField("published_dv", SortField.Type.LONG, true), SortField.FIELD_DOC);
        return after == null ? s.search(query, q.limit(), sort) : s.searchAfter(after, query, q.limit(), sort);
    }

    private Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher s, Query query) throws IOException {
        DirectoryReader reader = (DirectoryReader) s.getIndexReader();
        SortedSetDocValuesReaderState st;
        StateFor cached = state;
        if (cached != null && cached.reader() == reader) {
            st = cached.state();
        } else {
            try {
                st = new DefaultSortedSetDocValuesReaderState(reader, facets);
            } catch (IllegalArgumentException e) {
                return Map.of(); // an empty index has no facet field yet
            }
            state = new StateFor(reader, st);
        }
        FacetsCollector fc = s.search(query, new FacetsCollectorManager());
        Facets counts = new SortedSetDocValuesFacetCounts(st, fc);
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : FACET_DIMS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            try {
                FacetResult r = counts.getTopChildren(FACET_TOP, dim);
                if (r != null) for (LabelAndValue lv : r.labelValues) values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            } catch (IllegalArgumentException e) {
                // no document has this dimension yet (no entities before the annotator runs)
            }
            out.put(dim, values);
        }
        return out;
    }

    private Query toLucene(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term("kind", q.kind() == SearchQuery.Kind.ARTICLES ? "article" : "quote")), BooleanClause.Occur.FILTER);
        if (q.text().isPresent()) {
            String text = q.text().get();
            if (text.length() > MAX_QUERY_CHARS) {
                throw new BadQueryException("the query is " + text.length() + " characters long; at most " + MAX_QUERY_CHARS
                        + " are searched: shorten it", null);
            }
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                    Map.of("title", 2f, "text", 1f));
            parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
            Query parsed;
            try {
                parsed = parser.parse(text);
            } catch (ParseException | RuntimeException e) {
                throw new BadQueryException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
            }
            checkBudget(parsed);
            b.add(parsed, BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (q.from().isPresent() || q.to().isPresent()) {
            long lo = q.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long hi = q.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
        }
        anyOf(b, "source", q.sources());
        anyOf(b, "language", q.languages());
        anyOf(b, "country_key", q.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
        for (String e : q.entities()) b.add(new TermQuery(new Term("entity_key", e.toLowerCase(Locale.ROOT).strip())), BooleanClause.Occur.FILTER);
        anyOf(b, "event_code", q.eventCodes());
        anyOf(b, "event_root", q.eventRoots());
        anyOf(b, "modality", q.modalities().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
        for (String a : q.actors()) b.add(new TermQuery(new Term("actor_key", a.toLowerCase(Locale.ROOT).strip())), BooleanClause.Occur.FILTER);
        if (!q.includeCopies()) b.add(new TermQuery(new Term("is_copy", "false")), BooleanClause.Occur.FILTER);
        return b.build();
    }

    /**
     * Refuses a query with more words than {@link #MAX_QUERY_TERMS} or more expanding terms than
     * {@link #MAX_EXPANDING_TERMS}, counted on the text field (each word is searched in the title too).
     */
    private static void checkBudget(Query parsed) {
        int[] terms = {0};
        int[] expanding = {0};
        parsed.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                if (ts.length > 0 && ts[0].field().equals("text")) terms[0] += ts.length;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                if (!field.equals("text")) return;
                terms[0]++;
                expanding[0]++;
            }

            @Override
            public void visitLeaf(Query query) {
                if (!(query instanceof MatchAllDocsQuery)) terms[0]++;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (expanding[0] > MAX_EXPANDING_TERMS) {
            throw new BadQueryException("the query has " + expanding[0] + " fuzzy, wildcard, regular-expression or range terms; at most "
                    + MAX_EXPANDING_TERMS + " are allowed (each expands into many words): write the rest as plain words", null);
        }
        if (terms[0] > MAX_QUERY_TERMS) {
            throw new BadQueryException("the query has " + terms[0] + " words; at most " + MAX_QUERY_TERMS + " are searched: leave some out", null);
        }
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static List<String> queryWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2 || w.equals("AND") || w.equals("OR") || w.equals("NOT")) continue;
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** About 240 characters of the text around the first query word (the start when none matches). */
    static String snippet(String text, List<String> words) {
        if (text == null) return "";
        int at = -1;
        for (String w : words) {
            int i = indexOfIgnoreCase(text, w);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        int start = Math.max(0, at < 0 ? 0 : at - 80);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), start + 240);
        while (end < text.length() && end < start + 280 && !Character.isWhitespace(text.charAt(end))) end++;
        return (start > 0 ? "…" : "") + text.substring(start, end).replace("\n\n", " ") + (end < text.length() ? "…" : "");
    }

    /**
     * First place of a lower-case word in the text, any case. Looks only where the first letter is (an
     * intrinsic scan) instead of lower-casing whole articles, which was most of a search's cost.
     */
    static int indexOfIgnoreCase(String text, String lowerWord) {
        if (lowerWord.isEmpty()) return 0;
        char lo = lowerWord.charAt(0), up = Character.toUpperCase(lo);
        int best = -1;
        for (char c : lo == up ? new char[] {lo} : new char[] {lo, up}) {
            for (int i = text.indexOf(c); i >= 0 && (best < 0 || i < best); i = text.indexOf(c, i + 1)) {
                if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * A short hash of everything that decides a search's results (text, filters, kind, copies, sort; not the
     * page size): a cursor carries it, so a cursor handed out for one search is refused by another.
     */
    static String queryKey(SearchQuery q) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(q.withCursor(Optional.empty()).withLimit(1).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String encodeCursor(ScoreDoc sd, String key) {
        String raw = (sd instanceof FieldDoc fd ? "d:" + sd.doc + ":" + fd.fields[0] : "r:" + sd.doc + ":" + Float.floatToIntBits(sd.score)) + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ScoreDoc decodeCursor(String cursor, boolean date, String key) {
        String[] p;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
            p = raw.split(":");
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("not a cursor from this search: '" + cursor + "'", e);
        }
        if (p.length != 4 || !p[0].equals(date ? "d" : "r")) throw new BadQueryException("not a cursor from this search: '" + cursor + "'", null);
        if (!p[3].equals(key)) {
            throw new BadQueryException("this cursor belongs to another search (its query, filters or order differ): "
                    + "start again without a cursor", null);
        }
        try {
            int doc = Integer.parseInt(p[1]);
            if (doc < 0) throw new NumberFormatException("negative");
            if (date) return new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(p[2]), doc});
            return new ScoreDoc(doc, Float.intBitsToFloat(Integer.parseInt(p[2])));
        } catch (NumberFormatException e) {
            throw new BadQueryException("not a cursor from this search: '" + cursor + "'", e);
        }
    }

    /** Sees the latest commit (the writer's own changes, or another process's). */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) writer.close();
        } finally {
            analyzer.close();
            directory.close();
        }
    }
}
