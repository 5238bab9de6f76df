package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Published;

/**
 * The reference document the project ships, {@code examples/al-jazeera-2017-04-10.txt}: a scraped Al Jazeera
 * report of 10 April 2017 with the scraper's junk still in it (teasers between paragraphs, a credit line,
 * sharing and commenting controls at the end). Read through the reader, as the command line does.
 */
class ReferenceDocumentTest {
    static final String FILE = "examples/al-jazeera-2017-04-10.txt";

    private static InputDocument doc;
    private static Article article;

    /** The example, from the module directory (where surefire runs) or the repository root. */
    static Path referenceFile() {
        for (Path p : List.of(Path.of("..", FILE), Path.of(FILE))) {
            if (Files.isRegularFile(p)) return p;
        }
        throw new AssertionError(FILE + " is missing: it ships with the repository (working directory "
                + Path.of("").toAbsolutePath() + ")");
    }

    @BeforeAll
    static void extract() {
        Path file = referenceFile();
        try (InputReader reader = new InputReader(List.of(file.toString()), InputReader.Limits.DEFAULT, InputStream::nullInputStream)) {
            var it = reader.iterator();
            doc = assertInstanceOf(InputReader.Item.Doc.class, it.next()).document();
            assertFalse(it.hasNext());
        }
        ExtractOptions options = ExtractOptions.builder().published(Published.of(LocalDate.of(2017, 4, 10), DateSource.USER)).build();
        article = Newsgraph.extract(doc, options);
    }

    @Test
    void readAsText() {
        assertEquals("al-jazeera-2017-04-10", doc.id());
        assertEquals(InputFormat.TEXT, doc.format());
        assertEquals(ArticleStatus.ARTICLE, article.status());
        ArticleInvariants.check(article, doc.content(), FILE);
    }

    @Test
    void metadata() {
        assertEquals("Russia faces mounting pressure to abandon Syria’s Assad", article.title().orElseThrow());
        assertEquals("Syria News", article.section().orElseThrow());
        assertEquals("Source: News agencies", article.credit().orElseThrow());
        assertEquals(List.of(), article.authors(), "the report names no author");
        assertEquals(LocalDate.of(2017, 4, 10), article.published().orElseThrow().date());
        assertEquals(DateSource.USER, article.published().orElseThrow().source());
        assertEquals("en", article.language().orElseThrow());
    }

    @Test
    void seventeenBodyParagraphs() {
        List<Paragraph> ps = article.paragraphs();
        assertEquals(17, ps.size(), () -> String.join("\n", ps.stream().map(Paragraph::text).toList()));
        assertTrue(ps.get(0).text().startsWith("Foreign ministers from the Group of Seven"), ps.get(0).text());
        assertTrue(ps.get(16).text().endsWith("All oppose Assad’s rule."), ps.get(16).text());
        for (Paragraph p : ps) assertEquals(ParagraphKind.PARAGRAPH, p.kind());
        // the quotation keeps its curly quotes and the no-break space is normalised
        assertTrue(article.text().contains("agreed in a phone call that a “window of opportunity” exists"), article.text());
    }

    @Test
    void noJunkOrTeaserLines() {
        String text = article.text();
        for (String junk : List.of("US sends mixed signals about strategy for Syria", "OPINION:",
                "Syrians should not be thanking Trump", "Inside Story", "Source link", "Leave a Reply",
                "Pin It on Pinterest", "Share This", "Share this post", "Source:", "News agencies", "| Syria News")) {
            assertFalse(text.contains(junk), () -> "junk in the body: " + junk);
        }
    }

    @Test
    void sourceOffsetsPointAtTheParagraphsInTheFile() {
        String input = doc.content();
        for (Paragraph p : article.paragraphs()) {
            assertTrue(p.sourceStart() >= 0, "a text paragraph comes from one place of the input");
            String raw = input.substring(p.sourceStart(), p.sourceEnd());
            assertEquals(p.text(), raw.replaceAll("[\\s\\u00A0]+", " ").strip());
        }
    }
}
