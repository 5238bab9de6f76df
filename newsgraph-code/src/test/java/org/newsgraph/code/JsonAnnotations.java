package org.newsgraph.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Reads back the parts of {@code AnnotationsJson} output the coder uses (sentences with tokens, mentions,
 * entities, quotes), so the development harness can re-code cached annotations without loading CoreNLP.
 */
final class JsonAnnotations {
    private JsonAnnotations() {}

    static Annotations read(JsonNode o) {
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : o.get("sentences")) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (JsonNode t : s.get("tokens")) {
                tokens.add(new Token(i++, t.get("text").asText(), t.get("start").asInt(), t.get("end").asInt(),
                        t.get("pos").asText(), t.get("lemma").asText(), t.get("ner").asText(), t.get("head").asInt(),
                        t.get("relation").asText()));
            }
            sentences.add(new Sentence(s.get("index").asInt(), s.get("start").asInt(), s.get("end").asInt(), tokens));
        }
        List<Mention> references = new ArrayList<>();
        if (o.has("references")) {
            for (JsonNode m : o.get("references")) {
                references.add(new Mention(m.get("text").asText(), EntityType.valueOf(m.get("type").asText()), m.get("start").asInt(),
                        m.get("end").asInt(), m.get("sentence").asInt(), m.get("entity").asInt()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : o.get("mentions")) {
            mentions.add(new Mention(m.get("text").asText(), EntityType.valueOf(m.get("type").asText()), m.get("start").asInt(),
                    m.get("end").asInt(), m.get("sentence").asInt(), m.get("entity").isNull() ? -1 : m.get("entity").asInt()));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : o.get("entities")) {
            List<String> aliases = new ArrayList<>();
            e.get("aliases").forEach(a -> aliases.add(a.asText()));
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : e.get("roles")) {
                roles.add(new Role(r.get("title").asText(), opt(r.get("country")), r.get("affiliation").isNull() ? -1 : r.get("affiliation").asInt()));
            }
            entities.add(new Entity(e.get("id").asInt(), e.get("name").asText(), EntityType.valueOf(e.get("type").asText()), aliases,
                    roles, opt(e.get("country")), e.get("mentions").asInt()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.get("quotes")) {
            quotes.add(new Quote(q.get("text").asText(), QuoteKind.valueOf(q.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    q.get("start").asInt(), q.get("end").asInt(), q.get("sentence").asInt(),
                    q.get("speaker").isNull() ? -1 : q.get("speaker").asInt(), opt(q.get("speaker_text")),
                    q.get("speaker_start").isNull() ? -1 : q.get("speaker_start").asInt(),
                    q.get("speaker_end").isNull() ? -1 : q.get("speaker_end").asInt(), opt(q.get("verb")),
                    q.get("verb_start").isNull() ? -1 : q.get("verb_start").asInt()));
        }
        return new Annotations(sentences, mentions, entities, quotes, List.of(), List.of(), List.of(), List.of(), references, List.of());
    }

    private static Optional<String> opt(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
