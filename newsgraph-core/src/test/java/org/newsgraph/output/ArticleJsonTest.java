package org.newsgraph.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Published;

class ArticleJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void fieldsAndNulls() throws Exception {
        StringBuilder text = new StringBuilder();
        List<Paragraph> ps = Article.layout(List.of(new Paragraph(ParagraphKind.PARAGRAPH, "First “one”.", 0, 12, 5, 30),
                new Paragraph(ParagraphKind.LIST_ITEM, "- two", 0, 5, -1, -1)), text);
        Article a = new Article("a1", "in/a1.html", ArticleStatus.ARTICLE, Optional.of("Title"), Optional.empty(), Optional.of("Site"),
                List.of("Jane Doe", "John Roe"), Optional.of(Published.of(LocalDate.of(2017, 4, 10), DateSource.USER)),
                Optional.of("en"), ps, text.toString(), Optional.of("Source: News agencies"), Optional.empty(),
                Optional.of("https://x.example/a"), InputFormat.HTML);
        String line = mapper.writeValueAsString(new ArticleJson(mapper).toJson(a));
        assertTrue(!line.contains("\n"), "one line");
        JsonNode o = mapper.readTree(line);
        assertEquals(List.of("id", "source", "status", "format", "title", "section", "site_name", "authors", "published",
                "published_source", "language", "text", "paragraphs", "credit", "url", "canonical_url"),
                iterable(o.fieldNames()));
        assertEquals("a1", o.get("id").asText());
        assertEquals("article", o.get("status").asText());
        assertEquals("html", o.get("format").asText());
        assertTrue(o.get("section").isNull());
        assertTrue(o.get("url").isNull());
        assertEquals("2017-04-10", o.get("published").asText());
        assertEquals("user", o.get("published_source").asText());
        assertEquals("Jane Doe", o.get("authors").get(0).asText());
        assertEquals("John Roe", o.get("authors").get(1).asText());
        assertEquals("First “one”.\n\n- two", o.get("text").asText());
        JsonNode p0 = o.get("paragraphs").get(0);
        assertEquals("paragraph", p0.get("kind").asText());
        assertEquals(0, p0.get("start").asInt());
        assertEquals(12, p0.get("end").asInt());
        assertEquals(5, p0.get("source_start").asInt());
        JsonNode p1 = o.get("paragraphs").get(1);
        assertEquals("list_item", p1.get("kind").asText());
        assertEquals(14, p1.get("start").asInt());
        assertTrue(p1.get("source_start").isNull() && p1.get("source_end").isNull());
        assertEquals(o.get("text").asText().substring(14, 19), p1.get("text").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
