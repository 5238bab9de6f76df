package org.newsgraph.code;

import org.newsgraph.annotate.NewsAnnotator;

/**
 * The one CoreNLP-backed annotator all tests of this module share: loading it costs 15-30 s and about 1 GB,
 * so it is loaded lazily, once per test JVM, on first use (the holder idiom makes that thread-safe), and
 * never closed (the JVM's exit frees it).
 */
final class SharedAnnotator {
    private SharedAnnotator() {}

    private static final class Holder {
        static final NewsAnnotator ANNOTATOR = NewsAnnotator.withCoreNlp();
        static final EventCoder CODER = new EventCoder();
    }

    static NewsAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    static EventCoder coder() {
        return Holder.CODER;
    }
}
