package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.MentionFinder.Draft;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;

/**
 * Merges mentions into document entities and reads titles and affiliations off the text.
 *
 * <ul>
 *   <li>People: a surname alone ("Johnson") joins the full name it ends ("Boris Johnson"), the nearest one
 *       before it when several share it.</li>
 *   <li>Countries: every name of a country ("US", "the United States") is one entity under its ISO code.</li>
 *   <li>Organisations: an acronym joins its expansion; equal names join.</li>
 *   <li>Roles: "British Foreign Secretary Boris Johnson" gives Foreign Secretary of GBR; "Dmitry Peskov,
 *       spokesman for Russian President Vladimir Putin" gives spokesman for Putin, of RUS.</li>
 *   <li>Titles used as names ("the Syrian president") join the person holding that title, the most recently
 *       named one when several do.</li>
 * </ul>
 * Stateless apart from the country table; thread-safe.
 */
final class EntityResolver {
    private static final Set<String> TITLE_MODIFIERS = Set.of("former", "then", "acting", "interim", "outgoing",
            "incoming", "ex", "late", "current", "new");
    private static final Set<String> AFFILIATION_WORDS = Set.of("for", "of", "to", "at");

    private final Countries countries;

    EntityResolver(Countries countries) {
        this.countries = countries;
    }

    /** The resolved mentions (in text order) and entities (by id). */
    record Resolved(List<Mention> mentions, List<Entity> entities) {}

    /** A group of mentions being built into an entity. */
    private static final class Group {
        final List<Draft> members = new ArrayList<>();
        final List<RoleDraft> roles = new ArrayList<>();
        String countryCode;
        int id = -1;
    }

    private record RoleDraft(String title, String country, Draft affiliation) {}

    Resolved resolve(List<Draft> mentions, List<SentenceTree> trees, String text) {
        Map<Draft, Group> groupOf = new LinkedHashMap<>();
        Map<String, Group> byKey = new HashMap<>();
        List<Draft> fullNames = new ArrayList<>();
        for (Draft d : mentions) {
            if (d.type == EntityType.PERSON && tokenCount(d, trees) > 1) fullNames.add(d);
        }
        for (Draft d : mentions) {
            if (d.type == EntityType.TITLE) continue;
            Group g = null;
            if (d.partner != null && groupOf.containsKey(d.partner)) g = groupOf.get(d.partner);
            String key = key(d, trees, text, fullNames);
            if (g == null) g = byKey.get(key);
            if (g == null) {
                g = new Group();
                byKey.put(key, g);
            } else {
                byKey.putIfAbsent(key, g);
            }
            g.members.add(d);
            groupOf.put(d, g);
        }
        for (Group g : new LinkedHashMap<>(groupOf).values()) g.countryCode = placeCountry(g, text);
        placesInCountries(mentions, trees, text, groupOf);
        readRoles(mentions, trees, text, groupOf);
        for (Group g : groupOf.values()) {
            if (g.countryCode != null) continue;
            for (RoleDraft r : g.roles) {
                if (r.country() != null) {
                    g.countryCode = r.country();
                    break;
                }
                if (r.affiliation() != null && groupOf.containsKey(r.affiliation())) {
                    String c = groupOf.get(r.affiliation()).countryCode;
                    if (c != null) {
                        g.countryCode = c;
                        break;
                    }
                }
            }
        }
        linkTitleReferences(mentions, trees, text, groupOf);

        // Number entities by first mention and build the records.
        List<Group> ordered = new ArrayList<>();
        for (Draft d : mentions) {
            Group g = groupOf.get(d);
            if (g != null && g.id < 0) {
                g.id = ordered.size();
                ordered.add(g);
            }
        }
        List<Entity> entities = new ArrayList<>();
        Map<Group, Integer> mentionCounts = new HashMap<>();
        for (Draft d : mentions) {
            Group g = groupOf.get(d);
            if (g != null) mentionCounts.merge(g, 1, Integer::sum);
        }
        for (Group g : ordered) {
            EntityType type = typeOf(g);
            String name = nameOf(g, type, text);
            List<String> aliases = new ArrayList<>();
            for (Draft d : g.members) {
                if (d.type == EntityType.TITLE) continue;
                String t = clean(d.text(text));
                if (!t.equals(name) && !aliases.contains(t)) aliases.add(t);
            }
            List<Role> roles = new ArrayList<>();
            for (RoleDraft r : g.roles) {
                int aff = r.affiliation() != null && groupOf.containsKey(r.affiliation()) ? groupOf.get(r.affiliation()).id : -1;
                Role role = new Role(r.title(), Optional.ofNullable(r.country()), aff);
                if (!roles.contains(role)) roles.add(role);
            }
            entities.add(new Entity(g.id, name, type, aliases, roles, Optional.ofNullable(g.countryCode),
                    mentionCounts.getOrDefault(g, 0)));
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Draft d : mentions) {
            Group g = groupOf.get(d);
            out.add(new Mention(d.text(text), d.type, d.start, d.end, d.sentence, g == null ? -1 : g.id));
        }
        return new Resolved(out, entities);
    }

