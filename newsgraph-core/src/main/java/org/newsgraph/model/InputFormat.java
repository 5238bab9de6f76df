package org.newsgraph.model;

/** What kind of input an article came from. */
public enum InputFormat {
    /** An HTML page. */
    HTML,
    /** Plain text, typically already scraped from a page with the site's junk still in it. */
    TEXT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
