package org.newsgraph.annotate.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.Countries;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The geocoder: finds the place names of an annotated article and resolves each to a gazetteer entry with
 * coordinates, using the article as context.
 *
 * <p>Recognition takes the annotate stage's place mentions (countries, states, cities, other locations),
 * nationalities (as their country: "Syrian" is Syria, never a town), and capitalised words the tagger left
 * untagged that the gazetteer knows, when the words after a locative preposition or the place's size make a
 * place likely; a person or organisation mention is a place only right after "in", "near" or the like; a name
 * recognised once is a place wherever the article repeats it (outside persons' names). "the Tuscan city" takes
 * the city the text named just before.
 *
 * <p>Resolution scores every gazetteer sense of a name: a prior from the kind of place (a country, a
 * division, a capital) and its population; agreement with the tagger's type; the countries and divisions the
 * article names (a "Paris" in an article that names Texas, and above all "Paris, Texas"); closeness to the
 * other places of the article; the dateline place. A name keeps one sense in an article. The confidence is
 * the winner's share of the scores' softmax.
 *
 * <p>Immutable and thread-safe: one instance serves all threads.
 */
public final class Geocoder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout",
            "around", "from", "to", "into", "towards", "toward", "within", "via", "of");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside", "across", "throughout", "around",
            "into", "towards", "toward", "within");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "port", "province",
            "region", "state", "country", "county", "district", "island", "hamlet", "municipality");

    private final Gazetteer gazetteer;
    private final Countries countries;

    /** A geocoder over the shipped gazetteer and country table (loads both: about half a second). */
    public Geocoder() {
        this(Gazetteer.load(), Countries.load());
    }

    public Geocoder(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The gazetteer it resolves against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A name found in the text, before resolution. */
    private record Span(int start, int end, int sentence, int entity, EntityType type, boolean demonym, boolean weak,
            String text) {}

    /** Finds and resolves the article's place names; offsets are into {@code text}. */
    public List<Location> locate(String text, Annotations a) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(a, "annotations");
        List<Span> spans = recognise(text, a);
        if (spans.isEmpty()) return List.of();
        return resolve(text, a, spans);
    }

    // ---------------------------------------------------------------- recognition

    private List<Span> recognise(String text, Annotations a) {
        List<Span> spans = recogniseAll(text, a);
        // "the West", "the North": directions, not places. "Americans", "Cubans": people, not places (the adjective,
        // "American officials", names the country).
        spans.removeIf(sp -> DIRECTIONS.contains(Gazetteer.key(sp.text()))
                || (sp.demonym() && sp.text().endsWith("s") && demonymCountry(sp.text().substring(0, sp.text().length() - 1)) != null));
        return propagate(text, a, spans);
    }

    /**
     * A name recognised as a place once is a place wherever else the article writes it (one sense per article),
     * unless it stands in a person's name there ("CTV Edmonton" once "Edmonton" is a place; never "Jordan" in
     * "Michael Jordan").
     */
    private List<Span> propagate(String text, Annotations a, List<Span> spans) {
        if (spans.isEmpty()) return spans;
        boolean[] taken = new boolean[text.length() + 1];
        for (Span sp : spans) for (int i = sp.start(); i < sp.end(); i++) taken[i] = true;
        for (Mention m : a.mentions()) {
            if (m.type() == EntityType.PERSON && m.end() <= text.length()) for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        }
        Map<String, Span> names = new LinkedHashMap<>();
        for (Span sp : spans) if (!sp.weak() && sp.text().length() > 2) names.putIfAbsent(sp.text(), sp);
        List<Span> out = new ArrayList<>(spans);
        for (Map.Entry<String, Span> e : names.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (taken[at] || taken[end - 1]) continue;
                if ((at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                    continue;
                }
                int sentence = sentenceAt(a, at);
                if (sentence < 0) continue;
                Span x = e.getValue();
                out.add(new Span(at, end, sentence, x.entity(), x.type(), x.demonym(), true, name));
                for (int i = at; i < end; i++) taken[i] = true;
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static int sentenceAt(Annotations a, int offset) {
        for (Sentence s : a.sentences()) if (s.start() <= offset && offset < s.end()) return s.index();
        return -1;
    }

    private List<Span> recogniseAll(String text, Annotations a) {
        List<Span> spans = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        List<Entity> entities = a.entities();
        for (Mention m : a.mentions()) {
            if (m.end() > text.length()) continue;
            for (int i = m.start(); i < m.end(); i++) covered[i] = true;
            Entity e = m.entity() >= 0 && m.entity() < entities.size() ? entities.get(m.entity()) : null;
            EntityType type = e != null ? e.type() : m.type();
            if (m.type() == EntityType.NATIONALITY || (type == EntityType.NATIONALITY && !m.type().isPlace())) {
                if (demonymCountry(m.text()) != null) {
                    spans.add(new Span(m.start(), m.end(), m.sentence(), m.entity(), EntityType.NATIONALITY, true, false, m.text()));
                }
            } else if (m.type().isPlace() || type.isPlace()) {
                spans.add(new Span(m.start(), m.end(), m.sentence(), m.entity(), m.type().isPlace() ? m.type() : type, false,
                        false, m.text()));
            } else if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC)
                    && afterStrongLocative(a, m) && (e == null || e.roles().isEmpty())) {
                // "in Bulacan" tagged as a person: a place all the same. A person or organisation elsewhere is not.
                spans.add(new Span(m.start(), m.end(), m.sentence(), m.entity(), EntityType.LOCATION, false, true, m.text()));
            }
        }
        for (Mention m : a.mentions()) {
            if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) embedded(a, m, text, spans);
        }
        for (Sentence s : a.sentences()) untagged(s, text, covered, spans);
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            Span x = sp.demonym() ? sp : extend(a, sp, text);
            if (x != null) out.add(x);
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        // Drop spans inside a longer one ("Mexico" inside "Mexico City" once extended).
        List<Span> kept = new ArrayList<>();
        int reach = -1;
        for (Span sp : out) {
            if (sp.end() <= reach || (sp.start() < reach)) continue;
            kept.add(sp);
            reach = sp.end();
        }
        return kept;
    }

    /** Words that make a place name a part of a larger area's ("Central Luzon", "Eastern Mediterranean"). */
    private static final Set<String> DIRECTIONS = Set.of("central", "eastern", "western", "northern", "southern", "east",
            "west", "north", "south", "upper", "lower", "greater", "inner", "outer", "northeast", "northwest", "southeast",
            "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "middle", "far");

    /** Words that make a capitalised run a feature the gazetteer does not hold (a valley, a street, a hospital). */
    private static final Set<String> FEATURE_WORDS = Set.of("valley", "delta", "ocean", "sea", "river", "mountains",
            "mountain", "mount", "lake", "bay", "park", "street", "road", "avenue", "boulevard", "church", "cathedral",
            "hospital", "airport", "island", "islands", "desert", "gulf", "strait", "canal", "peninsula", "coast", "basin",
            "plateau", "range", "hills", "falls", "university", "college", "school", "square", "bridge", "station", "highway",
            "creek", "forest", "reserve", "mosque", "temple", "stadium", "center", "centre", "hall", "house", "palace");

    /**
     * A place span grown to the longest name the gazetteer knows among the capitalised words around it ("South"
     * + "Sudan", "British" + "Columbia", "Mexico" + "City"); "Laurel County" keeps its county word and is
     * resolved as the place it is named after; a span that is part of a feature's name ("Rift Valley", "Indian
     * Ocean", "Church Street") is dropped, as the gazetteer cannot place the feature.
     */
    private Span extend(Annotations a, Span sp, String text) {
        if (sp.sentence() < 0 || sp.sentence() >= a.sentences().size()) return sp;
        List<Token> ts = a.sentences().get(sp.sentence()).tokens();
        int first = -1, last = -1;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() >= sp.start() && ts.get(i).end() <= sp.end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return sp;
        int bestFirst = first, bestLast = last;
        for (int f = first; f >= Math.max(0, first - 3); f--) {
            if (f < first && !word(ts.get(f))) break;
            for (int l = last; l < Math.min(ts.size(), last + 4); l++) {
                if (l > last && !word(ts.get(l))) break;
                if (f == first && l == last) continue;
                String words = text.substring(ts.get(f).start(), ts.get(l).end());
                if ((gazetteer.lookup(words).length > 0 || namedCountry(words) != null)
                        && l - f > bestLast - bestFirst) {
                    bestFirst = f;
                    bestLast = l;
                }
            }
        }
        // A feature word right after the name: "Laurel County" stays (as Laurel), "Rift Valley" goes.
        if (bestLast + 1 < ts.size() && capitalisedWord(ts.get(bestLast + 1))) {
            String next = ts.get(bestLast + 1).text().toLowerCase(Locale.ROOT);
            if (next.equals("county") || next.equals("parish")) {
                return new Span(ts.get(bestFirst).start(), ts.get(bestLast + 1).end(), sp.sentence(), sp.entity(), sp.type(),
                        false, sp.weak(), text.substring(ts.get(bestFirst).start(), ts.get(bestLast).end()));
            }
            if (FEATURE_WORDS.contains(next)) return null;
        }
        if (bestFirst > 0 && capitalisedWord(ts.get(bestFirst - 1))
                && FEATURE_WORDS.contains(ts.get(bestFirst - 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        // Part of a longer capitalised name the gazetteer does not know ("Danube Delta", "Eastern Mediterranean",
        // "Central Luzon" split by the tagger): the part alone would name the wrong place.
        boolean before = bestFirst > 0 && capitalisedWord(ts.get(bestFirst - 1)) && ts.get(bestFirst - 1).pos().startsWith("NNP")
                && ts.get(bestFirst - 1).end() + 1 >= ts.get(bestFirst).start();
        boolean after = bestLast + 1 < ts.size() && capitalisedWord(ts.get(bestLast + 1)) && ts.get(bestLast + 1).pos().startsWith("NNP")
                && ts.get(bestLast).end() + 1 >= ts.get(bestLast + 1).start();
        if ((before || after) && bestFirst == bestLast && namedCountry(sp.text()) == null) {
            String self = ts.get(bestFirst).text().toLowerCase(Locale.ROOT);
            String left = before ? ts.get(bestFirst - 1).text().toLowerCase(Locale.ROOT) : "";
            String right = after ? ts.get(bestLast + 1).text().toLowerCase(Locale.ROOT) : "";
            boolean division = false;
            for (int p : gazetteer.lookup(sp.text())) division |= gazetteer.featureCode(p).equals("ADM1");
            // "Far North Queensland" is in Queensland; "Central Luzon" is not the town of Luzon.
            if (FEATURE_WORDS.contains(self) || DIRECTIONS.contains(self) || FEATURE_WORDS.contains(right)
                    || (DIRECTIONS.contains(left) && !division)) {
                return null;
            }
        }
        if (bestFirst == first && bestLast == last) return sp;
        int start = ts.get(bestFirst).start(), end = ts.get(bestLast).end();
        return new Span(start, end, sp.sentence(), sp.entity(), sp.type(), false, sp.weak(), text.substring(start, end));
    }

    private static boolean word(Token t) {
        return capitalisedWord(t) || t.text().equals("of");
    }

    private static boolean capitalisedWord(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    }

    /**
     * Places named inside an organisation's name ("the U.S. Food and Drug Administration", "Texas A&M",
     * "Environment Canada", "a Canada-wide warrant"): countries, their demonyms and first-level divisions only.
     */
    private void embedded(Annotations a, Mention m, String text, List<Span> spans) {
        if (m.sentence() < 0 || m.sentence() >= a.sentences().size()) return;
        for (Token t : a.sentences().get(m.sentence()).tokens()) {
            if (t.start() < m.start() || t.end() > m.end()) continue;
            String w = t.text();
            int cut = w.indexOf('-', 1);
            String head = cut > 0 ? w.substring(0, cut) : w;
            if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) continue;
            if (t.start() == m.start() && t.end() == m.end()) continue;
            int end = t.start() + head.length();
            if (major(head)) {
                // A major town in an organisation's name: "CBC Toronto", "the Winnipeg Free Press".
                spans.add(new Span(t.start(), end, m.sentence(), -1, EntityType.CITY, false, true, head));
                continue;
            }
            if (namedCountry(head) != null) {
                spans.add(new Span(t.start(), end, m.sentence(), -1, EntityType.COUNTRY, false, true, head));
            } else if (demonymCountry(head) != null) {
                spans.add(new Span(t.start(), end, m.sentence(), -1, EntityType.NATIONALITY, true, true, head));
            } else if (head.length() > 3 && t.start() == m.start()) {
                // A division opens the name ("Texas A&M", "Kentucky State Police"); at its end it is more often a
                // common word ("Islamic Centre").
                for (int p : gazetteer.lookup(head)) {
                    if (gazetteer.featureCode(p).equals("ADM1") && Gazetteer.key(gazetteer.name(p)).equals(Gazetteer.key(head))) {
                        spans.add(new Span(t.start(), end, m.sentence(), -1, EntityType.STATE_OR_PROVINCE, false, true, head));
                        break;
                    }
                }
            }
        }
    }

    /** Whether a name's main sense is a capital or a division's seat, or a town of half a million or more. */
    private boolean major(String name) {
        if (name.length() < 4) return false;
        String k = Gazetteer.key(name);
        for (int p : gazetteer.lookup(name)) {
            if (!gazetteer.featureClass(p).equals("P") || !Gazetteer.key(gazetteer.name(p)).equals(k)) continue;
            String code = gazetteer.featureCode(p);
            if (code.equals("PPLC") || code.equals("PPLA") || gazetteer.population(p) >= 500_000) return true;
        }
        return false;
    }

    /** Capitalised words no mention covers that the gazetteer knows as a likely place. */
    private void untagged(Sentence s, String text, boolean[] covered, List<Span> spans) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!capitalised(t) || t.end() > text.length() || covered[t.start()]) continue;
            if (!t.ner().equals("O") && !isPlaceTag(t.ner()) && !t.ner().equals("NATIONALITY")) continue;
            // The longest run of capitalised, untagged words from here (at most four) that names a place.
            int j = i;
            while (j + 1 < ts.size() && j - i < 3 && capitalised(ts.get(j + 1)) && !covered[ts.get(j + 1).start()]) j++;
            for (int k = j; k >= i; k--) {
                String words = text.substring(t.start(), ts.get(k).end());
                if (demonymCountry(words) != null && k == i && (t.pos().startsWith("JJ") || t.pos().startsWith("NNP"))) {
                    spans.add(new Span(t.start(), t.end(), s.index(), -1, EntityType.NATIONALITY, true, false, words));
                    for (int c = t.start(); c < t.end(); c++) covered[c] = true;
                    i = k;
                    break;
                }
                if (!plausible(words, ts, i, k)) continue;
                spans.add(new Span(t.start(), ts.get(k).end(), s.index(), -1, EntityType.LOCATION, false, true, words));
                for (int c = t.start(); c < ts.get(k).end(); c++) covered[c] = true;
                i = k;
                break;
            }
        }
    }

    /** Whether an untagged capitalised run names a place: after a locative word, or a large or major place. */
    private boolean plausible(String words, List<Token> ts, int first, int last) {
        int[] senses = gazetteer.lookup(words);
        if (senses.length == 0) return false;
        boolean sentenceStart = first == 0 || ts.get(first - 1).text().matches("[\"“‘'(\\[:—–-]");
        boolean locative = first > 0 && LOCATIVE.contains(ts.get(first - 1).text().toLowerCase(Locale.ROOT));
        boolean townOf = first > 1 && ts.get(first - 1).text().equalsIgnoreCase("of")
                && PLACE_NOUNS.contains(ts.get(first - 2).text().toLowerCase(Locale.ROOT));
        boolean followedByPlace = last + 2 < ts.size() && ts.get(last + 1).text().equals(",")
                && capitalised(ts.get(last + 2)) && gazetteer.lookup(ts.get(last + 2).text()).length > 0;
        int best = 0;
        boolean major = false;
        for (int p : senses) {
            best = Math.max(best, gazetteer.population(p));
            major |= gazetteer.isCountry(p) || gazetteer.featureCode(p).equals("ADM1") || gazetteer.isRegion(p)
                    || gazetteer.featureCode(p).equals("PPLC");
        }
        if (townOf) return true;
        if (sentenceStart && !locative) return false;
        if (locative || followedByPlace) return best >= 1000 || major;
        return major || best >= 200_000;
    }

    private static boolean capitalised(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.pos().startsWith("NNP");
    }

    private static boolean isPlaceTag(String ner) {
        return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE");
    }

    private static boolean afterStrongLocative(Annotations a, Mention m) {
        if (m.sentence() < 0 || m.sentence() >= a.sentences().size()) return false;
        Token before = null;
        for (Token t : a.sentences().get(m.sentence()).tokens()) {
            if (t.end() <= m.start()) before = t;
        }
        return before != null && STRONG_LOCATIVE.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private Gazetteer.Country demonymCountry(String words) {
        // The project's table first: it knows that "American" is the United States, not an island territory.
        Optional<Gazetteer.Country> c = countries.byDemonym(words).flatMap(gazetteer::country);
        return c.or(() -> gazetteer.countryByDemonym(words)).orElse(null);
    }

    private Gazetteer.Country namedCountry(String words) {
        Optional<Gazetteer.Country> c = countries.byName(words).flatMap(gazetteer::country);
        return c.or(() -> gazetteer.countryByName(words)).orElse(null);
    }

    // ---------------------------------------------------------------- resolution

    private List<Location> resolve(String text, Annotations a, List<Span> spans) {
        // The article's countries and divisions: those named outright, with how often.
        Map<String, Integer> articleCountries = new HashMap<>();
        Map<String, Integer> articleDivisions = new HashMap<>();
        for (Span s : spans) {
            Gazetteer.Country c = s.demonym() ? demonymCountry(s.text()) : namedCountry(s.text());
            if (c != null) articleCountries.merge(c.iso2(), 1, Integer::sum);
            if (!s.demonym() && s.type() == EntityType.STATE_OR_PROVINCE) {
                for (int p : gazetteer.lookup(s.text())) {
                    if (gazetteer.featureCode(p).equals("ADM1")) articleDivisions.merge(gazetteer.adm1Code(p), 1, Integer::sum);
                }
            }
        }
        // "Town, Country" and "Town, State": the name after the comma constrains the one before.
        Map<Span, Span> qualifier = new HashMap<>();
        for (int i = 0; i + 1 < spans.size(); i++) {
            Span x = spans.get(i), y = spans.get(i + 1);
            if (y.demonym() || x.demonym()) continue;
            String between = text.substring(x.end(), y.start());
            if (between.matches(",\\s*")) qualifier.put(x, y);
        }
        // First pass: each distinct name on its own; second: with the other places' first-pass senses nearby.
        Map<String, Integer> first = new HashMap<>();
        Map<String, List<Span>> byKey = new LinkedHashMap<>();
        for (Span s : spans) byKey.computeIfAbsent(senseKey(s), k -> new ArrayList<>()).add(s);
        for (Map.Entry<String, List<Span>> e : byKey.entrySet()) {
            Scored r = best(e.getValue(), articleCountries, articleDivisions, qualifier, null, text);
            if (r != null) first.put(e.getKey(), r.place);
        }
        // Divisions the first pass found ("Ontario", "Kentucky") are context too, as is their country.
        for (Map.Entry<String, Integer> f : first.entrySet()) {
            int p = f.getValue();
            if (gazetteer.featureCode(p).equals("ADM1") && !f.getKey().startsWith("d:")) {
                articleDivisions.merge(gazetteer.adm1Code(p), 1, Integer::sum);
                articleCountries.merge(gazetteer.countryCode(p), 1, Integer::sum);
            }
        }
        // A dateline ("DETROIT —", "LUCCA, Italy (Reuters) -") says where the story was filed: the country and
        // division of its place are context for every other name.
        Span dateline = dateline(text, spans);
        if (dateline != null && first.containsKey(senseKey(dateline))) {
            int p = first.get(senseKey(dateline));
            if (!gazetteer.isRegion(p)) {
                articleCountries.merge(gazetteer.countryCode(p), 2, Integer::sum);
                if (!gazetteer.isCountry(p) && !gazetteer.adm1Code(p).isEmpty()) articleDivisions.merge(gazetteer.adm1Code(p), 2, Integer::sum);
            }
        }
        List<Location> out = new ArrayList<>();
        Map<String, Scored> chosen = new HashMap<>();
        for (Map.Entry<String, List<Span>> e : byKey.entrySet()) {
            List<double[]> others = new ArrayList<>();
            for (Map.Entry<String, Integer> f : first.entrySet()) {
                if (f.getKey().equals(e.getKey())) continue;
                int p = f.getValue();
                if (gazetteer.isCountry(p) || gazetteer.isRegion(p)) continue;
                others.add(new double[] {gazetteer.lat(p), gazetteer.lon(p)});
            }
            Scored r = best(e.getValue(), articleCountries, articleDivisions, qualifier, others, text);
            if (r != null) chosen.put(e.getKey(), r);
        }
        for (Span s : spans) {
            Scored r = chosen.get(senseKey(s));
            if (r == null) continue;
            out.add(location(s, r));
        }
        out.addAll(anaphors(text, a, out));
        out.sort(Comparator.comparingInt(Location::start));
        return List.copyOf(out);
    }

    /**
     * The dateline's place: the first name of the text when it opens the text (within its first 40 characters,
     * nothing but a line's start or capitals before it) and is followed by a dash, an agency in brackets, or a
     * comma and a state or country before one, or written in capitals.
     */
    private static Span dateline(String text, List<Span> spans) {
        if (spans.isEmpty()) return null;
        Span first = spans.get(0);
        if (first.start() > 40 || first.demonym()) return null;
        String before = text.substring(0, first.start());
        if (!before.isBlank() && !before.matches("(?s).*\\n\\s*")) return null;
        String after = text.substring(first.end(), Math.min(text.length(), first.end() + 40));
        // "DETROIT The U.S. Transportation Department": a dateline in capitals, its dash lost in scraping.
        if (before.isBlank() && first.text().length() >= 3 && first.text().equals(first.text().toUpperCase(Locale.ROOT))
                && first.text().chars().anyMatch(Character::isLetter)) {
            return first;
        }
        return after.matches("(?s)(,\\s*[A-Z][\\w.]*(\\s[A-Z][\\w.]*)?)?\\s*(\\([^)]{1,30}\\)\\s*)?[—–-].*") ? first : null;
    }

    private static String senseKey(Span s) {
        return (s.demonym() ? "d:" : "n:") + Gazetteer.key(s.text());
    }

    private record Scored(int place, double confidence) {}

    private Scored best(List<Span> mentions, Map<String, Integer> articleCountries, Map<String, Integer> articleDivisions,
            Map<Span, Span> qualifier, List<double[]> others, String text) {
        Span s = mentions.get(0);
        if (s.demonym()) {
            Gazetteer.Country c = demonymCountry(s.text());
            int p = c == null ? -1 : gazetteer.countryPlace(c.iso2());
            return p < 0 ? null : new Scored(p, 0.9);
        }
        Gazetteer.Country named = namedCountry(s.text());
        int[] senses = gazetteer.lookup(s.text());
        if (named != null) {
            int p = gazetteer.countryPlace(named.iso2());
            if (p >= 0 && !contains(senses, p)) {
                senses = java.util.Arrays.copyOf(senses, senses.length + 1);
                senses[senses.length - 1] = p;
            }
        }
        if (senses.length == 0) return null;
        // Qualifiers of any of the mentions ("Paris, Texas") and the types the tagger gave them.
        Set<EntityType> types = new HashSet<>();
        List<Span> quals = new ArrayList<>();
        for (Span m : mentions) {
            types.add(m.type());
            Span q = qualifier.get(m);
            if (q != null) quals.add(q);
        }
        String k = Gazetteer.key(s.text());
        double[] scores = new double[senses.length];
        double max = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int i = 0; i < senses.length; i++) {
            int p = senses[i];
            double sc = prior(p, k, named);
            if (types.contains(EntityType.COUNTRY) && gazetteer.isCountry(p)) sc += 2;
            if (types.contains(EntityType.STATE_OR_PROVINCE) && gazetteer.isDivision(p)) sc += 2;
            if (types.contains(EntityType.CITY) && gazetteer.featureClass(p).equals("P")) sc += 1.5;
            if (types.contains(EntityType.CITY) && gazetteer.isDivision(p)) sc -= 1;
            String cc = gazetteer.countryCode(p);
            if (!gazetteer.isCountry(p) && !gazetteer.isRegion(p)) {
                Integer n = articleCountries.get(cc);
                if (n != null) sc += 4 + Math.min(1.5, Math.log(n));
                if (articleDivisions.containsKey(gazetteer.adm1Code(p)) && !gazetteer.featureCode(p).equals("ADM1")) sc += 2.5;
            }
            for (Span q : quals) {
                if (within(p, q.text())) sc += 8;
            }
            if (others != null && !others.isEmpty() && !gazetteer.isCountry(p) && !gazetteer.isRegion(p)) {
                double d = Double.MAX_VALUE;
                for (double[] o : others) d = Math.min(d, Location.distanceKm(gazetteer.lat(p), gazetteer.lon(p), o[0], o[1]));
                if (d < 50) sc += 2;
                else if (d < 200) sc += 1.2;
                else if (d < 500) sc += 0.5;
            }
            scores[i] = sc;
            if (sc > max) {
                max = sc;
                arg = i;
            }
        }
        double sum = 0;
        for (double sc : scores) sum += Math.exp(sc - max);
        return new Scored(senses[arg], 1 / sum);
    }

    /** The prior of a sense: what kind of place it is, how many live there, whether the name is its own. */
    private double prior(int p, String key, Gazetteer.Country named) {
        double sc;
        if (gazetteer.isCountry(p)) {
            sc = named != null && gazetteer.countryPlace(named.iso2()) == p ? 15 : 7;
        } else if (gazetteer.isRegion(p)) {
            sc = 8;
        } else if (gazetteer.featureCode(p).equals("ADM1") || gazetteer.featureCode(p).equals("ADMD")) {
            sc = 8.5;
        } else if (gazetteer.featureCode(p).equals("ADM2")) {
            sc = 6;
        } else {
            sc = Math.log10(gazetteer.population(p) + 10.0);
            switch (gazetteer.featureCode(p)) {
                case "PPLC" -> sc += 2.5;
                case "PPLA" -> sc += 1.2;
                case "PPLA2" -> sc += 0.5;
                case "PPLX", "PPLL" -> sc -= 0.5;
                default -> { }
            }
        }
        if (!Gazetteer.key(gazetteer.name(p)).equals(key)) sc -= 0.7;
        return sc;
    }

    /** Whether a place lies in the country or division a qualifier names. */
    private boolean within(int p, String qualifierText) {
        Gazetteer.Country c = namedCountry(qualifierText);
        if (c != null && c.iso2().equals(gazetteer.countryCode(p))) return true;
        for (int q : gazetteer.lookup(qualifierText)) {
            if (gazetteer.isDivision(q) && !gazetteer.adm1Code(q).isEmpty() && gazetteer.adm1Code(q).equals(gazetteer.adm1Code(p))
                    && gazetteer.countryCode(q).equals(gazetteer.countryCode(p)) && q != p) {
                return true;
            }
            if (gazetteer.isCountry(q) && gazetteer.countryCode(q).equals(gazetteer.countryCode(p)) && q != p) return true;
        }
        // US state abbreviations as the wire services write them ("Paris, Texas" is covered above; "Ga." below).
        return false;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }

    private Location location(Span s, Scored r) {
        int p = r.place();
        return toLocation(p, s.text(), s.start(), s.end(), s.sentence(), s.entity(), r.confidence());
    }

    /**
     * A country as a location at the given words (an actor's country when the text names no place for it).
     *
     * @param iso3 ISO 3166-1 alpha-3 code
     */
    public Optional<Location> countryLocation(String iso3, String words, int start, int end, int sentence, int entity) {
        return gazetteer.country(iso3).map(c -> gazetteer.countryPlace(c.iso2())).filter(p -> p >= 0)
                .map(p -> toLocation(p, words, start, end, sentence, entity, 1.0));
    }

    /** A gazetteer place as a location at the given words. */
    Location toLocation(int p, String words, int start, int end, int sentence, int entity, double confidence) {
        String cc = gazetteer.countryCode(p);
        Optional<Gazetteer.Country> c = cc.isEmpty() ? Optional.empty() : gazetteer.country(cc);
        String adm1 = gazetteer.adm1Code(p);
        String full;
        if (gazetteer.isCountry(p) || gazetteer.isRegion(p)) {
            full = gazetteer.name(p);
        } else {
            List<String> parts = new ArrayList<>();
            parts.add(gazetteer.name(p));
            if (!gazetteer.featureCode(p).equals("ADM1")) gazetteer.admin1Name(adm1).ifPresent(parts::add);
            c.ifPresent(x -> parts.add(x.name()));
            full = String.join(", ", parts);
        }
        Optional<String> fips = c.map(Gazetteer.Country::fips).filter(f -> !f.isEmpty());
        Optional<String> admin1 = gazetteer.isCountry(p) ? fips : Optional.of(adm1).filter(x -> !x.isEmpty());
        return new Location(words, start, end, sentence, entity, gazetteer.name(p), full, gazetteer.id(p),
                gazetteer.featureClass(p), gazetteer.featureCode(p), c.map(Gazetteer.Country::iso3), fips, admin1,
                gazetteer.lat(p), gazetteer.lon(p), Math.round(confidence * 1000) / 1000.0);
    }

    /**
     * "the Tuscan city", "the Northern town": the populated place the text named last before it, or, in "the
     * Tuscan city of Lucca", the one named right after. A country's demonym ("the Turkish capital") is left to
     * name its country.
     */
    private List<Location> anaphors(String text, Annotations a, List<Location> found) {
        List<Location> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 2 < ts.size(); i++) {
                if (!ts.get(i).text().equalsIgnoreCase("the")) continue;
                Token adj = ts.get(i + 1), noun = ts.get(i + 2);
                String n = noun.text().toLowerCase(Locale.ROOT);
                if (!(n.equals("city") || n.equals("town") || n.equals("village") || n.equals("capital"))) continue;
                if (!Character.isUpperCase(adj.text().charAt(0))) continue;
                // "the Turkish capital": the demonym is the place named; it has its own location already.
                if (demonymCountry(adj.text()) != null) continue;
                if (i + 3 < ts.size() && ts.get(i + 3).text().equals("of")) {
                    // "the Tuscan city of Lucca": the name that follows is the place; point the phrase at it.
                    Location named = null;
                    for (Location l : found) if (l.start() >= ts.get(i + 3).end() && l.start() <= ts.get(i + 3).end() + 2) named = l;
                    if (named != null) out.add(named.at(text.substring(ts.get(i).start(), noun.end()), ts.get(i).start(), noun.end(),
                            s.index(), named.entity()));
                    continue;
                }
                Location antecedent = null;
                for (Location l : found) {
                    if (l.start() < ts.get(i).start() && l.featureClass().equals("P")) antecedent = l;
                }
                if (antecedent != null) {
                    out.add(antecedent.at(text.substring(ts.get(i).start(), noun.end()), ts.get(i).start(), noun.end(), s.index(),
                            antecedent.entity()));
                }
            }
        }
        return out;
    }
}
