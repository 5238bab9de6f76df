package org.newsgraph.model;

/** Where a publication date came from, most trustworthy first. */
public enum DateSource {
    /** Given by the caller ({@code --published}, the jsonl {@code published} field). */
    USER,
    /** schema.org JSON-LD ({@code datePublished}). */
    JSON_LD,
    /** HTML meta tags (OpenGraph {@code article:published_time}, Dublin Core, {@code <time>} ...). */
    META,
    /** A publication-date field in data the page embeds in scripts (app state, a JSON-LD block too broken to parse). */
    PAGE_DATA,
    /** A date in the page URL ({@code /2019/11/19/}). */
    URL,
    /** A date written in the text (a dateline or "Published ..." line). */
    TEXT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
