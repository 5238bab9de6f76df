package org.newsgraph.annotate;

import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * The annotate stage: finds entities, quotes, dates and counts in an article's text. Implementations say in
 * their javadoc whether one instance may be used from many threads.
 */
public interface Annotator extends AutoCloseable {

    /** Annotates the article's body text; offsets in the result are into {@link Article#text()}. */
    Annotations annotate(Article article);

    /**
     * Why this annotator leaves the article unannotated ({@link #annotate} then finds nothing in it), or empty
     * when it annotates it: a language without models ({@link LanguageGate}), or annotation switched off. Callers
     * that store articles record the reason with them. The default annotates everything.
     */
    default java.util.Optional<String> notAnnotated(Article article) {
        return java.util.Optional.empty();
    }

    /** Releases models and threads; the default holds none. */
    @Override
    default void close() {}

    /** An annotator that finds nothing, for {@code --no-nlp}. Thread-safe. */
    static Annotator none() {
        return new Annotator() {
            @Override
            public Annotations annotate(Article article) {
                return Annotations.empty();
            }

            @Override
            public java.util.Optional<String> notAnnotated(Article article) {
                return java.util.Optional.of("annotation skipped (--no-nlp)");
            }
        };
    }
}
