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

    /** Releases models and threads; the default holds none. */
    @Override
    default void close() {}

    /** An annotator that finds nothing, for {@code --no-nlp}. Thread-safe. */
    static Annotator none() {
        return article -> Annotations.empty();
    }
}
