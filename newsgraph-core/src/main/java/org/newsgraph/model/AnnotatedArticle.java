package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An article with what the annotate stage found in it, when that stage ran.
 *
 * @param article     the clean article
 * @param annotations entities, quotes, dates and counts; empty when annotation was skipped ({@code --no-nlp})
 */
public record AnnotatedArticle(Article article, Optional<Annotations> annotations) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
    }
}
