package org.newsgraph.ingest;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Published;

/**
 * One input to extract from, already decoded to text.
 *
 * @param id        the id the output carries (file name without extensions, or the jsonl id)
 * @param source    where it came from, for messages: a path, {@code -}, or {@code file.jsonl:LINE}
 * @param format    HTML or scraped plain text
 * @param content   the decoded input; paragraph offsets in the input refer to this string
 * @param url       the page URL when known
 * @param published the publication date when the caller knows it
 */
public record InputDocument(String id, String source, InputFormat format, String content,
                            Optional<String> url, Optional<Published> published) {
    public InputDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
    }

    public static InputDocument html(String id, String html) {
        return new InputDocument(id, id, InputFormat.HTML, html, Optional.empty(), Optional.empty());
    }

    public static InputDocument text(String id, String text) {
        return new InputDocument(id, id, InputFormat.TEXT, text, Optional.empty(), Optional.empty());
    }

    public InputDocument withUrl(Optional<String> newUrl) {
        return new InputDocument(id, source, format, content, newUrl, published);
    }

    public InputDocument withPublished(Optional<Published> newPublished) {
        return new InputDocument(id, source, format, content, url, newPublished);
    }
}