    private static int tokenCount(Draft d, List<SentenceTree> trees) {
        int n = 0;
        SentenceTree t = trees.get(d.sentence);
        for (int k = d.first; k <= d.last; k++) if (!t.token(k).pos().equals("POS")) n++;
        return n;
    }

    private String key(Draft d, List<SentenceTree> trees, String text, List<Draft> fullNames) {
        String t = clean(d.text(text));
        switch (d.type) {
            case PERSON -> {
                if (tokenCount(d, trees) > 1) return "P:" + t;
                // A lone surname or first name: the nearest full name before it that ends or starts with it.
                Draft best = null;
                for (Draft f : fullNames) {
                    String full = clean(f.text(text));
                    String[] words = full.split("\\s+");
                    String last = words[words.length - 1];
                    boolean match = last.equals(t) || last.endsWith("-" + t) || words[0].equals(t) && words.length == 2;
                    if (!match) continue;
                    if (best == null || f.start < d.start && (best.start > d.start || f.start > best.start)) best = f;
                }
                return best != null ? "P:" + clean(best.text(text)) : "P:" + t;
            }
            case COUNTRY -> {
                return countries.byName(t).map(c -> "C:" + c).orElse("C:" + t.toLowerCase(Locale.ROOT));
            }
            case NATIONALITY -> {
                return countries.byDemonym(t).map(c -> "N:" + c).orElse("N:" + t.toLowerCase(Locale.ROOT));
            }
            default -> {
                return d.type.name().charAt(0) + ":" + t.toLowerCase(Locale.ROOT);
            }
        }
    }

    /** The country a group's own name tells: a country, a nationality, a known city, "Syrian ..." organisations. */
    private String placeCountry(Group g, String text) {
        for (Draft d : g.members) {
            String t = clean(d.text(text));
            Optional<String> c = switch (d.type) {
                case COUNTRY -> countries.byName(t).or(() -> countries.byPlace(t));
                case NATIONALITY -> countries.byDemonym(t);
                case CITY, STATE_OR_PROVINCE, LOCATION -> countries.byPlace(t).or(() -> countries.byName(t));
                case ORGANIZATION, MISC -> organisationCountry(t);
                default -> Optional.empty();
            };
            if (c.isPresent()) return c.get();
        }
        return null;
    }

