package org.newsgraph.model;

import java.util.Objects;

/**
 * One mention of an entity in the text.
 *
 * @param text     the words as written
 * @param type     what it names
 * @param start    offset in the article text
 * @param end      offset just past it
 * @param sentence index of its sentence
 * @param entity   id of the document entity it belongs to, -1 for mentions that are not entities (titles)
 */
public record Mention(String text, EntityType type, int start, int end, int sentence, int entity) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
}
