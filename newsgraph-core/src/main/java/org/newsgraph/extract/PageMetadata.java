package org.newsgraph.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.extract.html.HtmlTree;
import org.newsgraph.extract.html.Tags;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/**
 * What a page says about itself: schema.org JSON-LD, OpenGraph and other meta tags, {@code <title>},
 * {@code <link rel=canonical>}, {@code <html lang>}, bylines and dates marked up in the page. One pass
 * over the tree, before any cleaning.
 */
record PageMetadata(
        Optional<String> title,
        Optional<String> htmlTitle,
        Optional<String> siteName,
        Optional<String> section,
        List<String> authors,
        Optional<Published> published,
        Optional<String> language,
        Optional<String> canonicalUrl,
        Optional<String> articleBody,
        Optional<String> ogType,
        boolean articleTyped) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "report", "techarticle", "scholarlyarticle", "socialmediaposting", "askpublicnewsarticle",
            "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle", "review");

    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "datepublished", "article.published", "published_time", "publish-date", "publish_date", "publishdate",
            "pubdate", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "date", "og:published_time", "article_date_original", "cxenseparse:recs:publishtime", "displaydate",
            "originalpublicationdate", "article.created", "dcterms.created", "timestamp");

    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator");

    private static final List<String> EMBEDDED_DATE_KEYS = List.of("datePublished", "publishedDate", "publishDate",
            "date_published", "published_at", "publishedAt", "firstPublishedDate", "pubDate");

    /**
     * The first publication-date field ({@code "datePublished": "..."}, also inside an escaped JSON string) in
     * the page source. Literal searches, not a regex: the page is scanned a few times at memory speed.
     */
    private static Optional<Published> embeddedDate(String src) {
        // every key holds "ublish" or is "pubDate": two scans tell most pages there is nothing to find
        if (src.indexOf("ublish") < 0 && src.indexOf("pubDate") < 0) return Optional.empty();
        for (String key : EMBEDDED_DATE_KEYS) {
            int p = 0;
            while ((p = src.indexOf(key, p)) >= 0) {
                int k = p + key.length();
                p = k;
                if (k < src.length() && src.charAt(k) == '\\') k++;
                if (k >= src.length() || src.charAt(k) != '"') continue;
                k++;
                while (k < src.length() && (src.charAt(k) == ' ' || src.charAt(k) == ':')) k++;
                if (k < src.length() && src.charAt(k) == '\\') k++;
                if (k >= src.length() || src.charAt(k) != '"') continue;
                int vs = ++k;
                while (k < src.length() && k - vs <= 40 && src.charAt(k) != '"' && src.charAt(k) != '\\') k++;
                Optional<Published> d = Published.parse(src.substring(vs, k), DateSource.PAGE_DATA);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /** Every meta key this class reads; the content of other meta tags is never decoded. */
    private static final Set<String> META_KEYS = metaKeys();

    private static Set<String> metaKeys() {
        java.util.HashSet<String> keys = new java.util.HashSet<>(List.of("og:title", "twitter:title", "dc.title",
                "headline", "parsely-title", "sailthru.title", "og:site_name", "application-name", "publisher",
                "twitter:site", "article:section", "section", "parsely-section", "sailthru.section", "category",
                "content-language", "og:locale", "language", "dc.language", "og:type", "og:url"));
        keys.addAll(AUTHOR_META);
        keys.addAll(DATE_META);
        return Set.copyOf(keys);
    }

    /** Reads the metadata of a page. */
    static PageMetadata read(HtmlTree tree, Optional<String> url,
                             Consumer<String> warnings, String source) {
        Map<String, String> meta = new HashMap<>();
        JsonLd ld = new JsonLd();
        Optional<String> htmlTitle = Optional.empty();
        Optional<String> h1 = Optional.empty();
        String canonicalHref = null;
        String lang = null;
        List<String> timeValues = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (!tree.isElement(i) || tree.sourceStart(i) < 0 && i != tree.html()) continue;
            int tag = tree.tag(i);
            switch (tag) {
                case Tags.META -> {
                    if (tree.attributes(i) == 0) break;
                    String[] a = tree.attrs(i, "property", "name", "itemprop");
                    String key = a[0] != null ? a[0] : a[1] != null ? a[1] : a[2];
                    if (key == null) break;
                    key = key.strip().toLowerCase(Locale.ROOT);
                    if (!META_KEYS.contains(key)) break; // viewport, robots, og:image ...: not read, not decoded
                    String content = tree.attr(i, "content");
                    if (content == null) break;
                    String value = content.strip();
                    if (!key.isEmpty() && !value.isEmpty()) meta.putIfAbsent(key, value);
                }
                case Tags.SCRIPT -> {
                    String type = tree.attr(i, "type");
                    if (type == null || !type.toLowerCase(Locale.ROOT).contains("ld+json")) break;
                    String json = tree.rawText(i).strip();
                    if (json.isEmpty() || json.length() > 4_000_000) break;
                    // only articles and organisations matter; breadcrumbs, site search boxes and the like do not
                    if (!json.contains("rticle") && !json.contains("Posting") && !json.contains("Report")
                            && !json.contains("rganization") && !json.contains("@graph") && !json.contains("Review")) break;
                    try {
                        ld.visit(JSON.readTree(json), 0);
                    } catch (JacksonException e) {
                        warnings.accept(source + ": ignoring malformed JSON-LD block: " + e.getOriginalMessage());
                    }
                }
                case Tags.TITLE -> {
                    if (htmlTitle.isEmpty()) {
                        String t = org.jsoup.parser.Parser.unescapeEntities(tree.rawText(i), false).strip();
                        t = SPACES.matcher(t).replaceAll(" ");
                        if (!t.isEmpty()) htmlTitle = Optional.of(t);
                    }
                }
                case Tags.H1 -> {
                    if (h1.isEmpty()) {
                        String t = tree.text(i);
                        if (!t.isEmpty() && t.length() < 400) h1 = Optional.of(t);
                    }
                }
                case Tags.LINK -> {
                    if (canonicalHref == null && "canonical".equalsIgnoreCase(String.valueOf(tree.attr(i, "rel")).strip())) {
                        String href = tree.attr(i, "href");
                        if (href != null && !href.isBlank()) canonicalHref = href.strip();
                    }
                }
                case Tags.HTML -> {
                    if (lang == null) lang = tree.attr(i, "lang");
                }
                default -> { }
            }
            if (tag == Tags.TIME || (tree.attributes(i) & HtmlTree.ATTR_DATETIME) != 0) {
                String dt = tree.attr(i, "datetime");
                if (dt != null) timeValues.add(dt);
            }
        }

        Optional<String> ogTitle = first(meta, "og:title", "twitter:title", "dc.title", "headline", "parsely-title", "sailthru.title");
        Optional<String> siteName = first(meta, "og:site_name", "application-name", "publisher", "twitter:site")
                .or(() -> ld.publisher).map(v -> v.startsWith("@") ? v.substring(1) : v);
        Optional<String> h1Title = h1;
        Optional<String> pageTitle = htmlTitle;
        Optional<String> title = ld.headline.or(() -> ogTitle).or(() -> h1Title).or(() -> pageTitle)
                .map(t -> cleanTitle(t, siteName));

        Optional<String> section = ld.section.flatMap(PageMetadata::section)
                .or(() -> first(meta, "article:section", "section", "parsely-section", "sailthru.section", "category").flatMap(PageMetadata::section));

        List<String> authors = new ArrayList<>();
        for (String a : ld.authors) addAuthors(a, authors);
        if (authors.isEmpty()) {
            for (String key : AUTHOR_META) {
                String v = meta.get(key);
                if (v == null || v.startsWith("http") || v.startsWith("@") || v.contains("/")) continue;
                addAuthors(v, authors);
                if (!authors.isEmpty()) break;
            }
        }

        Optional<Published> published = ld.published;
        if (published.isEmpty()) {
            for (String key : DATE_META) {
                String v = meta.get(key);
                if (v == null) continue;
                published = Published.parse(v, DateSource.META);
                if (published.isPresent()) break;
            }
        }
        for (int k = 0; published.isEmpty() && k < timeValues.size(); k++) {
            published = Published.parse(timeValues.get(k), DateSource.META);
        }
        Optional<String> canonical = canonical(canonicalHref, url, meta);
        if (published.isEmpty()) {
            published = url.or(() -> canonical).flatMap(TextDates::fromUrl);
        }
        if (published.isEmpty()) {
            // A publication-date field in data the page embeds (app state, a JSON-LD block too broken to parse).
            published = embeddedDate(tree.source());
        }
        List<Integer> dateNodes = published.isEmpty() ? markedNodes(tree, false, tree.body()) : List.of();
        for (int k = 0; published.isEmpty() && k < dateNodes.size(); k++) {
            // A date written in an element the page marks as one ("Published 19 November 2019").
            String own = tree.ownText(dateNodes.get(k));
            String t = own.isBlank() ? tree.text(dateNodes.get(k)) : own;
            if (!t.isBlank() && t.length() <= 120) published = TextDates.find(t, DateSource.TEXT);
        }

        Optional<String> language = Optional.ofNullable(lang).filter(v -> !v.isBlank())
                .or(() -> first(meta, "content-language", "og:locale", "language", "dc.language"))
                .or(() -> ld.language)
                .map(PageMetadata::languageCode).filter(v -> v.length() == 2);

        return new PageMetadata(title, htmlTitle, siteName, section, authors, published, language, canonical,
                ld.articleBody, Optional.ofNullable(meta.get("og:type")).map(v -> v.toLowerCase(Locale.ROOT)), ld.articleTyped);
    }

    /**
     * The authors named by bylines marked up in the page ({@code rel=author}, {@code itemprop=author},
     * "author-name", links in a "byline") within the subtree of {@code scope}: the article's region, so that
     * the authors of teasers and comments around it are not taken.
     */
    static List<String> markedAuthors(HtmlTree tree, int scope) {
        List<String> authors = new ArrayList<>();
        for (int e : markedNodes(tree, true, scope)) {
            String t = tree.text(e);
            if (t.isEmpty() || t.length() > 80) continue;
            List<String> by = Lines.byline(t);
            if (by != null) by.forEach(x -> addAuthors(x, authors));
            else addAuthors(t, authors);
            if (authors.size() >= 4) break;
        }
        return authors;
    }

    /**
     * Body elements marked as bylines ({@code rel=author}, {@code itemprop=author}, "author-name", links in a
     * "byline") or, with {@code bylines} false, as dates ({@code <time>}, "date", "time", "publish").
     */
    private static List<Integer> markedNodes(HtmlTree tree, boolean bylines, int scope) {
        List<Integer> out = new ArrayList<>();
        // Where the words that mark such elements occur in the source; only tags holding one are looked at.
        int from = Math.max(0, tree.sourceStart(scope));
        int to = tree.end(scope) < tree.size() ? Math.max(from, tree.sourceStart(tree.end(scope))) : tree.source().length();
        int[] marks = bylines ? occurrences(tree.source(), from, to, "author", "byline")
                : occurrences(tree.source(), from, to, "date", "time", "publish");
        int m = 0;
        int bylineEnd = -1;
        for (int i = scope + 1; i < tree.end(scope); i++) {
            if (!tree.isElement(i)) continue;
            int tag = tree.tag(i);
            if (bylines && tag == Tags.A && i < bylineEnd) {
                out.add(i);
                continue;
            }
            int start = tree.sourceStart(i);
            if (start < 0) continue;
            while (m < marks.length && marks[m] < start) m++;
            boolean marked = m < marks.length && marks[m] < tree.sourceEnd(i);
            if (!marked) {
                if (!bylines && tag == Tags.TIME) out.add(i);
                continue;
            }
            int mask = tree.attributes(i);
            if (bylines) {
                boolean named = (mask & (HtmlTree.ATTR_CLASS | HtmlTree.ATTR_ID)) != 0;
                boolean byline = named && tree.tagContains(i, "byline");
                boolean author = named && (tree.tagContains(i, "author-name") || tree.tagContains(i, "byline__name"));
                if (!author && (mask & HtmlTree.ATTR_REL) != 0) author = "author".equalsIgnoreCase(tree.attr(i, "rel"));
                if (!author && (mask & HtmlTree.ATTR_ITEMPROP) != 0) {
                    String itemprop = tree.attr(i, "itemprop");
                    author = "author".equals(itemprop) || "name".equals(itemprop) && insideAuthor(tree, i);
                }
                if (author) out.add(i);
                if (byline) bylineEnd = Math.max(bylineEnd, tree.end(i));
            } else {
                boolean named = (mask & (HtmlTree.ATTR_CLASS | HtmlTree.ATTR_ID)) != 0;
                if (tag == Tags.TIME || named && (tree.tagContains(i, "date") || tree.tagContains(i, "time") || tree.tagContains(i, "publish"))
                        || (mask & HtmlTree.ATTR_ITEMPROP) != 0 && "datePublished".equals(tree.attr(i, "itemprop"))) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The sorted offsets of every occurrence of the words (as written, lower case) in the source. */
    private static int[] occurrences(String src, int from, int to, String... words) {
        int[] out = new int[16];
        int n = 0;
        for (String w : words) {
            int p = from;
            while (p < to && (p = src.indexOf(w, p, to)) >= 0) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = p;
                p += w.length();
            }
        }
        out = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(out);
        return out;
    }

    private static boolean insideAuthor(HtmlTree tree, int i) {
        int level = 0;
        for (int p = tree.parent(i); p >= 0 && level < 4; p = tree.parent(p), level++) {
            if ("author".equals(tree.attr(p, "itemprop"))) return true;
        }
        return false;
    }

    private static Optional<String> canonical(String href, Optional<String> base, Map<String, String> meta) {
        if (href != null) {
            if (base.isPresent() && !href.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                try {
                    return Optional.of(java.net.URI.create(base.get()).resolve(href).toString());
                } catch (IllegalArgumentException e) {
                    return Optional.of(href);
                }
            }
            return Optional.of(href);
        }
        return Optional.ofNullable(meta.get("og:url"));
    }

    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "(?i)(?:m\\.?d|ph\\.?d|ms|ma|mba|rdn|rd|rn|jr|sr|ii|iii|esq|staff|staff writer|editor|reporter|correspondent|contributor)\\.?");
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "(?i)\\.com\\b|\\.org\\b|\\.net\\b|\\.co\\.uk\\b|\\b(?:news|staff|admin|administrator|editor|team|desk|wire|press|agency|media|online|digital)\\b|^[a-z0-9_]+$");

    private static final java.util.regex.Pattern AUTHOR_SEPARATOR = java.util.regex.Pattern.compile("\\s*(?:;|\\band\\b|&|\\|)\\s*");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("\\s*,\\s*");
    private static final java.util.regex.Pattern BY_PREFIX = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:analysis|opinion|commentary|review|story|words|photos?|text|video|reporting) by|by|written by|von|par|por)\\s+");

    /** Adds the person names in an author string ("Jane Doe, Cleveland.com", "A and B", "Ann Roe, MS, RDN"). */
    static void addAuthors(String value, List<String> into) {
        for (String part : AUTHOR_SEPARATOR.split(value)) {
            String[] pieces = COMMA.split(part);
            for (int i = 0; i < pieces.length; i++) {
                String n = BY_PREFIX.matcher(pieces[i]).replaceFirst("").strip();
                // After the first name, comma pieces are credentials or affiliations unless they look like names.
                if (n.isEmpty() || CREDENTIAL.matcher(n).matches()) continue;
                if (i > 0 && Lines.words(n) < 2) continue;
                // a person's name has no digits and names no institution ("Reuters Staff", "News Desk")
                if (NOT_A_NAME.matcher(n).find() || n.chars().anyMatch(Character::isDigit)) continue;
                if (Lines.words(n) > 5 || n.length() > 60 || n.startsWith("http")) continue;
                if (!into.contains(n)) into.add(n);
            }
        }
    }

    private static final Set<String> NOT_SECTIONS = Set.of("post", "posts", "article", "articles", "all", "home",
            "uncategorized", "uncategorised", "default", "page", "blog", "story", "stories", "news-article");

    /** A section name: the first of a keyword list, never a CMS type word. */
    static Optional<String> section(String value) {
        String v = value.strip();
        if (v.contains(",") && v.length() > 40) v = v.substring(0, v.indexOf(',')).strip();
        if (v.isEmpty() || v.length() > 60 || NOT_SECTIONS.contains(v.toLowerCase(Locale.ROOT))) return Optional.empty();
        return Optional.of(v);
    }

    private static String languageCode(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        int cut = v.indexOf('-');
        if (cut < 0) cut = v.indexOf('_');
        return cut > 0 ? v.substring(0, cut) : v;
    }

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.(?:com|org|net|co\\.uk|de|fr|io)$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A headline without the site name suffix ("Headline | Site"), when the suffix is the site. */
    static String cleanTitle(String title, Optional<String> siteName) {
        String t = SPACES.matcher(title.strip()).replaceAll(" ");
        Titles.Split split = Titles.split(t);
        if (split.last().isPresent()) {
            // the chain goes when its last segment is the site
            String suffix = split.last().get().toLowerCase(Locale.ROOT);
            boolean siteLike = siteName.map(s -> {
                String n = s.toLowerCase(Locale.ROOT);
                return n.contains(suffix) || suffix.contains(n) || suffix.replace(" ", "").contains(n.replace(" ", ""));
            }).orElse(false);
            if (siteLike || DOMAIN.matcher(suffix).find()) return split.headline();
            // Without a declared site name, a short capitalised name after " | " or " - " is still the site's.
            if (siteName.isEmpty() && looksLikeSiteName(split.last().get())) return split.headline();
        }
        return t;
    }

    private static boolean looksLikeSiteName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 3) return false;
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) return false;
        }
        return true;
    }

    private static Optional<String> first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return Optional.of(v.strip());
        }
        return Optional.empty();
    }

    /** Collects the article-typed object's fields from any JSON-LD shape (arrays, @graph, nesting). */
    private static final class JsonLd {
        Optional<String> headline = Optional.empty();
        Optional<String> section = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<String> articleBody = Optional.empty();
        Optional<String> language = Optional.empty();
        Optional<Published> published = Optional.empty();
        final LinkedHashSet<String> authors = new LinkedHashSet<>();
        boolean articleTyped;

        void visit(JsonNode node, int depth) {
            if (node == null || depth > 8) return;
            if (node.isArray()) {
                for (JsonNode n : node) visit(n, depth + 1);
                return;
            }
            if (!node.isObject()) return;
            if (node.has("@graph")) visit(node.get("@graph"), depth + 1);
            if (isArticle(node.get("@type"))) {
                articleTyped = true;
                if (headline.isEmpty()) headline = text(node.get("headline")).or(() -> text(node.get("name")));
                if (section.isEmpty()) section = text(node.get("articleSection"));
                if (articleBody.isEmpty()) articleBody = text(node.get("articleBody")).filter(s -> s.length() >= 200);
                if (language.isEmpty()) language = text(node.get("inLanguage"));
                if (published.isEmpty()) {
                    published = text(node.get("datePublished")).flatMap(s -> Published.parse(s, DateSource.JSON_LD))
                            .or(() -> text(node.get("dateCreated")).flatMap(s -> Published.parse(s, DateSource.JSON_LD)));
                }
                if (authors.isEmpty()) names(node.get("author"), authors, 0);
                if (publisher.isEmpty()) publisher = name(node.get("publisher"));
            } else if (publisher.isEmpty() && isType(node.get("@type"), "organization", "newsmediaorganization")) {
                // a site-level organisation in a @graph names the publisher
                publisher = text(node.get("name"));
            }
        }

        private static boolean isArticle(JsonNode type) {
            if (type == null) return false;
            if (type.isArray()) {
                for (JsonNode t : type) if (isArticle(t)) return true;
                return false;
            }
            String t = type.asText("").toLowerCase(Locale.ROOT);
            return ARTICLE_TYPES.contains(t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
        }

        private static boolean isType(JsonNode type, String... names) {
            if (type == null) return false;
            String t = type.isArray() && !type.isEmpty() ? type.get(0).asText("") : type.asText("");
            for (String n : names) if (t.equalsIgnoreCase(n)) return true;
            return false;
        }

        private static Optional<String> text(JsonNode n) {
            if (n == null || n.isNull()) return Optional.empty();
            if (n.isArray()) return n.isEmpty() ? Optional.empty() : text(n.get(0));
            if (n.isObject()) return text(n.get("name")).or(() -> text(n.get("@value")));
            String raw = n.asText();
            String s = (raw.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(raw, false) : raw).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }

        private static Optional<String> name(JsonNode n) {
            if (n == null) return Optional.empty();
            if (n.isArray()) return n.isEmpty() ? Optional.empty() : name(n.get(0));
            if (n.isObject()) return text(n.get("name"));
            return text(n);
        }

        private static void names(JsonNode n, Set<String> into, int depth) {
            if (n == null || depth > 3) return;
            if (n.isArray()) {
                for (JsonNode x : n) names(x, into, depth + 1);
                return;
            }
            Optional<String> s = n.isObject() ? text(n.get("name")) : text(n);
            s.map(v -> v.replaceFirst("(?i)^by\\s+", "").strip())
                    .filter(v -> !v.isEmpty() && !v.startsWith("http") && Lines.words(v) <= 6)
                    .ifPresent(into::add);
        }
    }
}
