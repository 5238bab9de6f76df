package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;

/**
 * Property test: random HTML-ish markup and random scraped text, from fixed seeds, never make the extractors
 * throw, and every article keeps its structural promises ({@link ArticleInvariants}).
 */
class RandomInputPropertyTest {
    /** Seeds per test; raise it for a longer hunt: {@code -Dnewsgraph.property.iterations=20000}. */
    private static final int ITERATIONS = Integer.getInteger("newsgraph.property.iterations", 300);

    private static final List<String> TAGS = List.of("p", "p", "p", "div", "div", "span", "b", "i", "em", "strong", "a", "a",
            "h1", "h2", "h3", "ul", "ol", "li", "li", "table", "tbody", "tr", "td", "th", "blockquote", "pre", "code",
            "article", "section", "main", "nav", "aside", "footer", "header", "figure", "figcaption", "form", "font",
            "script", "style", "noscript", "template", "textarea", "select", "option", "svg", "iframe", "title", "head",
            "body", "html", "dl", "dt", "dd", "center", "details", "summary", "button", "label", "sup", "sub", "time");
    private static final List<String> VOID_TAGS = List.of("br", "br", "hr", "img", "input", "meta", "link", "wbr", "source");
    private static final List<String> ATTRIBUTES = List.of("class=\"article-body\"", "class=\"content\"", "class='share-bar'",
            "class=\"related\"", "class=\"comments\"", "id=\"main\"", "id=\"sidebar\"", "class=\"cookie-banner\"", "hidden",
            "style=\"display:none\"", "style=\"color:red\"", "role=\"navigation\"", "role=\"main\"", "aria-hidden=\"true\"",
            "itemprop=\"articleBody\"", "href=\"/2019/11/19/story.html\"", "href=\"https://example.com/x\"", "lang=\"de\"",
            "datetime=\"2017-04-10T09:00:00Z\"", "class=\"byline\"", "class=\"newsletter\"", "data-x=\"<p>\"", "class",
            "id=\"\"", "style=\"visibility: hidden\"", "title=\"a &amp; b\"", "onclick=\"x()\"", "class=\"post footer\"");
    private static final List<String> WORDS = List.of("the", "minister", "said", "on", "Monday", "that", "Syria", "Russia",
            "talks", "would", "continue", "café", "naïve", "Zürich", "北京", "Москва", "مرحبا", "😀", "G7", "2017", "US$",
            "-", "–", "—", "“quoted”", "‘single’", "(ISIL)", "e.g.", "a", "and", "of", "reporters", "government", "x");
    private static final List<String> ENTITIES = List.of("&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x1F600;",
            "&#0;", "&#xD800;", "&#1114112;", "&bogus;", "&amp", "&", "&#", "&#x;", "&eacute;", "&mdash;", "&hellip;", "&shy;",
            "&#8203;", "&ZeroWidthSpace;");
    private static final List<String> BROKEN = List.of("<", ">", "</", "<p", "<div class=\"", "<!--", "-->", "<!-- open comment",
            "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "</p>", "</div>", "</table>", "</body>", "</html>",
            "<p/>", "<<p>>", "< p>", "<a href=>", "<1>", "</ >", "<br/>", "<img src=x onerror=alert(1)>", "\u0000", "\r\n", "\r",
            "\t", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u3000", "\u202F", "\uD800", "\uDC00", "\u0007", "\u00AD", "\u0085");
    private static final List<String> JUNK_LINES = List.of("Share", "Share This", "Share this post with your friends!",
            "Advertisement", "Leave a Reply", "Pin It on Pinterest", "Source link", "Related: Other story here", "OPINION: A view",
            "By Jane Doe", "By Jane Doe and John Roe | Reuters", "Source: News agencies", "Reporting by A; Editing by B",
            "10 April 2017", "Published April 10, 2017", "Updated 2017-04-10", "- a list item", "1. first item", "Read more",
            "Tags: a, b", "© 2017 Example", "Facebook Twitter Email", "Comments", "12 comments", "Title | Section", "Headline - Site:",
            "...", "|", ":", "•", "A short line", "The end.");

    @Test
    void randomMarkupKeepsArticleInvariants() {
        int articles = assertTimeoutPreemptively(Duration.ofSeconds(ITERATIONS / 5 + 30), () -> {
            int withBody = 0;
            for (int seed = 1; seed <= ITERATIONS; seed++) {
                Random r = new Random(seed);
                String html = randomHtml(r);
                String url = r.nextBoolean() ? "https://news.example.com/2019/11/19/story-" + seed + ".html" : null;
                ExtractOptions options = url == null ? ExtractOptions.defaults() : ExtractOptions.builder().url(url).build();
                if (!run(InputDocument.html("seed-" + seed, html), options, "html seed " + seed).paragraphs().isEmpty()) withBody++;
            }
            return withBody;
        });
        // The generator must exercise the body path, not only produce pages without an article.
        assertTrue(articles >= ITERATIONS / 10, "only " + articles + " of " + ITERATIONS + " random pages gave a body");
    }

    @Test
    void randomScrapedTextKeepsArticleInvariants() {
        int articles = assertTimeoutPreemptively(Duration.ofSeconds(ITERATIONS / 5 + 30), () -> {
            int withBody = 0;
            for (int seed = 1; seed <= ITERATIONS; seed++) {
                Random r = new Random(seed * 7919L);
                String text = randomText(r);
                if (!run(InputDocument.text("seed-" + seed, text), ExtractOptions.defaults(), "text seed " + seed).paragraphs().isEmpty()) withBody++;
            }
            return withBody;
        });
        assertTrue(articles >= ITERATIONS / 10, "only " + articles + " of " + ITERATIONS + " random texts gave a body");
    }

    private static Article run(InputDocument doc, ExtractOptions options, String label) {
        Article a;
        try {
            a = Newsgraph.extract(doc, options);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(label + ": extraction threw on input " + quote(doc.content()), e);
        }
        try {
            ArticleInvariants.check(a, doc.content(), label);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\ninput: " + quote(doc.content()), e);
        }
        return a;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c > 0x7E) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    // ---------------------------------------------------------------- generators

    static String randomHtml(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(3) == 0) sb.append("<!DOCTYPE html>");
        if (r.nextInt(2) == 0) {
            sb.append("<html><head>");
            if (r.nextBoolean()) sb.append("<title>").append(sentence(r, 3 + r.nextInt(8))).append(pick(r, List.of(" | Site", " - News", ""))).append("</title>");
            if (r.nextBoolean()) sb.append("<meta property=\"og:title\" content=\"").append(sentence(r, 5)).append("\">");
            if (r.nextBoolean()) sb.append("<meta charset=\"").append(pick(r, List.of("utf-8", "iso-8859-1", "bogus"))).append("\">");
            if (r.nextBoolean()) sb.append("<meta property=\"article:published_time\" content=\"").append(pick(r, List.of("2017-04-10T09:00:00Z", "2017-13-45", "yesterday", "20170410", "Mon, 10 Apr 2017 09:00:00 GMT"))).append("\">");
            if (r.nextBoolean()) sb.append("<link rel=\"canonical\" href=\"").append(pick(r, List.of("https://x.example/2017/04/10/a", "/relative", "", "::bad"))).append("\">");
            if (r.nextInt(3) == 0) sb.append(jsonLd(r));
            sb.append("</head><body>");
        }
        int blocks = 1 + r.nextInt(40);
        for (int i = 0; i < blocks; i++) element(r, sb, 0);
        if (r.nextInt(4) == 0) sb.append(pick(r, BROKEN));
        return sb.toString();
    }

