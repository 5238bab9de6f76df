package org.newsgraph.ingest;

/**
 * An input that could not be read or understood. The message always says which input and where: the
 * source (a path, a jsonl file and line), and the byte or character offset when one is known.
 */
public final class InputException extends Exception {
    private final String source;
    private final long offset;

    public InputException(String source, long offset, String message, Throwable cause) {
        super(format(source, offset, message), cause);
        this.source = source;
        this.offset = offset;
    }

    public InputException(String source, String message) {
        this(source, -1, message, null);
    }

    public InputException(String source, String message, Throwable cause) {
        this(source, -1, message, cause);
    }

    /** The input that failed: a path, {@code -}, or {@code file.jsonl:LINE}. */
    public String source() {
        return source;
    }

    /** The offset in that input where it failed, or -1 when not known. */
    public long offset() {
        return offset;
    }

    private static String format(String source, long offset, String message) {
        return source + (offset >= 0 ? " (offset " + offset + ")" : "") + ": " + message;
    }
}
