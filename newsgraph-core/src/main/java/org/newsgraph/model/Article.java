package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article: metadata and body. Immutable.
 *
 * @param id         the caller's id (file name without extensions, or the jsonl id)
 * @param source     where the input came from (a path, {@code -}, or a jsonl file and line)
 * @param status     whether the input held an article at all (index and home pages do not)
 * @param title      the headline
 * @param section    the section or, when the page names no section, the site name
 * @param siteName   the site or publisher name, when the page gives one
 * @param authors    the authors, in page order, without "By"
 * @param published  the publication date and where it came from
 * @param language   ISO 639-1 code when the page declares one or the text shows one
 * @param paragraphs the body, block by block, with offsets into {@link #text()} and the input
 * @param text       the body only (no title), paragraphs separated by a blank line
 * @param credit     the credit line ("Source: News agencies", "Reporting by ..."), kept out of the body
 * @param url        the page URL as given by the caller
 * @param canonicalUrl the canonical URL the page declares
 * @param format     what the input was
 */
public record Article(
        String id,
        String source,
        ArticleStatus status,
        Optional<String> title,
        Optional<String> section,
        Optional<String> siteName,
        List<String> authors,
        Optional<Published> published,
        Optional<String> language,
        List<Paragraph> paragraphs,
        String text,
        Optional<String> credit,
        Optional<String> url,
        Optional<String> canonicalUrl,
        InputFormat format) {

    /** The separator between paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(format, "format");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(text, "text");
        for (Paragraph p : paragraphs) {
            if (p.end() > text.length() || !text.regionMatches(p.start(), p.text(), 0, p.text().length())) {
                throw new IllegalArgumentException("paragraph offsets do not match the text: " + p.start() + ".." + p.end());
            }
        }
    }

    /** Joins paragraphs into a body text, fixing their offsets; the blocks' own text is kept as is. */
    public static List<Paragraph> layout(List<Paragraph> blocks, StringBuilder into) {
        var out = new java.util.ArrayList<Paragraph>(blocks.size());
        for (Paragraph b : blocks) {
            if (!into.isEmpty()) into.append(PARAGRAPH_SEPARATOR);
            int start = into.length();
            into.append(b.text());
            out.add(new Paragraph(b.kind(), b.text(), start, into.length(), b.sourceStart(), b.sourceEnd()));
        }
        return out;
    }
}
