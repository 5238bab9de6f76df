package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.ArticleInvariants;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Published;

/** HTML extraction on small hand-written pages (fixtures/html, see fixtures/README.md). */
class HtmlExtractionTest {

    private static Article extract(String fixture) {
        String html = ScrapedTextTest.fixture("html/" + fixture);
        Article a = Newsgraph.extract(InputDocument.html(fixture, html));
        ArticleInvariants.check(a, html, fixture);
        return a;
    }

    private static Paragraph paragraphStarting(Article a, String start) {
        return a.paragraphs().stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with '" + start + "' in:\n" + a.text()));
    }

    // ---------------------------------------------------------------- metadata

    @Test
    void jsonLdMetadata() {
        Article a = extract("article-jsonld.html");
        assertEquals(ArticleStatus.ARTICLE, a.status());
        assertEquals("Harbour council approves tidal barrier after decade of delays", a.title().orElseThrow(),
                "the JSON-LD headline wins over og:title and the <title> with its site suffix");
        Published p = a.published().orElseThrow();
        assertEquals(DateSource.JSON_LD, p.source());
        assertEquals(LocalDate.of(2021, 3, 14), p.date());
        assertEquals(Optional.of(OffsetDateTime.parse("2021-03-14T08:30:00+01:00")), p.instant());
        assertEquals(List.of("Marta Quillon", "Dev Anand Rao"), a.authors(), "author array, in order, without 'By'");
        assertEquals("Environment", a.section().orElseThrow());
        assertEquals("The Coastal Ledger", a.siteName().orElseThrow());
        assertEquals("https://www.coastal-ledger.example/news/2021/03/harbour-barrier", a.canonicalUrl().orElseThrow());
        assertEquals("en", a.language().orElseThrow(), "from <html lang=en-GB>");
    }

    @Test
    void openGraphFallback() {
        Article a = extract("article-opengraph.html");
        assertEquals("Night trains return to the mountain line", a.title().orElseThrow());
        assertEquals("Valley Courier", a.siteName().orElseThrow());
        assertEquals("Transport", a.section().orElseThrow());
        assertEquals(List.of("Lena Brunner"), a.authors());
        Published p = a.published().orElseThrow();
        assertEquals(DateSource.META, p.source());
        assertEquals(LocalDate.of(2019, 11, 19), p.date());
        assertEquals("https://valley-courier.example/transport/night-trains-return", a.canonicalUrl().orElseThrow(), "og:url");
        assertEquals("de", a.language().orElseThrow(), "og:locale de_CH");
        assertEquals(3, a.paragraphs().size(), a.text());
    }

    @Test
    void dateFromUrlAndCanonicalResolvedAgainstIt() {
        String html = ScrapedTextTest.fixture("html/article-url-date.html");
        Article none = Newsgraph.extractHtml(html);
        assertTrue(none.published().isEmpty(), "no date anywhere");
        assertEquals("/city/library-hours", none.canonicalUrl().orElseThrow(), "a relative canonical stays as given without a base");

        String url = "https://city.example/2018/04/23/library-hours";
        Article a = Newsgraph.extract(InputDocument.html("lib", html), ExtractOptions.builder().url(url).build());
        Published p = a.published().orElseThrow();
        assertEquals(DateSource.URL, p.source());
        assertEquals(LocalDate.of(2018, 4, 23), p.date());
        assertEquals(url, a.url().orElseThrow());
        assertEquals("https://city.example/city/library-hours", a.canonicalUrl().orElseThrow());

        Article withDoc = Newsgraph.extract(InputDocument.html("lib", html).withUrl(Optional.of(url)), ExtractOptions.defaults());
        assertEquals(LocalDate.of(2018, 4, 23), withDoc.published().orElseThrow().date());
    }

    @Test
    void callerDateWinsOverThePage() {
        String html = ScrapedTextTest.fixture("html/article-jsonld.html");
        Published given = Published.of(LocalDate.of(2021, 3, 15), DateSource.USER);
        Article viaOptions = Newsgraph.extract(InputDocument.html("x", html), ExtractOptions.builder().published(given).build());
        assertEquals(given, viaOptions.published().orElseThrow());
        Article viaDoc = Newsgraph.extract(InputDocument.html("x", html).withPublished(Optional.of(given)), ExtractOptions.defaults());
        assertEquals(given, viaDoc.published().orElseThrow());
    }

