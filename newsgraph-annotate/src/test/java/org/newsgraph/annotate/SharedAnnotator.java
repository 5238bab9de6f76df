package org.newsgraph.annotate;

/**
 * One CoreNLP-backed annotator for all tests in this JVM: loading the models takes 10-30 s, so the tests share
 * it (surefire runs them in one JVM). A test-only holder; production code creates its own annotator.
 */
final class SharedAnnotator {
    private SharedAnnotator() {}

    private static final class Holder {
        static final NewsAnnotator INSTANCE = NewsAnnotator.withCoreNlp();
    }

    static NewsAnnotator get() {
        return Holder.INSTANCE;
    }
}
