package org.newsgraph.model;

/** What a block of the article body is. Extraction keeps the structure as text, not as markup. */
public enum ParagraphKind {
    PARAGRAPH, HEADING, LIST_ITEM, BLOCK_QUOTE, TABLE_ROW, PREFORMATTED;

    /** The lower-case name used in JSON output. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
