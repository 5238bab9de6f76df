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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/**
 * What a page says about itself: schema.org JSON-LD, OpenGraph and other meta tags, {@code <title>},
 * {@code <link rel=canonical>}, {@code <html lang>}. Read from the parsed document before any cleaning.
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

    static PageMetadata read(Document doc, Optional<String> url, Consumer<String> warnings, String source) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            key = key.strip().toLowerCase(Locale.ROOT);
            String value = m.attr("content").strip();
            if (!key.isEmpty() && !value.isEmpty()) meta.putIfAbsent(key, value);
        }

        JsonLd ld = new JsonLd();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > 4_000_000) continue;
            try {
                ld.visit(JSON.readTree(json), 0);
            } catch (JacksonException e) {
                warnings.accept(source + ": ignoring malformed JSON-LD block: " + e.getOriginalMessage());
            }
        }

        Optional<String> htmlTitle = Optional.of(doc.title().strip()).filter(s -> !s.isEmpty());
        Optional<String> ogTitle = first(meta, "og:title", "twitter:title", "dc.title", "headline", "parsely-title", "sailthru.title");
        Optional<String> h1 = Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).map(String::strip).filter(s -> !s.isEmpty() && s.length() < 400);
        Optional<String> siteName = first(meta, "og:site_name", "application-name", "publisher", "twitter:site")
                .or(() -> ld.publisher).map(s -> s.startsWith("@") ? s.substring(1) : s);
        Optional<String> title = ld.headline.or(() -> ogTitle).or(() -> h1).or(() -> htmlTitle)
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
        if (authors.isEmpty()) {
            // Bylines marked up in the page itself.
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline a, .author-name, .byline__name")) {
                String t = e.text().strip();
                if (t.isEmpty() || t.length() > 80) continue;
                List<String> by = Lines.byline(t);
                if (by != null) by.forEach(n -> addAuthors(n, authors));
                else addAuthors(t, authors);
                if (authors.size() >= 4) break;
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
        if (published.isEmpty()) {
            for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
                published = Published.parse(t.attr("datetime"), DateSource.META);
                if (published.isPresent()) break;
            }
        }
        if (published.isEmpty()) {
            Optional<String> pageUrl = url.or(() -> canonical(doc, meta));
            published = pageUrl.flatMap(TextDates::fromUrl);
        }
        if (published.isEmpty()) {
            // A date written in an element the page marks as one ("Published 19 November 2019").
            for (Element e : doc.select("time, [class*=date], [class*=time], [class*=publish], [id*=date], [itemprop=datePublished]")) {
                String t = e.ownText().isBlank() ? e.text() : e.ownText();
                if (t.isBlank() || t.length() > 120) continue;
                published = TextDates.find(t, DateSource.TEXT);
                if (published.isPresent()) break;
            }
        }

        Optional<String> language = Optional.of(doc.select("html").attr("lang")).filter(s -> !s.isBlank())
                .or(() -> first(meta, "content-language", "og:locale", "language", "dc.language"))
                .or(() -> ld.language)
                .map(PageMetadata::languageCode).filter(s -> s.length() == 2);

        return new PageMetadata(title, htmlTitle, siteName, section, authors, published, language, canonical(doc, meta),
                ld.articleBody, Optional.ofNullable(meta.get("og:type")).map(s -> s.toLowerCase(Locale.ROOT)), ld.articleTyped);
    }

    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "(?i)(?:m\\.?d|ph\\.?d|ms|ma|mba|rdn|rd|rn|jr|sr|ii|iii|esq|staff|staff writer|editor|reporter|correspondent|contributor)\\.?");
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "(?i).*(?:\\.com|\\.org|\\.net|\\.co\\.uk|news|staff|admin|editor|team|desk|wire|press|agency|media|online|digital)\\b.*|admin|administrator|[a-z0-9_]+");

    /** Adds the person names in an author string ("Jane Doe, Cleveland.com", "A and B", "Ann Roe, MS, RDN"). */
    static void addAuthors(String value, List<String> into) {
        for (String part : value.split("\\s*(?:;|\\band\\b|&|\\|)\\s*")) {
            String[] pieces = part.split("\\s*,\\s*");
            for (int i = 0; i < pieces.length; i++) {
                String n = pieces[i].replaceFirst("(?i)^(?:(?:analysis|opinion|commentary|review|story|words|photos?|text|video|reporting) by|by|written by|von|par|por)\\s+", "").strip();
                // After the first name, comma pieces are credentials or affiliations unless they look like names.
                if (n.isEmpty() || CREDENTIAL.matcher(n).matches()) continue;
                if (i > 0 && (Lines.words(n) < 2 || NOT_A_NAME.matcher(n).matches())) continue;
                if (NOT_A_NAME.matcher(n).matches() && Lines.words(n) < 2) continue;
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

    private static Optional<String> canonical(Document doc, Map<String, String> meta) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("href").isBlank()) {
            String abs = link.absUrl("href");
            return Optional.of(abs.isEmpty() ? link.attr("href").strip() : abs);
        }
        return Optional.ofNullable(meta.get("og:url"));
    }

    private static String languageCode(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        int cut = v.indexOf('-');
        if (cut < 0) cut = v.indexOf('_');
        return cut > 0 ? v.substring(0, cut) : v;
    }

    /** A headline without the site name suffix ("Headline | Site"), when the suffix is the site. */
    static String cleanTitle(String title, Optional<String> siteName) {
        String t = title.strip().replaceAll("\\s+", " ");
        Titles.Split split = Titles.split(t);
        if (split.suffix().isPresent()) {
            String suffix = split.suffix().get().toLowerCase(Locale.ROOT);
            boolean siteLike = siteName.map(s -> {
                String n = s.toLowerCase(Locale.ROOT);
                return n.contains(suffix) || suffix.contains(n) || suffix.replace(" ", "").contains(n.replace(" ", ""));
            }).orElse(false);
            if (siteLike || suffix.matches(".*\\.(com|org|net|co\\.uk|de|fr|io)$")) return split.headline();
        }
        return t;
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
            return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""));
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
            String s = org.jsoup.parser.Parser.unescapeEntities(n.asText(), false).strip();
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
