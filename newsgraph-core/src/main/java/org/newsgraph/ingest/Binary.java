package org.newsgraph.ingest;

/**
 * Tells binary data (an image, an archive, random bytes) from text after decoding: text has next to no
 * control characters and no replacement characters. Stateless.
 */
public final class Binary {
    private Binary() {}

    /** Share of control or replacement characters above which an input is not text. */
    static final double THRESHOLD = 0.05;

    /** Whether the first 8 Ki characters of {@code text} are not text (binary data shows at once). */
    public static boolean looksBinary(CharSequence text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) return false;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD' || c >= '\u0080' && c < '\u00A0') {
                bad++;
            }
        }
        return bad > THRESHOLD * n;
    }
}
