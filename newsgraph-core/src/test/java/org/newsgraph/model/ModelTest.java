package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {

    static Article article(List<Paragraph> paragraphs, String text) {
        return new Article("id", "src", ArticleStatus.ARTICLE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), paragraphs, text, Optional.empty(), Optional.empty(), Optional.empty(), InputFormat.TEXT);
    }

    @Test
    void paragraphRejectsBadOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "", 0, 0, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, null, 0, 0, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 2, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "abc", -1, 2, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, -2, 4));
        // one source offset without the other is meaningless
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, -1, 4));
        new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, -1, -1);
        new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, 0, 0);
        new Paragraph(ParagraphKind.PARAGRAPH, "abc", 7, 10, 3, 9);
    }

    @Test
    void layoutJoinsParagraphsWithBlankLinesAndFixesOffsets() {
        List<Paragraph> blocks = List.of(new Paragraph(ParagraphKind.HEADING, "Title", 0, 5, 10, 20),
                new Paragraph(ParagraphKind.PARAGRAPH, "Body text.", 0, 10, -1, -1),
                new Paragraph(ParagraphKind.LIST_ITEM, "- item", 0, 6, 30, 36));
        StringBuilder sb = new StringBuilder();
        List<Paragraph> laid = Article.layout(blocks, sb);
        assertEquals("Title\n\nBody text.\n\n- item", sb.toString());
        assertEquals(List.of(0, 7, 19), laid.stream().map(Paragraph::start).toList());
        assertEquals(List.of(5, 17, 25), laid.stream().map(Paragraph::end).toList());
        assertEquals(List.of(10, -1, 30), laid.stream().map(Paragraph::sourceStart).toList());
        assertEquals(ParagraphKind.LIST_ITEM, laid.get(2).kind());
        Article a = article(laid, sb.toString());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void articleRejectsParagraphsThatDoNotMatchItsText() {
        Paragraph p = new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, -1, -1);
        assertThrows(IllegalArgumentException.class, () -> article(List.of(p), "xbc"));
        assertThrows(IllegalArgumentException.class, () -> article(List.of(p), "ab"));
        assertThrows(IllegalArgumentException.class, () -> article(List.of(new Paragraph(ParagraphKind.PARAGRAPH, "c", 5, 6, -1, -1)), "abc"));
        article(List.of(p), "abc");
    }

    @Test
    void articleIsImmutableAndRefusesNulls() {
        List<Paragraph> ps = new ArrayList<>(List.of(new Paragraph(ParagraphKind.PARAGRAPH, "abc", 0, 3, -1, -1)));
        Article a = article(ps, "abc");
        ps.clear();
        assertEquals(1, a.paragraphs().size(), "a defensive copy");
        assertThrows(UnsupportedOperationException.class, () -> a.paragraphs().clear());
        assertThrows(NullPointerException.class, () -> new Article("id", "src", ArticleStatus.ARTICLE, null, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), InputFormat.TEXT));
        assertThrows(NullPointerException.class, () -> new Article("id", "src", ArticleStatus.ARTICLE, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), "", Optional.empty(),
                Optional.empty(), Optional.empty(), null));
    }

    @Test
    void jsonNames() {
        assertEquals("not-article", ArticleStatus.NOT_ARTICLE.jsonName());
        assertEquals("json-ld", DateSource.JSON_LD.jsonName());
        assertEquals("list_item", ParagraphKind.LIST_ITEM.jsonName());
        assertEquals("html", InputFormat.HTML.jsonName());
    }

    // ---------------------------------------------------------------- Published

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017-04-10                      | 2017-04-10 | ",
            "  2017-04-10 \t                 | 2017-04-10 | ",
            "20170410                        | 2017-04-10 | ",
            "2017-04-10T09:30:00Z            | 2017-04-10 | 2017-04-10T09:30Z",
            "2017-04-10T09:30:00.123+02:00   | 2017-04-10 | 2017-04-10T09:30:00.123+02:00",
            "2017-04-10 09:30:00+0200        | 2017-04-10 | 2017-04-10T09:30+02:00",
            "2017-04-10T23:30:00-05:00       | 2017-04-10 | 2017-04-10T23:30-05:00",
            "2017-04-10T09:30:00             | 2017-04-10 | ",
            "Mon, 10 Apr 2017 09:00:00 GMT   | 2017-04-10 | 2017-04-10T09:00Z",
    })
    void publishedParsesCommonForms(String value, String date, String instant) {
        Published p = Published.parse(value, DateSource.META).orElseThrow(() -> new AssertionError("not parsed: " + value));
        assertEquals(LocalDate.parse(date), p.date());
        assertEquals(Optional.ofNullable(instant).map(OffsetDateTime::parse), p.instant());
        assertEquals(DateSource.META, p.source());
        assertEquals(instant == null ? date : OffsetDateTime.parse(instant).toString(), p.iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "2017-13-01", "2017-02-30", "1850-01-01", "2300-01-01", "10/04/2017", "2017",
            "yesterday at noon", "99999999"})
    void publishedRejectsNonDates(String value) {
        assertEquals(Optional.empty(), Published.parse(value, DateSource.USER));
    }

    @Test
    void publishedDateMustAgreeWithInstant() {
        OffsetDateTime t = OffsetDateTime.parse("2017-04-10T23:30:00-05:00");
        assertThrows(IllegalArgumentException.class, () -> new Published(LocalDate.of(2017, 4, 11), Optional.of(t), DateSource.META));
        assertEquals(LocalDate.of(2017, 4, 10), Published.of(t, DateSource.META).date(), "the date where it was published");
        assertEquals(Optional.empty(), Published.parse(null, DateSource.USER));
        assertTrue(Published.parse("2017-04-10", DateSource.USER).isPresent());
    }
}