    /** "Syrian Observatory ...", "Downing Street office", "Bank of Japan": a nationality or place in the name. */
    private Optional<String> organisationCountry(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2) return countries.byPlace(name);
        Optional<String> c = countries.byDemonym(words[0]);
        if (c.isPresent()) return c;
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            c = countries.byPlace(prefix).or(() -> countries.byName(prefix));
            if (c.isPresent()) return c;
        }
        // "... of Japan", "... of England" at the end.
        int of = java.util.Arrays.asList(words).lastIndexOf("of");
        if (of >= 0 && of + 1 < words.length) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, of + 1, words.length));
            return countries.byName(tail);
        }
        return Optional.empty();
    }

    /** "Lucca, Italy", "Aleppo, Syria": a town followed by its country takes that country. */
    private void placesInCountries(List<Draft> mentions, List<SentenceTree> trees, String text, Map<Draft, Group> groupOf) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Draft place = mentions.get(i);
            Draft country = mentions.get(i + 1);
            if (place.sentence != country.sentence || country.type != EntityType.COUNTRY) continue;
            if (place.type != EntityType.CITY && place.type != EntityType.LOCATION && place.type != EntityType.STATE_OR_PROVINCE) continue;
            if (!text.substring(place.end, country.start).strip().equals(",")) continue;
            Group g = groupOf.get(place);
            String code = countryOf(country, text);
            if (g != null && g.countryCode == null && code != null) g.countryCode = code;
        }
    }

    private void readRoles(List<Draft> mentions, List<SentenceTree> trees, String text, Map<Draft, Group> groupOf) {
        for (int i = 0; i < mentions.size(); i++) {
            Draft p = mentions.get(i);
            if (p.type != EntityType.PERSON || !groupOf.containsKey(p)) continue;
            SentenceTree tree = trees.get(p.sentence);
            Group g = groupOf.get(p);
            // Before the name: [Country's | Nationality | Organisation] Title Name.
            int k = p.first - 1;
            while (k >= 0 && TITLE_MODIFIERS.contains(tree.token(k).text().toLowerCase(Locale.ROOT))) k--;
            Draft title = endingAt(mentions, p.sentence, k, EntityType.TITLE);
            if (title != null) {
                String country = null;
                Draft affiliation = null;
                int before = title.first - 1;
                if (before >= 1 && tree.token(before).pos().equals("POS")) before--;
                Draft owner = endingAt(mentions, p.sentence, before, null);
                if (owner != null) {
                    if (owner.type == EntityType.NATIONALITY || owner.type == EntityType.COUNTRY) {
                        country = countryOf(owner, text);
                    } else if (owner.type == EntityType.ORGANIZATION) {
                        affiliation = owner;
                    }
                }
                g.roles.add(new RoleDraft(titleText(title, text), country, affiliation));
            }
            // After the name: Name, [a|the] [Nationality] Title [for|of|to|at] [the] [Nationality] [Title] Entity.
            int j = p.last + 1;
            if (j < tree.size() && tree.token(j).text().equals(",")) {
                j++;
                if (j < tree.size() && Set.of("a", "an", "the").contains(tree.token(j).text().toLowerCase(Locale.ROOT))) j++;
                String country = null;
                Draft nat = startingAt(mentions, p.sentence, j);
                if (nat != null && (nat.type == EntityType.NATIONALITY || nat.type == EntityType.COUNTRY)) {
                    country = countryOf(nat, text);
                    j = nat.last + 1;
                    if (j < tree.size() && tree.token(j).pos().equals("POS")) j++;
                }
                Draft t = startingAt(mentions, p.sentence, j);
                if (t != null && t.type == EntityType.TITLE) {
                    Draft affiliation = null;
                    int a = t.last + 1;
                    if (a < tree.size() && AFFILIATION_WORDS.contains(tree.token(a).text().toLowerCase(Locale.ROOT))) {
                        a++;
                        // The affiliation is the first entity after the preposition, skipping its own titles.
                        for (int m = i + 1; m < mentions.size(); m++) {
                            Draft e = mentions.get(m);
                            if (e.sentence != p.sentence || e.first < a) continue;
                            if (e.first > a + 5) break;
                            if (e.type == EntityType.TITLE || e.type == EntityType.NATIONALITY) {
                                if (country == null && e.type == EntityType.NATIONALITY) country = countryOf(e, text);
                                continue;
                            }
                            if (e.type == EntityType.COUNTRY && country == null) country = countryOf(e, text);
                            affiliation = e;
                            break;
                        }
                    }
                    g.roles.add(new RoleDraft(titleText(t, text), country, affiliation));
                }
            }
        }
    }

    private String countryOf(Draft d, String text) {
        String t = clean(d.text(text));
        return (d.type == EntityType.NATIONALITY ? countries.byDemonym(t) : countries.byName(t)).orElse(null);
    }

    private static String titleText(Draft title, String text) {
        String t = clean(title.text(text));
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** "the Syrian president" is Assad when he is the one Syrian president named before it. */
    private void linkTitleReferences(List<Draft> mentions, List<SentenceTree> trees, String text,
            Map<Draft, Group> groupOf) {
        for (int i = 0; i < mentions.size(); i++) {
            Draft t = mentions.get(i);
            if (t.type != EntityType.TITLE) continue;
            SentenceTree tree = trees.get(t.sentence);
            // A title directly before a name is that name's role, not a reference.
            if (t.last + 1 < tree.size()) {
                Draft next = startingAt(mentions, t.sentence, t.last + 1);
                if (next != null && next.type == EntityType.PERSON) continue;
            }
            int k = t.first - 1;
            String country = null;
            Draft nat = endingAt(mentions, t.sentence, k, EntityType.NATIONALITY);
            if (nat != null) {
                country = countryOf(nat, text);
                k = nat.first - 1;
            }
            if (k < 0 || !tree.token(k).text().equalsIgnoreCase("the")) continue;
            String title = clean(t.text(text));
            Group best = null;
            int bestPos = -1;
            for (int m = 0; m < i; m++) {
                Draft d = mentions.get(m);
                Group g = groupOf.get(d);
                if (g == null || d.type != EntityType.PERSON) continue;
                boolean holds = false;
                for (RoleDraft r : g.roles) {
                    if (r.title().equalsIgnoreCase(title) && (country == null || country.equals(r.country())
                            || country.equals(g.countryCode))) {
                        holds = true;
                    }
                }
                if (holds && d.start > bestPos) {
                    best = g;
                    bestPos = d.start;
                }
            }
            if (best != null) {
                best.members.add(t);
                groupOf.put(t, best);
            }
        }
    }

    private static Draft endingAt(List<Draft> mentions, int sentence, int lastToken, EntityType type) {
        if (lastToken < 0) return null;
        for (Draft d : mentions) {
            if (d.sentence == sentence && d.last == lastToken && (type == null || d.type == type)) return d;
        }
        return null;
    }

    private static Draft startingAt(List<Draft> mentions, int sentence, int firstToken) {
        for (Draft d : mentions) if (d.sentence == sentence && d.first == firstToken) return d;
        return null;
    }

    private static EntityType typeOf(Group g) {
        Map<EntityType, Integer> votes = new HashMap<>();
        for (Draft d : g.members) if (d.type != EntityType.TITLE) votes.merge(d.type, d.end - d.start, Integer::sum);
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.MISC);
    }

    private String nameOf(Group g, EntityType type, String text) {
        if (type == EntityType.COUNTRY && g.countryCode != null) {
            Optional<String> n = countries.name(g.countryCode);
            if (n.isPresent()) return n.get();
        }
        String best = "";
        for (Draft d : g.members) {
            if (d.type == EntityType.TITLE) continue;
            String t = clean(d.text(text));
            if (t.length() > best.length()) best = t;
        }
        return best;
    }

    /** Mention text without a leading "the" or a trailing possessive. */
    static String clean(String s) {
        String t = s.strip();
        if (t.endsWith("’s") || t.endsWith("'s")) t = t.substring(0, t.length() - 2).strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) t = t.substring(4);
        return t;
    }
}