    @Test
    void malformedJsonLdIsAWarningNamingTheInput() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", headline: }</script>"
                + "<meta property=\"og:title\" content=\"Fallback title\"></head><body><p>"
                + "The committee met on Tuesday and agreed, after a long debate, to publish its report next month.</p></body></html>";
        List<String> warnings = new ArrayList<>();
        Article a = Newsgraph.extract(InputDocument.html("page-7", html), ExtractOptions.builder().warnings(warnings::add).build());
        assertEquals("Fallback title", a.title().orElseThrow());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("page-7: ") && warnings.get(0).contains("JSON-LD"), warnings.get(0));
    }

    // ---------------------------------------------------------------- body

    @Test
    void bodyKeepsStructureAndDropsFurniture() {
        Article a = extract("article-jsonld.html");
        String text = a.text();
        for (String junk : List.of("cookie", "Manage cookies", "Home", "Sport", "Share on Facebook", "Email this article",
                "By Marta Quillon", "Get the morning briefing", "Sign up for our free newsletter", "Subscribe",
                "Related stories", "Sea wall report warns", "Most read", "Lighthouse keeper", "12 comments", "About time!",
                "white elephant", "All rights reserved", "Privacy policy")) {
            assertFalse(text.contains(junk), () -> "furniture in the body: " + junk + "\n" + text);
        }
        assertFalse(text.startsWith("Harbour council approves"), "the headline is not repeated in the body");

        assertEquals(ParagraphKind.PARAGRAPH, paragraphStarting(a, "The harbour council of Port Ellery voted").kind());
        assertEquals(ParagraphKind.HEADING, paragraphStarting(a, "What the barrier will do").kind());
        assertEquals(ParagraphKind.LIST_ITEM, paragraphStarting(a, "Two steel gates").kind());
        assertEquals(ParagraphKind.LIST_ITEM, paragraphStarting(a, "A control building").kind());
        assertEquals(ParagraphKind.LIST_ITEM, paragraphStarting(a, "A footpath across the top").kind());
        assertEquals(ParagraphKind.BLOCK_QUOTE, paragraphStarting(a, "We have waited long enough").kind());
        assertEquals(ParagraphKind.TABLE_ROW, paragraphStarting(a, "Item | Cost").kind());
        assertEquals("Gates and hinges | 41.5", paragraphStarting(a, "Gates and hinges").text());
        assertEquals(ParagraphKind.TABLE_ROW, paragraphStarting(a, "Control building | 6.2").kind());
        assertTrue(a.paragraphs().get(a.paragraphs().size() - 1).text().startsWith("Work is expected to begin next spring"));

        // page order is kept
        List<String> order = List.of("The harbour council", "Councillors approved", "What the barrier", "Engineers say",
                "Two steel gates", "We have waited", "The cost estimates", "Item | Cost", "Opponents on the council", "Work is expected");
        int last = -1;
        for (String start : order) {
            int i = a.paragraphs().indexOf(paragraphStarting(a, start));
            assertTrue(i > last, start + " out of order");
            last = i;
        }
    }

    @Test
    void indexPageIsNotAnArticle() {
        Article a = extract("index-page.html");
        assertEquals(ArticleStatus.NOT_ARTICLE, a.status());
        assertTrue(a.paragraphs().isEmpty());
        assertEquals("", a.text());
        assertEquals("The Coastal Ledger", a.siteName().orElseThrow(), "metadata is still read");
    }

    @Test
    void sourceOffsetsPointIntoTheInput() {
        String html = ScrapedTextTest.fixture("html/article-jsonld.html");
        Article a = Newsgraph.extractHtml(html);
        assertFalse(a.paragraphs().isEmpty());
        for (Paragraph p : a.paragraphs()) {
            assertTrue(p.sourceStart() >= 0, () -> "no source offsets for " + p.text());
            String raw = html.substring(p.sourceStart(), p.sourceEnd());
            String firstWord = p.text().split("[\\s|]+")[0];
            assertTrue(raw.startsWith(firstWord), () -> "source of '" + p.text() + "' starts '" + raw + "'");
            String lastWord = p.text().substring(p.text().lastIndexOf(' ') + 1);
            assertTrue(raw.endsWith(lastWord), () -> "source of '" + p.text() + "' ends '" + raw + "'");
        }
    }

    @Test
    void sourceOffsetsSurviveEntitiesAndCrlf() {
        String html = "<html>\r\n<body>\r\n<article>\r\n<p>Caf&eacute; owners said on Monday that the new rules would hurt business, and asked the city to think again.</p>\r\n"
                + "<p>The&nbsp;mayor &amp; her deputies replied on Tuesday that the rules would stay, at least until the summer.</p>\r\n</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "crlf");
        assertEquals(2, a.paragraphs().size(), a.text());
        Paragraph first = a.paragraphs().get(0);
        assertTrue(first.text().startsWith("Café owners"));
        assertTrue(html.substring(first.sourceStart(), first.sourceEnd()).startsWith("Caf&eacute; owners"));
        Paragraph second = a.paragraphs().get(1);
        assertTrue(second.text().startsWith("The mayor & her deputies"), second.text());
        assertTrue(html.substring(second.sourceStart(), second.sourceEnd()).startsWith("The&nbsp;mayor &amp; her"));
    }

    @Test
    void jsonLdArticleBodyStandsInForAThinPageAndHasNoSourceOffsets() {
        String sentence = "The regional court ruled on Friday that the new ferry contract was awarded lawfully, rejecting a complaint from two rival operators.";
        String body = (sentence + "\\n").repeat(6);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry contract upheld\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div class=\"paywall-teaser\"><p>" + sentence
                + "</p></div></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "articleBody");
        assertEquals("Ferry contract upheld", a.title().orElseThrow());
        assertEquals(6, a.paragraphs().size(), a.text());
        for (Paragraph p : a.paragraphs()) {
            assertEquals(sentence, p.text());
            assertEquals(-1, p.sourceStart());
            assertEquals(-1, p.sourceEnd());
        }
    }

    @Test
    void hiddenAndScriptTextNeverReachesTheBody() {
        String html = "<html><body><article>"
                + "<p>The committee met on Tuesday and agreed, after a long debate, to publish its report next month.</p>"
                + "<p hidden>Hidden paragraph that must not appear in the body of the article at all.</p>"
                + "<p style=\"display: none\">Display none paragraph that must not appear in the body either.</p>"
                + "<script>var x = 'Script text that must not appear in the body of the article.';</script>"
                + "<p aria-hidden=\"true\">Aria hidden paragraph that must not appear in the body either.</p>"
                + "<p>Members said they expected the report to recommend changes to the way the budget is set.</p>"
                + "</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        assertEquals(2, a.paragraphs().size(), a.text());
        assertFalse(a.text().contains("must not appear"));
    }

    // ---------------------------------------------------------------- regressions

    /** Regression: a layout table (navigation cell beside the article cell) was read as one data row. */
    @Test
    void layoutTableIsNotADataRow() {
        String html = "<html><head><title>Old site</title></head><body><table><tr><td><a href=/>Home</a><br>"
                + "<a href=/news>News</a></td><td><font><b>Flood waters recede in the valley</b><br><br>"
                + "The river fell by two metres overnight, and residents began to return to their homes on Sunday morning.<br><br>"
                + "Emergency services said the worst was over, but warned that roads would stay closed for several days.<br><br>"
                + "Volunteers handed out food and water at the school, which had been used as a shelter since Thursday."
                + "</font></td></tr></table></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "layout table");
        assertFalse(a.text().contains("Home"), a.text());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.kind() == ParagraphKind.TABLE_ROW), a.paragraphs().toString());
        assertEquals("Volunteers handed out food and water at the school, which had been used as a shelter since Thursday.",
                a.paragraphs().get(a.paragraphs().size() - 1).text());
    }

    /** Regression: without a declared site name, "Headline - Town Crier" kept the site in the title. */
    @Test
    void siteSuffixWithoutSiteName() {
        String html = "<html><head><title>Council approves budget - Town Crier</title></head><body>"
                + "<p>The town council approved the new budget on Tuesday, after a long debate that lasted until midnight.</p>"
                + "<p>Members argued about the harbour, the schools and the roads, but in the end the vote was seven to two.</p>"
                + "</body></html>";
        assertEquals("Council approves budget", Newsgraph.extractHtml(html).title().orElseThrow());
        String sentence = html.replace("Council approves budget - Town Crier", "Trump - Russia talks end without a deal on arms control");
        assertEquals("Trump - Russia talks end without a deal on arms control", Newsgraph.extractHtml(sentence).title().orElseThrow(),
                "a lower-case phrase after the dash is part of the headline");
    }

    @Test
    void relatedStoriesHeadingAndItsLinksGo() {
        String p = "<p>The council met again on Monday, and the members argued about the budget until late at night.</p>";
        String html = "<html><body><article>" + p + p.replace("council", "committee")
                + "<h3>Leia também</h3><ul><li>👁 A safer way to protect your data; plus, the latest news</li>"
                + "<li>📱 Torn between the latest phones? Never fear, check our guide</li></ul>"
                + p.replace("council", "board") + "</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "related heading");
        assertFalse(a.text().contains("Leia também"), a.text());
        assertFalse(a.text().contains("Torn between"), a.text());
        assertTrue(a.text().contains("The board met again"), "a real paragraph after the list stays");
    }

    /** Regression: an embedded post's closing line ("— Name (@handle) November 19, 2019") was taken for a date line. */
    @Test
    void embeddedPostKeepsItsAttribution() {
        String p = "<p>The council met again on Monday, and the members argued about the budget until late at night.</p>";
        String html = "<html><body><article>" + p + "<p>Updated at 1:23 p.m.</p>"
                + "<div class=\"video-container\"><blockquote class=\"twitter-tweet\"><p>We must fix the roads before winter comes, "
                + "and we will.</p>— Jane Roe (@janeroe) <a href=\"https://x.example/1\">November 19, 2019</a></blockquote></div>"
                + p.replace("council", "committee") + "</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "embedded post");
        assertTrue(a.text().contains("— Jane Roe (@janeroe) November 19, 2019"), a.text());
        assertTrue(a.text().contains("We must fix the roads"), a.text());
        assertFalse(a.text().contains("Updated at"), a.text());
    }

    /** Regression: an embedded post inside a "social-media-embed" box was dropped with the sharing widgets. */
    @Test
    void socialEmbedIsKeptButSharingGoes() {
        String p = "<p>The council met again on Monday, and the members argued about the budget until late at night.</p>";
        String html = "<html><body><article>" + p
                + "<div class=\"social-share\"><a href=/s>Share on Facebook</a> <a href=/t>Tweet this story</a></div>"
                + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Roads first, then the harbour, "
                + "said the mayor to the crowd.</p></blockquote></div>"
                + p.replace("council", "committee") + "</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "social embed");
        assertTrue(a.text().contains("Roads first, then the harbour"), a.text());
        assertFalse(a.text().contains("Share on Facebook"), a.text());
    }

    /** Regression: digest items whose first sentence is a link were dropped as link lists. */
    @Test
    void digestItemsStayRelatedTitlesGo() {
        String p = "<p>Good morning! This is the tech news you need to know today, with the stories that matter most.</p>";
        String html = "<html><body><article>" + p + "<ol>"
                + "<li><a href=/a>Ousted WeWork CEO Adam Neumann can still reportedly name directors to the board</a>, even though "
                + "he left the company last month.</li>"
                + "<li><a href=/b>A new Half-Life game is finally coming out after twelve years of waiting for fans</a>, but only "
                + "for virtual reality.</li></ol>"
                + "<ul><li><a href=/c>Another story you might like</a></li><li><a href=/d>And one more headline here</a></li></ul>"
                + "</article></body></html>";
        Article a = Newsgraph.extractHtml(html);
        ArticleInvariants.check(a, html, "digest");
        assertTrue(a.text().contains("Ousted WeWork CEO"), a.text());
        assertTrue(a.text().contains("only for virtual reality."), a.text());
        assertFalse(a.text().contains("Another story you might like"), a.text());
    }

    @Test
    void datesFromUrlMonthNamesAndEmbeddedData() {
        String body = "<p>The council met again on Monday, and the members argued about the budget until late at night.</p>"
                + "<p>The committee met again on Tuesday, and the members argued about the harbour until late at night.</p>";
        Article byUrl = Newsgraph.extract(new InputDocument("u", "u", org.newsgraph.model.InputFormat.HTML,
                "<html><body>" + body + "</body></html>", Optional.of("https://news.example/state/2019/nov/18/council-budget/"),
                Optional.empty()));
        assertEquals(Published.of(LocalDate.of(2019, 11, 18), DateSource.URL), byUrl.published().orElseThrow());

        // a JSON-LD block too broken to parse, and app state in a script, still give their dates
        String broken = "<html><head><script type=\"application/ld+json\">{'@type': 'NewsArticle', bad json, "
                + "\"datePublished\":\"2018-04-18T14:39:09+02:00\"}</script></head><body>" + body + "</body></html>";
        List<String> warnings = new ArrayList<>();
        Article a = Newsgraph.extract(InputDocument.html("b", broken),
                ExtractOptions.builder().warnings(warnings::add).build());
        assertEquals(DateSource.PAGE_DATA, a.published().orElseThrow().source());
        assertEquals(LocalDate.of(2018, 4, 18), a.published().orElseThrow().date());
        assertFalse(warnings.isEmpty(), "the broken block is reported");
        String state = "<html><head><script>window.__STATE__={\"article\":{\"publishedDate\":\"2019-11-14\"}}</script>"
                + "</head><body>" + body + "</body></html>";
        assertEquals(LocalDate.of(2019, 11, 14), Newsgraph.extractHtml(state).published().orElseThrow().date());
    }
}
