package org.newsgraph.code.dict;

import java.util.Objects;

/**
 * A role word and the code it adds to an actor: "minister" adds {@code GOV} after the country
 * ({@code GBRGOV}); "human rights activists" put {@code NGM} before it ({@code NGMGBR}, PETRARCH's
 * {@code NGM~}).
 *
 * @param phrase the word or words, normalised ({@link Names#key}), one surface form (singular or plural)
 * @param code   the role code(s) added ({@code GOV}, {@code GOVFRM})
 * @param prefix whether the code goes before the actor's code
 */
public record AgentEntry(String phrase, String code, boolean prefix) {
    public AgentEntry {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(code, "code");
        if (phrase.isEmpty() || !code.matches("[A-Z0-9]{3,}")) {
            throw new IllegalArgumentException("bad agent entry '" + phrase + "' [" + code + "]");
        }
    }
}
