package org.newsgraph.bench;

import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;

/** Newsgraph's own extraction, through the public facade. */
final class NewsgraphExtractor implements Extractor {
    private final ExtractOptions options = ExtractOptions.defaults();

    @Override
    public String name() {
        return "newsgraph";
    }

    @Override
    public String description() {
        return "Newsgraph " + Versions.get("newsgraph.version") + " (jsoup " + Versions.get("jsoup.core.version") + ")";
    }

    @Override
    public String extractText(Page page) {
        return Newsgraph.extract(InputDocument.html(page.id(), page.html()), options).text();
    }
}