    private static String jsonLd(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + sentence(r, 6)
                    + "\",\"datePublished\":\"2017-04-10\",\"author\":[{\"name\":\"Jane Doe\"},\"John Roe\"],\"articleBody\":\""
                    + (sentence(r, 60) + "\\n").repeat(1 + r.nextInt(4)) + "\"}</script>";
            case 1 -> "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Article\"],\"headline\":null,\"author\":{}}]}</script>";
            case 2 -> "<script type=\"application/ld+json\">{not json at all</script>";
            default -> "<script type=\"application/ld+json\">[1, \"x\", null, {\"@type\": 5}]</script>";
        };
    }

    private static void element(Random r, StringBuilder sb, int depth) {
        int k = r.nextInt(100);
        if (k < 30 || depth > 8) {
            sb.append(textRun(r));
        } else if (k < 37) {
            sb.append('<').append(pick(r, VOID_TAGS));
            if (r.nextBoolean()) sb.append(' ').append(pick(r, ATTRIBUTES));
            sb.append(r.nextBoolean() ? ">" : "/>");
        } else if (k < 42) {
            sb.append(pick(r, BROKEN));
        } else if (k < 47) {
            sb.append(pick(r, ENTITIES));
        } else {
            String tag = pick(r, TAGS);
            sb.append('<').append(r.nextInt(10) == 0 ? tag.toUpperCase(java.util.Locale.ROOT) : tag);
            int attrs = r.nextInt(3);
            for (int a = 0; a < attrs; a++) sb.append(' ').append(pick(r, ATTRIBUTES));
            sb.append('>');
            int children = r.nextInt(5);
            for (int c = 0; c < children; c++) element(r, sb, depth + 1);
            if (r.nextInt(8) != 0) sb.append("</").append(r.nextInt(10) == 0 ? pick(r, TAGS) : tag).append('>');
        }
    }

    private static String textRun(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> sentence(r, 1 + r.nextInt(4));
            case 1 -> sentence(r, 8 + r.nextInt(40)) + pick(r, List.of(".", "!", "?", "…", ".”", ""));
            case 2 -> pick(r, JUNK_LINES);
            case 3 -> pick(r, WORDS) + pick(r, ENTITIES) + pick(r, WORDS);
            default -> pick(r, List.of(" ", "\n", "\n\n", "\t", "\u00A0", "\r\n", "  \n \n")) + sentence(r, 3);
        };
    }

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(3) == 0) sb.append(pick(r, List.of("\uFEFF", "\n\n", "   ", "\t")));
        int lines = r.nextInt(60);
        for (int i = 0; i < lines; i++) {
            int k = r.nextInt(10);
            if (k < 4) sb.append(sentence(r, 6 + r.nextInt(50))).append(pick(r, List.of(".", ".", "?", "!", "”", ".”", "")));
            else if (k < 7) sb.append(pick(r, JUNK_LINES));
            else if (k < 8) sb.append(pick(r, BROKEN)).append(sentence(r, r.nextInt(5)));
            else if (k < 9) sb.append(pick(r, List.of(" ", "\t", "\u00A0", "\u3000", "\u2028", "\u200B")));
            else sb.append(sentence(r, 1 + r.nextInt(6)));
            sb.append(pick(r, List.of("\n", "\n\n", "\n\n", "\r\n\r\n", "\n \n", "\n\t\n", "\n\n\n\n", "\n\u00A0\n", " ")));
        }
        if (r.nextBoolean()) sb.append(pick(r, List.of("\n", " ", "\n\n\n", "\u00A0")));
        return sb.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(r.nextInt(12) == 0 ? ", " : " ");
            sb.append(pick(r, WORDS));
        }
        if (!sb.isEmpty()) sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
