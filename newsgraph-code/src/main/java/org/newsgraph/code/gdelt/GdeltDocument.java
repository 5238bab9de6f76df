package org.newsgraph.code.gdelt;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * One coded article as the GDELT writers read it.
 *
 * @param article     the article
 * @param annotations its annotations with events
 * @param added       when it was added to the export (GDELT's DATEADDED); also the date of an undated article
 */
public record GdeltDocument(Article article, Annotations annotations, LocalDateTime added) {
    public GdeltDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(added, "added");
    }

    /** The article's date: its publication date, else the day it was added. */
    public LocalDate date() {
        return article.published().map(p -> p.date()).orElse(added.toLocalDate());
    }

    /** The document identifier: its URL, else its canonical URL, else its id. */
    public String identifier() {
        return article.url().or(article::canonicalUrl).orElse(article.id());
    }

    /** The source's common name: the URL's host without "www.", else the site name, else "unknown". */
    public String sourceName() {
        String url = article.url().or(article::canonicalUrl).orElse(null);
        if (url != null) {
            try {
                String host = URI.create(url.trim()).getHost();
                if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                // Not a URL after all: fall through to the site name.
            }
        }
        return article.siteName().orElse("unknown");
    }
}
