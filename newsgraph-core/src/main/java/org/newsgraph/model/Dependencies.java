package org.newsgraph.model;

import java.util.List;

/** Walks over a sentence's dependency arcs shared by the stages that read parses. Stateless. */
public final class Dependencies {
    private Dependencies() {}

    /**
     * Each token's children, in token order: {@code children[i]} lists the tokens whose head is {@code i}.
     * Heads outside the sentence (and the root's -1) give no child.
     */
    public static int[][] children(List<Token> tokens) {
        int n = tokens.size();
        int[] counts = new int[n];
        for (Token t : tokens) if (t.head() >= 0 && t.head() < n) counts[t.head()]++;
        int[][] children = new int[n][];
        for (int i = 0; i < n; i++) children[i] = new int[counts[i]];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            int h = tokens.get(i).head();
            if (h >= 0 && h < n) children[h][fill[h]++] = i;
        }
        return children;
    }
}
