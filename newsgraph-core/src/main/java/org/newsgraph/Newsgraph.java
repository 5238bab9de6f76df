package org.newsgraph;

import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.TextExtractor;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;

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
