package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A title or function the article gives an entity: "British Foreign Secretary" is title Foreign Secretary of
 * GBR; "spokesman for Russian President Vladimir Putin" is title spokesman for the entity Putin.
 *
 * @param title       the title as written, without the country word ("Foreign Secretary")
 * @param country     ISO 3166 alpha-3 code of the country the title belongs to
 * @param affiliation id of the entity the role is held for, -1 when none
 */
public record Role(String title, Optional<String> country, int affiliation) {
    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(country, "country");
    }
}
