package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.store.EventQueries;
import org.newsgraph.store.EventQuery;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.Exporter;
import org.newsgraph.store.Rows;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchResult;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreQueries;
import org.newsgraph.store.Tables;

/**
 * {@code newsgraph serve}: the JSON API (documented in {@code /openapi.json}) and the web UI, over one store
 * opened read-only. Listens on 127.0.0.1 unless told otherwise; when a token is set every route needs it.
 * Request bodies are capped (the API only reads), result pages are capped ({@link SearchQuery#MAX_LIMIT},
 * {@link #MAX_ROWS_PAGE}) and larger results are paged with cursors or streamed whole by the export routes,
 * which have no row cap. The UI files are served from a fixed list, never from a path the client names.
 */
public final class Server implements AutoCloseable {
    /** The most rows one page of {@code /api/rows/{table}} returns. */
    public static final int MAX_ROWS_PAGE = 1000;
    /** Largest request body accepted (the API takes none; anything bigger is refused before it is read). */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    private static final String COOKIE = "newsgraph_token";
    private static final List<String> UI_FILES = List.of("index.html", "app.js", "app.css", "world.json");
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "from", "to", "source", "entity", "country", "language", "kind", "copies",
            "sort", "limit", "cursor", "actor", "event_code", "event_root", "modality");
    private static final Set<String> EVENT_PARAMS = Set.of("from", "to", "source", "actor", "country", "event_code", "event_root", "modality",
            "entity", "article", "copies", "bbox", "near", "limit", "cursor");

    private final Store store;
    private final Connections connections;
    /** Answers of the article route (the store does not change while served). */
    private final ArticleCache articles = new ArticleCache(64L << 20);
    private final Javalin app;
    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Map<String, byte[]> ui = new HashMap<>();
    private final Optional<byte[]> token;
    /** Host names a request may name; empty: any. */
    private final Set<String> hosts;

    /**
     * Sent with every answer, Jetty's own error answers included: no sniffing, no referrer, no framing, and a
     * Content-Security-Policy allowing only the UI's own script and styles (defence in depth behind text-only
     * rendering: no inline script, nothing from elsewhere).
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");

    private enum Copies { EXCLUDE, INCLUDE }

    private Server(Store store, ServeOptions options) {
        this.store = store;
        this.token = options.token().map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.hosts = options.hosts();
        for (String f : UI_FILES) ui.put(f, resource("ui/" + f));
        ui.put("openapi.json", resource("openapi.json"));
        this.connections = new Connections(store, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            JsonErrorHandler errors = new JsonErrorHandler();
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        });
        routes();
    }

    /** Starts a server on an opened store (the caller closes the store after the server). */
    public static Server start(Store store, ServeOptions options) {
        Server s = new Server(store, options);
        try {
            s.app.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            s.connections.close();
            throw e;
        }
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " in the newsgraph-serve jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    private void routes() {
        app.before(this::guard);
        app.get("/", ctx -> file(ctx, "index.html"));
        app.get("/ui/{file}", ctx -> file(ctx, ctx.pathParam("file")));
        app.get("/openapi.json", ctx -> file(ctx, "openapi.json"));
        app.get("/api/search", this::search);
        app.get("/api/search/export", this::searchExport);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/entity", this::entity);
        app.get("/api/place", this::place);
        app.get("/api/entities", this::entities);
        app.get("/api/events", this::events);
        app.get("/api/events/aggregate", this::eventsAggregate);
        app.get("/api/events/export", this::eventsExport);
        app.get("/api/gdelt/{kind}", this::gdelt);
        app.get("/api/rows/{table}", this::rows);
        app.get("/api/export/{table}", this::export);
        app.get("/api/stats", this::stats);
        app.exception(Params.BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(SearchIndex.BadQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(EventQueries.BadCursorException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Connections.BusyException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        // Unmatched routes and methods answer in JSON too; a route's own 404 (already JSON) is kept.
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
        });
    }

    /**
     * Security headers on every answer; then, in this order, the Host check (DNS rebinding), a well-formed query
     * string, the body size and the token when one is set.
     */
    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        String host = ctx.header("Host");
        if (!hosts.isEmpty() && host != null && !hosts.contains(hostName(host))) {
            // A page on another site that got its name pointed at 127.0.0.1 sends its own name here.
            error(ctx, 403, "this server does not answer to the host name '" + hostName(host) + "' (only " + String.join(", ", hosts)
                    + "): open it by one of those, or start serve with --allow-host " + hostName(host));
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<String> badQuery = malformedEscapes(ctx.req().getRequestURI(), "path").or(() -> malformedEscapes(ctx.queryString(), "query string"));
        if (badQuery.isPresent()) {
            error(ctx, 400, badQuery.get());
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            // Refused on its declared size, before anything is read; no route takes a body anyway.
            error(ctx, 413, "request body of " + ctx.contentLength() + " bytes is over the limit of " + MAX_REQUEST_BYTES);
            ctx.skipRemainingHandlers();
            return;
        }
        if (token.isEmpty()) return;
        String given = null;
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) given = auth.substring(7).strip();
        if (given == null) given = ctx.cookie(COOKIE);
        String fromQuery = ctx.path().equals("/") ? ctx.queryParam("token") : null;
        if (fromQuery != null && matches(fromQuery)) {
            // A browser opens /?token=... once; the token then travels as an HttpOnly cookie, out of the URL.
            ctx.header("Set-Cookie", COOKIE + "=" + fromQuery + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect("/");
            ctx.skipRemainingHandlers();
            return;
        }
        if (given == null || !matches(given)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
            error(ctx, 401, "a token is required: send 'Authorization: Bearer TOKEN' (or open /?token=TOKEN in a browser)");
            ctx.skipRemainingHandlers();
        }
    }

    /** The host name of a Host header, lower-case, without port or trailing dot ({@code [::1]} keeps its brackets). */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && colon == h.lastIndexOf(':')) h = h.substring(0, colon);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }

    /**
     * Why a raw path or query string is malformed, if it is: a '%' not followed by two hex digits, or escapes that are not
     * UTF-8. (The container would drop such a parameter silently, and a search would then match everything.)
     */
    static Optional<String> malformedEscapes(String raw, String what) {
        if (raw == null || raw.indexOf('%') < 0) return Optional.empty();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.write(c < 0x80 ? c : '?');
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                String at = raw.substring(i, Math.min(raw.length(), i + 3));
                return Optional.of("malformed " + what + ": '" + at + "' at character " + i + " is not a percent-escape (% and two hex digits; "
                        + "write a literal % as %25)");
            }
            bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.of("malformed " + what + ": its percent-escapes are not UTF-8");
        }
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(token.orElseThrow(), given.getBytes(StandardCharsets.UTF_8));
    }

    private void file(Context ctx, String name) {
        byte[] body = ui.get(name);
        if (body == null) {
            error(ctx, 404, "no such file");
            return;
        }
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml" : "application/json";
        ctx.contentType(type).result(body);
    }

    private void error(Context ctx, int status, String message) {
        ObjectNode o = json.createObjectNode();
        o.put("error", message);
        o.put("status", status);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    private void send(Context ctx, Object tree) throws IOException {
        ctx.contentType("application/json").result(json.writeValueAsBytes(tree));
    }

    /** Runs with a pooled connection. */
    private interface WithConnection<T> {
        T apply(Connection c) throws SQLException, IOException;
    }

    private <T> T withConnection(WithConnection<T> f) throws SQLException, IOException {
        Connection c = connections.take();
        try {
            return f.apply(c);
        } finally {
            connections.give(c);
        }
    }

    private SearchQuery searchQuery(Params p, boolean paged) {
        Optional<String> q = p.one("q");
        SearchQuery.Sort sort = p.choice("sort", SearchQuery.Sort.class, q.isPresent() ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.DATE);
        return new SearchQuery(q, p.date("from"), p.date("to"), p.many("source"), p.many("entity"), p.many("country"), p.many("language"),
                p.many("actor"), p.many("event_code"), p.many("event_root"), p.many("modality"),
                p.choice("kind", SearchQuery.Kind.class, SearchQuery.Kind.ARTICLES), p.choice("copies", Copies.class, Copies.EXCLUDE) == Copies.INCLUDE,
                sort, paged ? p.integer("limit", 20, 1, SearchQuery.MAX_LIMIT) : SearchQuery.MAX_LIMIT, paged ? p.one("cursor") : Optional.empty());
    }

    private void search(Context ctx) throws IOException {
        SearchQuery q = searchQuery(new Params(ctx.queryParamMap(), SEARCH_PARAMS), true);
        SearchResult r = store.index().search(q);
        ObjectNode o = json.createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode x = hits.addObject();
            x.put("id", h.id());
            x.put("article_id", h.articleId());
            x.put("title", h.title().orElse(null));
            x.put("published", h.published().map(Object::toString).orElse(null));
            x.put("source", h.source().orElse(null));
            x.put("snippet", h.snippet());
            x.put("speaker", h.speaker().orElse(null));
            x.put("copy_of", h.copyOf().orElse(null));
            x.put("score", h.score());
        }
        ObjectNode facets = o.putObject("facets");
        r.facets().forEach((dim, values) -> {
            ArrayNode a = facets.putArray(dim);
            for (SearchResult.FacetValue v : values) a.addObject().put("value", v.value()).put("count", v.count());
        });
        o.put("next_cursor", r.nextCursor().orElse(null));
        send(ctx, o);
    }

    /** Every article matching a search, streamed page by page through the index's cursor: no cap. */
    private void searchExport(Context ctx) throws Exception {
        Set<String> allowed = new java.util.HashSet<>(SEARCH_PARAMS);
        allowed.add("format");
        allowed.remove("limit");
        allowed.remove("cursor");
        Params p = new Params(ctx.queryParamMap(), allowed);
        ExportFormat format = p.one("format").map(Server::format).orElse(ExportFormat.JSONL);
        if (!format.streamable()) throw new Params.BadRequest("search results export as jsonl or csv; parquet is for whole tables (/api/export/{table})");
        SearchQuery q = searchQuery(p, false).withKind(SearchQuery.Kind.ARTICLES);
        ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"newsgraph-search." + format.cliName() + "\"");
        OutputStream out = ctx.outputStream();
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> header = null;
        Optional<String> cursor = Optional.empty();
        do {
            SearchResult page = store.index().search(q.withCursor(cursor));
            List<String> ids = page.hits().stream().map(SearchResult.Hit::articleId).toList();
            Map<String, ObjectNode> rows = withConnection(c -> articleRows(c, ids));
            for (String id : ids) {
                ObjectNode row = rows.get(id);
                if (row == null) continue;
                if (format == ExportFormat.JSONL) {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } else {
                    if (header == null) {
                        header = new ArrayList<>();
                        row.fieldNames().forEachRemaining(header::add);
                        csv.write(String.join(",", header) + "\r\n");
                    }
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < header.size(); i++) {
                        if (i > 0) line.append(',');
                        var v = row.get(header.get(i));
                        if (v != null && !v.isNull()) line.append(csvField(v.isTextual() ? v.asText() : v.toString()));
                    }
                    csv.write(line.append("\r\n").toString());
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        csv.flush();
        out.flush();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Map<String, ObjectNode> articleRows(Connection c, List<String> ids) throws SQLException {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT * EXCLUDE (simhash) FROM articles WHERE id IN (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode row = Rows.toJson(rs);
                    out.put(row.get("id").asText(), row);
                }
            }
        }
        return out;
    }

    private void article(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            error(ctx, 404, "no article " + id + " (ids are 16 hex digits)");
            return;
        }
        byte[] body = articles.get(id);
        if (body == null) {
            Optional<ObjectNode> a = withConnection(c -> StoreQueries.article(c, id));
            if (a.isEmpty()) {
                error(ctx, 404, "no article " + id);
                return;
            }
            body = json.writeValueAsBytes(a.get());
            articles.put(id, body);
        }
        ctx.contentType("application/json").result(body);
    }

    private void entity(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("name"));
        String name = p.one("name").orElseThrow(() -> new Params.BadRequest("parameter name is required"));
        if (name.length() > 300) throw new Params.BadRequest("parameter name is over 300 characters");
        send(ctx, withConnection(c -> StoreQueries.entity(c, name)));
    }

    /** A place page: the place, the articles naming it, the events that happened there. */
    private void place(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("name"));
        String name = p.one("name").orElseThrow(() -> new Params.BadRequest("parameter name is required"));
        if (name.length() > 300) throw new Params.BadRequest("parameter name is over 300 characters");
        send(ctx, withConnection(c -> StoreQueries.place(c, name)));
    }

    /** Entities by name or alias, for the way from a typed name to an entity page. */
    private void entities(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("q", "limit"));
        String q = p.one("q").orElseThrow(() -> new Params.BadRequest("parameter q is required"));
        if (q.length() > 300) throw new Params.BadRequest("parameter q is over 300 characters");
        int limit = p.integer("limit", 10, 1, SearchQuery.MAX_LIMIT);
        ObjectNode o = json.createObjectNode();
        o.set("entities", withConnection(c -> StoreQueries.findEntities(c, q, limit)));
        send(ctx, o);
    }

    private static final Set<String> MODALITIES = Set.of("asserted", "reported", "hypothetical", "negated", "denied", "future");

    private static EventQuery eventQuery(Params p) {
        for (String m : p.many("modality")) {
            if (!MODALITIES.contains(m.toLowerCase(java.util.Locale.ROOT))) {
                throw new Params.BadRequest("parameter modality: '" + m + "' is not one of " + new java.util.TreeSet<>(MODALITIES));
            }
        }
        for (String code : p.many("event_code")) {
            if (!code.matches("\\d{2,4}")) throw new Params.BadRequest("parameter event_code: not a CAMEO code (2 to 4 digits): '" + code + "'");
        }
        for (String root : p.many("event_root")) {
            if (!root.matches("\\d{2}")) throw new Params.BadRequest("parameter event_root: not a CAMEO root (2 digits): '" + root + "'");
        }
        return new EventQuery(p.date("from"), p.date("to"), p.many("source"), p.many("actor"), p.many("country"), p.many("event_code"),
                p.many("event_root"), p.many("modality"), p.one("entity"), p.one("article"),
                p.choice("copies", Copies.class, Copies.EXCLUDE) == Copies.INCLUDE, area(p));
    }

    /** {@code bbox=west,south,east,north} or {@code near=lat,lon,km}: where the events happened. */
    private static Optional<EventQuery.Area> area(Params p) {
        Optional<String> bbox = p.one("bbox"), near = p.one("near");
        if (bbox.isPresent() && near.isPresent()) throw new Params.BadRequest("give bbox or near, not both");
        try {
            if (bbox.isPresent()) {
                double[] v = numbers(bbox.get(), 4, "bbox", "west,south,east,north");
                return Optional.of(new EventQuery.Box(v[0], v[1], v[2], v[3]));
            }
            if (near.isPresent()) {
                double[] v = numbers(near.get(), 3, "near", "lat,lon,km");
                return Optional.of(new EventQuery.Circle(v[0], v[1], v[2]));
            }
        } catch (IllegalArgumentException e) {
            throw new Params.BadRequest("parameter " + (bbox.isPresent() ? "bbox" : "near") + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static double[] numbers(String value, int n, String name, String form) {
        String[] parts = value.split(",", -1);
        if (parts.length != n) throw new Params.BadRequest("parameter " + name + ": expected " + form + ", got '" + value + "'");
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new Params.BadRequest("parameter " + name + ": '" + parts[i] + "' is not a number (" + form + ")");
            }
            if (!Double.isFinite(v[i])) throw new Params.BadRequest("parameter " + name + ": '" + parts[i] + "' is not a finite number");
        }
        return v;
    }

    /** Events matching the filters, newest first, one page with a cursor for the next. */
    private void events(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), EVENT_PARAMS);
        EventQuery q = eventQuery(p);
        int limit = p.integer("limit", 50, 1, EventQueries.MAX_LIMIT);
        Optional<String> cursor = p.one("cursor");
        send(ctx, withConnection(c -> EventQueries.list(c, q, limit, cursor)));
    }

    /** Counts of the matching events by day, month, code, root, actor, country or modality. */
    private void eventsAggregate(Context ctx) throws Exception {
        Set<String> allowed = new java.util.HashSet<>(EVENT_PARAMS);
        allowed.removeAll(Set.of("limit", "cursor"));
        allowed.add("by");
        Params p = new Params(ctx.queryParamMap(), allowed);
        EventQuery q = eventQuery(p);
        EventQueries.By by = p.choice("by", EventQueries.By.class, EventQueries.By.DAY);
        send(ctx, withConnection(c -> EventQueries.aggregate(c, q, by)));
    }

    /** Every matching event, streamed as JSON Lines or CSV: no cap. */
    private void eventsExport(Context ctx) throws Exception {
        Set<String> allowed = new java.util.HashSet<>(EVENT_PARAMS);
        allowed.removeAll(Set.of("limit", "cursor"));
        allowed.add("format");
        Params p = new Params(ctx.queryParamMap(), allowed);
        EventQuery q = eventQuery(p);
        ExportFormat format = p.one("format").map(Server::format).orElse(ExportFormat.JSONL);
        if (format != ExportFormat.JSONL && format != ExportFormat.CSV) {
            throw new Params.BadRequest("events export as jsonl or csv here; the GDELT formats are at /api/gdelt/{events|mentions|gkg}");
        }
        ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"newsgraph-events." + format.cliName() + "\"");
        OutputStream out = ctx.outputStream();
        withConnection(c -> EventQueries.export(c, q, format, out));
        out.flush();
    }

    /** Which events a GDELT export holds. */
    private enum Modalities { FACTUAL, ALL }

    /** The whole store as GDELT 2.0 Events or Mentions or GKG 2.1, tab-separated, streamed: no cap. */
    private void gdelt(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("modalities", "header"));
        ExportFormat format = switch (ctx.pathParam("kind")) {
            case "events" -> ExportFormat.GDELT_EVENTS;
            case "mentions" -> ExportFormat.GDELT_MENTIONS;
            case "gkg" -> ExportFormat.GDELT_GKG;
            default -> throw new Params.BadRequest("no GDELT export '" + ctx.pathParam("kind") + "' (one of: events, mentions, gkg)");
        };
        Gdelt.Scope scope = p.choice("modalities", Modalities.class, Modalities.FACTUAL) == Modalities.ALL ? Gdelt.Scope.ALL : Gdelt.Scope.FACTUAL;
        boolean header = p.choice("header", Flag.class, Flag.FALSE) == Flag.TRUE;
        ctx.contentType("text/tab-separated-values; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"newsgraph." + format.cliName() + ".tsv\"");
        Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        withConnection(c -> StoreGdelt.write(c, format, scope, header, w));
        w.flush();
    }

    private enum Flag { TRUE, FALSE }

    private void stats(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        ObjectNode o = json.createObjectNode();
        withConnection(c -> {
            for (Tables.Table t : Tables.ALL) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + t.name()); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    o.put(t.name(), rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                o.put("copies", rs.getLong(1));
            }
            return null;
        });
        send(ctx, o);
    }

    private static Tables.Table table(String name) {
        try {
            return Exporter.table(name);
        } catch (IllegalArgumentException e) {
            throw new Params.BadRequest(e.getMessage());
        }
    }

    private static ExportFormat format(String name) {
        try {
            return ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new Params.BadRequest(e.getMessage());
        }
    }

    /** One page of a table's rows in storage order, with a cursor for the next. */
    private void rows(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("after", "limit"));
        Tables.Table t = table(ctx.pathParam("table"));
        long after = p.longValue("after", -1);
        int limit = p.integer("limit", 100, 1, MAX_ROWS_PAGE);
        ObjectNode o = json.createObjectNode();
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid AS row_id, * FROM " + t.name() + " WHERE rowid > ? ORDER BY rowid LIMIT ?")) {
                ps.setLong(1, after);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    ArrayNode rows = Rows.allToJson(rs);
                    o.set("rows", rows);
                    o.put("next_cursor", rows.size() == limit ? rows.get(rows.size() - 1).get("row_id").asText() : null);
                }
            }
            return null;
        });
        send(ctx, o);
    }

    /** A whole table, streamed: no cap, no timeout (the connection stays busy while bytes flow). */
    private void export(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("format"));
        Tables.Table t = table(ctx.pathParam("table"));
        ExportFormat format = p.one("format").map(Server::format).orElse(ExportFormat.JSONL);
        if (format.gdelt()) throw new Params.BadRequest(format.cliName() + " is not a table format: the GDELT exports are at /api/gdelt/{events|mentions|gkg}");
        String ext = format.cliName();
        ctx.header("Content-Disposition", "attachment; filename=\"" + t.name() + "." + ext + "\"");
        ctx.contentType(switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case JSONL -> "application/x-ndjson";
            case PARQUET -> "application/vnd.apache.parquet";
            case GDELT_EVENTS, GDELT_MENTIONS, GDELT_GKG -> throw new IllegalStateException("refused above");
        });
        OutputStream out = ctx.outputStream();
        if (format.streamable()) {
            withConnection(c -> Exporter.toStream(c, t, format, out));
            return;
        }
        Path tmp = Files.createTempFile("newsgraph-export-", "." + ext);
        try {
            withConnection(c -> Exporter.toFile(c, t, format, tmp));
            Files.copy(tmp, out);
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() {
        app.stop();
        connections.close();
    }
}
