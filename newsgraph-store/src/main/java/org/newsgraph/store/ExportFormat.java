package org.newsgraph.store;

import java.util.Locale;

/**
 * Export formats: the table formats (parquet, csv, jsonl: one table's rows) and the GDELT formats
 * ({@code gdelt-*}: rows written per article from the whole store by the event coder's writers). Each format
 * says whether it can be written to a stream or needs a file.
 */
public enum ExportFormat {
    /** Apache Parquet (written by DuckDB; needs a file, not a pipe). */
    PARQUET("parquet", false),
    /** RFC 4180 CSV with a header row. */
    CSV("csv", true),
    /** One JSON object per line. */
    JSONL("jsonl", true),
    /** GDELT 2.0 Events: 61 tab-separated columns, one row per event. */
    GDELT_EVENTS("gdelt-events", true),
    /** GDELT 2.0 Mentions: 16 tab-separated columns, one row per mention of an event. */
    GDELT_MENTIONS("gdelt-mentions", true),
    /** GDELT GKG 2.1: 27 tab-separated columns, one row per article. */
    GDELT_GKG("gdelt-gkg", true);

    private final String cliName;
    private final boolean streamable;

    ExportFormat(String cliName, boolean streamable) {
        this.cliName = cliName;
        this.streamable = streamable;
    }

    /** The name on the command line and in URLs. */
    public String cliName() {
        return cliName;
    }

    /** Whether rows can be written one by one to a stream (standard output, an HTTP response). */
    public boolean streamable() {
        return streamable;
    }

    /** Whether it writes per-article GDELT rows rather than a table's rows. */
    public boolean gdelt() {
        return this == GDELT_EVENTS || this == GDELT_MENTIONS || this == GDELT_GKG;
    }

    /** The format of that name; the message lists the names when there is none. */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown export format '" + name + "' (one of: parquet, csv, jsonl, gdelt-events, gdelt-mentions, gdelt-gkg)");
    }
}
