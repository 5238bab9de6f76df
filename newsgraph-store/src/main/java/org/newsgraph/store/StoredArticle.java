package org.newsgraph.store;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * An article as the store keeps it: the clean article, what the annotate stage found, and the store's own
 * keys.
 *
 * @param id          the store id: the first 16 hex digits of {@code contentHash}, so that the same text
 *                    always gets the same id, whichever input it came from
 * @param contentHash hex SHA-256 of the normalised body (see {@link Fingerprints#contentHash})
 * @param simHash     64-bit SimHash of the body
 * @param copyOf      id of the earliest article this one is a near-duplicate of (a syndicated copy), if any
 * @param sourceName  the site the article is from: its site name, else the host of its URL
 * @param article     the clean article
 * @param annotations entities, mentions, quotes, dates, counts, amounts; empty when annotation was skipped
 * @param annotationNote why the article was not annotated (a language without models, annotation skipped or
 *                    failed); empty when it was
 */
public record StoredArticle(String id, String contentHash, long simHash, Optional<String> copyOf,
        Optional<String> sourceName, Article article, Annotations annotations, Optional<String> annotationNote) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(copyOf, "copyOf");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(annotationNote, "annotationNote");
    }

    /** An annotated article. */
    public StoredArticle(String id, String contentHash, long simHash, Optional<String> copyOf, Optional<String> sourceName, Article article,
            Annotations annotations) {
        this(id, contentHash, simHash, copyOf, sourceName, article, annotations, Optional.empty());
    }

    /** The store id of a text with this content hash. */
    public static String idOf(String contentHash) {
        return contentHash.substring(0, 16);
    }

    /** The site an article is from: the page's site name, else its URL's host (without "www."). */
    public static Optional<String> sourceNameOf(Article a) {
        if (a.siteName().isPresent()) return a.siteName();
        return a.url().or(a::canonicalUrl).flatMap(StoredArticle::host);
    }

    static Optional<String> host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) return Optional.empty();
            h = h.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed URL names no site
        }
    }
}
