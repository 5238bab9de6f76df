package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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

/**
 * Scraped-text extraction on layouts other than the reference document's, so that its rules are about the
 * shape of lines and not about one site. Fixtures are hand-written (see fixtures/README.md).
 */
class ScrapedTextTest {

    static String fixture(String path) {
        try (var in = ScrapedTextTest.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) throw new AssertionError("missing fixture " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(Article a) {
        return a.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void wireStoryLayout() {
        String input = fixture("text/wire-story.txt");
        Article a = Newsgraph.extractText(input);
        ArticleInvariants.check(a, input, "wire-story");
        assertEquals(ArticleStatus.ARTICLE, a.status());
        assertEquals("Dockworkers end strike after pay deal at northern ports", a.title().orElseThrow());
        assertEquals("Meridian Wire", a.section().orElseThrow(), "the site name stands in for a section");
        assertEquals(List.of("Jane Doe", "Tomás Ferreira"), a.authors());
        assertEquals("Reporting by Jane Doe and Tomás Ferreira; Editing by Ruth Okafor", a.credit().orElseThrow());
        Published p = a.published().orElseThrow();
        assertEquals(LocalDate.of(2022, 4, 3), p.date());
        assertEquals(DateSource.TEXT, p.source());
        assertEquals("en", a.language().orElseThrow());

        List<String> body = texts(a);
        assertEquals(5, body.size(), () -> String.join("\n", body));
        assertTrue(body.get(0).startsWith("Dockworkers at the three largest northern ports returned to work on Sunday"));
        assertTrue(body.get(2).startsWith("Port operators said"), "the teaser between paragraphs is dropped");
        assertTrue(body.get(3).startsWith("\"This deal shows"), "the paragraph after the advertisement is kept");
        assertTrue(body.get(4).endsWith("how such disputes are settled in future."));
        for (String junk : List.of("Related:", "Shipping rates climb", "Advertisement", "Share on", "Share this",
                "By Jane Doe", "April 3, 2022", "Reporting by", "Meridian Wire")) {
            assertFalse(a.text().contains(junk), () -> "junk in the body: " + junk);
        }
    }

    private static final String LINE_PER_PARAGRAPH = String.join("\n",
            "Storm closes schools across the region | Weather | Northern Star",
            "Published 12 January 2023",
            "By Priya Natarajan, Education correspondent",
            "Share",
            "Heavy snow closed more than 300 schools across the region on Thursday, and officials warned that many would stay shut until the weekend.",
            "The regional council said gritters had been working through the night but could not keep up with the snowfall on minor roads.",
            "Parents were told to check the council's website for the latest list of closures, which includes:",
            "- Primary schools in the northern valleys",
            "- Secondary schools on the coastal route",
            "Related: Snow disrupts trains for a second day",
            "Forecasters expect the snow to ease on Friday afternoon, with temperatures rising above freezing by Saturday.",
            "Read more",
            "Copyright 2023 Northern Star") + "\n";

    @Test
    void linePerParagraphLayoutWithAList() {
        Article a = Newsgraph.extractText(LINE_PER_PARAGRAPH);
        ArticleInvariants.check(a, LINE_PER_PARAGRAPH, "line per paragraph");
        assertEquals(List.of("Priya Natarajan"), a.authors(), "the byline loses its job title");
        assertEquals(LocalDate.of(2023, 1, 12), a.published().orElseThrow().date());
        assertTrue(a.credit().isEmpty());
        List<Paragraph> ps = a.paragraphs();
        assertEquals(6, ps.size(), () -> String.join("\n", texts(a)));
        assertTrue(ps.get(0).text().startsWith("Heavy snow closed"));
        assertEquals(ParagraphKind.PARAGRAPH, ps.get(2).kind());
        assertEquals(ParagraphKind.LIST_ITEM, ps.get(3).kind());
        assertEquals("- Primary schools in the northern valleys", ps.get(3).text());
        assertEquals(ParagraphKind.LIST_ITEM, ps.get(4).kind());
        assertTrue(ps.get(5).text().startsWith("Forecasters expect"));
        for (String junk : List.of("Related", "Read more", "Copyright", "Share")) {
            assertFalse(a.text().contains(junk), () -> "junk in the body: " + junk);
        }
        // a line's source offsets cover exactly that line
        for (Paragraph p : ps) assertEquals(p.text(), LINE_PER_PARAGRAPH.substring(p.sourceStart(), p.sourceEnd()));
    }

    @Test
    void titleChainWithSectionAndSite() {
        Article a = Newsgraph.extractText(LINE_PER_PARAGRAPH);
        assertEquals("Storm closes schools across the region", a.title().orElseThrow());
        assertEquals("Weather", a.section().orElseThrow());
    }

    @Test
    void callerDateAndUrlWinOverTheText() {
        String input = fixture("text/wire-story.txt");
        Published given = Published.of(LocalDate.of(2022, 4, 4), DateSource.USER);
        Article a = Newsgraph.extract(InputDocument.text("w", input),
                ExtractOptions.builder().published(given).url("https://wire.example/a").build());
        assertEquals(given, a.published().orElseThrow());
        assertEquals("https://wire.example/a", a.url().orElseThrow());
    }

    @Test
    void textWithoutProseIsNotAnArticle() {
        String input = "Home\n\nNews\n\nSport\n\nWeather\n\nShare\n\nAdvertisement\n";
        Article a = Newsgraph.extractText(input);
        assertEquals(ArticleStatus.NOT_ARTICLE, a.status());
        ArticleInvariants.check(a, input, "menu");
    }

    /** Regression: a long paragraph ending without a stop (an appended translation) was dropped as a teaser. */
    @Test
    void longParagraphWithoutFinalStopIsBody() {
        String input = String.join("\n\n",
                "Court removes governor",
                "On Wednesday, the Supreme Court issued a ruling in favour of a lawsuit filed by the Senate on Sunday.",
                "The opinion of the Court, released on Wednesday, read in part that the oath of office of the governor "
                        + "was unconstitutional and that he could no longer continue in the position ((es)) Spanish language: "
                        + "se concluye que la juramentacion es inconstitucional",
                "Related: Governor resigns after texting scandal",
                "The Senate was to meet on Monday to discuss the confirmation, its president said late on Sunday night.");
        Article a = Newsgraph.extractText(input);
        ArticleInvariants.check(a, input, "long paragraph");
        assertEquals(3, a.paragraphs().size(), a.text());
        assertTrue(a.text().contains("se concluye"));
        assertFalse(a.text().contains("Governor resigns"), "a short teaser line still goes");
    }

    @Test
    void junkLinesInOtherLanguages() {
        String input = String.join("\n\n", "Título da notícia | Site", "Compartilhar no Facebook",
                "O conselho aprovou o orçamento na terça-feira, depois de um longo debate que durou até a meia-noite.",
                "Leia mais", "Os membros discutiram sobre o porto, as escolas e as estradas, mas a votação foi de sete a dois.",
                "12 comentários", "Publicidade", "Weiterlesen", "Teilen");
        Article a = Newsgraph.extractText(input);
        ArticleInvariants.check(a, input, "multilingual junk");
        assertEquals(2, a.paragraphs().size(), a.text());
        assertEquals("pt", a.language().orElseThrow());
    }
}
