package org.newsgraph;

import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.TextExtractor;
import org.newsgraph.ingest.Binary;
import org.newsgraph.ingest.InputDocument;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;

/**
 * The front door: {@code Newsgraph.extract(...)} turns an HTML page or scraped text into a clean
 * {@link Article}. All methods are thread-safe; the extractors hold no state.
 */
public final class Newsgraph {
    private static final HtmlExtractor HTML = new HtmlExtractor();
    private static final TextExtractor TEXT = new TextExtractor();

    private Newsgraph() {}

    /** Extracts the article from a document, HTML or text as its format says. */
    public static Article extract(InputDocument doc, ExtractOptions options) {
        if (Binary.looksBinary(doc.content())) {
            // Random bytes decode to "text" too: say so, and make no article of them.
            options.warnings().accept(doc.source() + ": binary data, not HTML or text");
            return new Article(doc.id(), doc.source(), ArticleStatus.NOT_ARTICLE, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), doc.published().or(options::published), Optional.empty(), List.of(), "",
                    Optional.empty(), doc.url().or(options::url), Optional.empty(), doc.format());
        }
        return switch (doc.format()) {
            case HTML -> HTML.extract(doc, options);
            case TEXT -> TEXT.extract(doc, options);
        };
    }

    public static Article extract(InputDocument doc) {
        return extract(doc, ExtractOptions.defaults());
    }

    /** Extracts the article from an HTML page. */
    public static Article extractHtml(String html) {
        return extract(InputDocument.html("input", html));
    }

    /** Extracts the article from scraped plain text. */
    public static Article extractText(String text) {
        return extract(InputDocument.text("input", text));
    }
}
