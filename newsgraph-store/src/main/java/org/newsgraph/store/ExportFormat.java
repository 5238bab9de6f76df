package org.newsgraph.store;

import java.util.Locale;

/**
 * Export formats. The GDELT event and GKG formats ({@code gdelt-*}) join this list when the event coder
 * lands; each format says whether it can be written to a stream or needs a file.
 */
public enum ExportFormat {
    /** Apache Parquet (written by DuckDB; needs a file, not a pipe). */
    PARQUET("parquet", false),
    /** RFC 4180 CSV with a header row. */
    CSV("csv", true),
    /** One JSON object per line. */
    JSONL("jsonl", true);

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

    /** The format of that name; the message lists the names when there is none. */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown export format '" + name + "' (one of: parquet, csv, jsonl)");
    }
}
