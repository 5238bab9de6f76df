package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, organisation, place or group named in the article, with every name it goes by there.
 *
 * @param id       0-based id, unique in the article
 * @param name     its fullest name in the article ("Boris Johnson")
 * @param type     what it is
 * @param aliases  the other names it goes by in the article ("Johnson"), without {@code name}
 * @param roles    titles and functions the article gives it
 * @param country  ISO 3166 alpha-3: the country itself, or the one a person, group or place belongs to
 * @param mentions how many mentions it has
 */
public record Entity(int id, String name, EntityType type, List<String> aliases, List<Role> roles,
        Optional<String> country, int mentions) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
