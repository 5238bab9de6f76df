package org.newsgraph.model;

/**
 * One block of the article body.
 *
 * @param kind        what the block is (paragraph, heading, list item, ...)
 * @param text        its text, whitespace normalised, never empty
 * @param start       offset of its first character in {@link Article#text()}
 * @param end         offset just past its last character in {@link Article#text()}
 * @param sourceStart offset in the decoded input (HTML or plain text) where the block starts, or -1 when
 *                    it did not come from one place of the input (e.g. a JSON-LD {@code articleBody})
 * @param sourceEnd   offset in the decoded input just past the block, or -1 (both are -1 or neither is)
 */
public record Paragraph(ParagraphKind kind, String text, int start, int end, int sourceStart, int sourceEnd) {
    public Paragraph {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("empty paragraph");
        if (start < 0 || end - start != text.length()) throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        if (sourceStart < -1 || sourceEnd < sourceStart || (sourceStart == -1) != (sourceEnd == -1)) {
            throw new IllegalArgumentException("bad source offsets " + sourceStart + ".." + sourceEnd);
        }
    }
}
