package org.newsgraph.model;

/** Whether the input held an article. */
public enum ArticleStatus {
    /** A single article was found; the body may still be short. */
    ARTICLE,
    /** No article: an index, home or listing page, or an empty input. The body is empty. */
    NOT_ARTICLE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
