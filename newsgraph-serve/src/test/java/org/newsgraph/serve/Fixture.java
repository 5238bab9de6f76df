package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.HandAnnotator;
import org.newsgraph.store.Store;

/**
 * A store for the serve tests: the bundled example (with hand-built annotations) and a small corpus written
 * here (no third-party text), among it hostile articles whose text and title carry script tags, event
 * handlers and {@code javascript:} links, and a {@code javascript:} page URL.
 */
final class Fixture {
    private Fixture() {}

    static final String HOSTILE_TITLE = "Hostile <img src=x onerror=\"window.__xss=1\"> headline about Russia";
    static final String HOSTILE_SCRIPT = "<script>window.__xss=2</script>";

    static Path build(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("hostile.txt"), HOSTILE_TITLE + "\n\n"
                + "Officials in Russia said on Monday that the talks would continue next week, despite the objections raised. "
                + "The statement read \"" + HOSTILE_SCRIPT + " is not a quote we accept\" and was published in full by the ministry.\n\n"
                + "Readers were told to click <a href=\"javascript:window.__xss=3\">here</a> for more, or to <b onmouseover=\"window.__xss=4\">hover</b> "
                + "over the map, which the ministry described as the clearest account of the negotiations so far this year.\n\n"
                + "Negotiators from both delegations are expected to meet again in Geneva, where a draft agreement on the border crossings "
                + "and the grain shipments is to be discussed by the foreign ministers and their deputies.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("escaped.html"), "<html><head><title>Escaped markup in a page</title>"
                + "<script>window.__xss=5</script></head><body><article><h1>Escaped markup in a page</h1>"
                + "<p>The page shows the text &lt;script&gt;window.__xss=6&lt;/script&gt; to its readers, as a lesson in how pages are built, "
                + "and explains that browsers run such code only when it arrives as markup and never when it arrives as text.</p>"
                + "<p>A second paragraph follows with <a href=\"javascript:window.__xss=7\">a link that must not run</a>, written for this test "
                + "so that the extractor keeps the words of the link and the interface shows them as plain words.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("links.jsonl"), "{\"id\":\"jsurl\",\"url\":\"javascript:window.__xss=8\",\"published\":\"2019-05-02\","
                + "\"text\":\"Harbour workers vote to strike\\n\\nHarbour workers in the northern port voted on Tuesday to strike over pay, "
                + "the union said, after talks with the port authority broke down late on Monday night. The strike is to begin next week "
                + "and could close the ferry terminal, the union's regional secretary told reporters outside the hall.\"}\n", StandardCharsets.UTF_8);
        Path storeDir = dir.resolve("store");
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(storeDir, Store.Mode.READ_WRITE)) {
            ingest(store, List.of(Path.of("../examples/al-jazeera-2017-04-10.txt").toString()), Published.parse("2017-04-10", DateSource.USER), errors);
            ingest(store, List.of(corpus.toString()), Published.parse("2019-05-01", DateSource.USER), errors);
        }
        if (!errors.isEmpty()) throw new IllegalStateException("fixture ingest failed: " + errors);
        return storeDir;
    }

    private static void ingest(Store store, List<String> args, Optional<Published> published, List<String> errors) {
        try (CorpusInputs in = new CorpusInputs(args, InputReader.Limits.DEFAULT, () -> new ByteArrayInputStream(new byte[0]),
                new Fetcher(Fetcher.Options.defaults()), store::hasUrl)) {
            new Ingester(store, new HandAnnotator(), new Ingester.Options(published, Optional.empty(), 8), errors::add, Ingester.Progress.none()).ingest(in);
        }
    }
}
