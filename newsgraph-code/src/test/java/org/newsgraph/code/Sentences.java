package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Hand-built annotated sentences for fast tests: tokens written as {@code word/POS/lemma/relation/head}
 * (head 1-based, 0 for the root, as in CoNLL-U), entities attached to token ranges.
 */
final class Sentences {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> references = new ArrayList<>();

    /** Adds a sentence; returns its index. */
    int sentence(String spec) {
        if (!text.isEmpty()) text.append(' ');
        int start = text.length();
        List<Token> tokens = new ArrayList<>();
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            if (f.length != 5) throw new IllegalArgumentException("token spec word/POS/lemma/rel/head: " + parts[i]);
            String word = f[0].replace('_', ' ');
            if (i > 0) text.append(' ');
            int s = text.length();
            text.append(word);
            tokens.add(new Token(i, word, s, text.length(), f[1], f[2], "O", Integer.parseInt(f[4]) - 1, f[3]));
        }
        sentences.add(new Sentence(sentences.size(), start, text.length(), tokens));
        return sentences.size() - 1;
    }

    /** Declares an entity named by tokens [first, last] (0-based) of a sentence; returns its id. */
    int entity(int sentence, int first, int last, EntityType type, String country, Role... roles) {
        Sentence s = sentences.get(sentence);
        int a = s.tokens().get(first).start(), b = s.tokens().get(last).end();
        String name = text.substring(a, b);
        int id = entities.size();
        entities.add(new Entity(id, name, type, List.of(), List.of(roles), Optional.ofNullable(country), 1));
        mentions.add(new Mention(name, type, a, b, sentence, id));
        return id;
    }

    /** Declares that a pronoun token refers to an entity, as the annotate stage's resolver says. */
    void reference(int sentence, int token, int entity) {
        Token t = sentences.get(sentence).tokens().get(token);
        references.add(new Mention(t.text(), entities.get(entity).type(), t.start(), t.end(), sentence, entity));
    }

    String text() {
        return text.toString();
    }

    Annotations annotations() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Mention::start));
        return new Annotations(sentences, sorted, entities, List.of(), List.of(), List.of(), List.of(), List.of(), references, List.of());
    }
}
