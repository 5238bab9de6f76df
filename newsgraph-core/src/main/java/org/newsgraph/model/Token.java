package org.newsgraph.model;

import java.util.Objects;

/**
 * A token with its part of speech, lemma, named-entity tag and dependency arc (Universal Dependencies).
 *
 * @param index    0-based index in its sentence
 * @param text     the token as written
 * @param start    offset in the article text
 * @param end      offset just past it
 * @param pos      Penn Treebank tag
 * @param lemma    lemma, lower case for common words
 * @param ner      the backend's entity tag ({@code O} when none)
 * @param head     index of the head token in the same sentence, -1 for the root
 * @param relation dependency relation to the head ({@code root} for the root)
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner, int head,
        String relation) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(relation, "relation");
    }
}
