package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the article body with its tokens and dependency parse.
 *
 * @param index  0-based position in the article
 * @param start  offset of its first character in the article text
 * @param end    offset just past its last character
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(tokens, "tokens");
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
    }
}
