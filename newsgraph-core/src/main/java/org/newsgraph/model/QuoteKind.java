package org.newsgraph.model;

/** How a statement is reported. */
public enum QuoteKind {
    /** A whole quotation in quotation marks. */
    DIRECT,
    /** A few quoted words inside the reporter's own sentence ("it 'fully supported' the strikes"). */
    PARTIAL,
    /** Reported speech without quotation marks ("Trudeau said his country was ready to ..."). */
    INDIRECT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
