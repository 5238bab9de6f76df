package org.newsgraph.bench;

/** One extractor under test. Implementations are used from one thread. */
public interface Extractor {
    /** Short name for tables and JSON. */
    String name();

    /** What exactly runs: version and, for peers, the libraries it runs on. */
    String description();

    /** Extracts the body text of a page; may throw, which the bench counts against the page. */
    String extractText(Page page) throws Exception;
}
