package org.newsgraph.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;

/**
 * The JSON form of an article, as {@code newsgraph extract} writes it (one object per line in JSON Lines).
 * Field names are snake_case; absent values are {@code null}; offsets are UTF-16 code units (Java and
 * JavaScript string indices) into {@code text}, and into the decoded input for {@code source_start/end}.
 * Documented in {@code docs/schema.md}. Thread-safe.
 */
public final class ArticleJson {
    private final ObjectMapper mapper;

    public ArticleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("status", a.status().jsonName());
        o.put("format", a.format().jsonName());
        put(o, "title", a.title());
        put(o, "section", a.section());
        put(o, "site_name", a.siteName());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        if (a.published().isPresent()) {
            o.put("published", a.published().get().iso());
            o.put("published_source", a.published().get().source().jsonName());
        } else {
            o.putNull("published");
            o.putNull("published_source");
        }
        put(o, "language", a.language());
        o.put("text", a.text());
        ArrayNode ps = o.putArray("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            ObjectNode po = ps.addObject();
            po.put("kind", p.kind().jsonName());
            po.put("text", p.text());
            po.put("start", p.start());
            po.put("end", p.end());
            if (p.sourceStart() >= 0) {
                po.put("source_start", p.sourceStart());
                po.put("source_end", p.sourceEnd());
            } else {
                po.putNull("source_start");
                po.putNull("source_end");
            }
        }
        put(o, "credit", a.credit());
        put(o, "url", a.url());
        put(o, "canonical_url", a.canonicalUrl());
        return o;
    }

    private static void put(ObjectNode o, String name, Optional<String> v) {
        if (v.isPresent()) o.put(name, v.get());
        else o.putNull(name);
    }
}
