package org.newsgraph.code.geo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.geo.Geocoder;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Count;
import org.newsgraph.model.Dependencies;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Location;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The code stage's last step: gives each coded event the place where it happened and its actors their places,
 * from the geocoded locations of the annotate stage.
 *
 * <p>The action place is, in this order: a place the event's sentence attaches with a locative preposition
 * ("in", "at", "near", ...; "to" for travel and visits), the nearest to the action in the parse, the most
 * specific on a tie ("meeting in Italy"; "in the town of Khan Sheikhoun"); else the place of a count in the
 * same sentence ("killed 87 people", whose place the annotate stage found); else the place attached to a noun
 * naming the same kind of event elsewhere in the article ("the two-day gathering in the Tuscan city of Lucca"
 * for a meeting, "the April 4 attack in the town of Khan Sheikhoun" for an attack), the most specific; else the
 * article's main place (where the article sets things: of the places named after a locative preposition, towns and
 * divisions first, then the most often named; else the place it names most often). Places that name
 * an actor ("foreign ministers from Turkey"), demonyms and topics ("to discuss Syria") are not action places,
 * except the host a visit or meeting goes to ("travel to Moscow").
 *
 * <p>An actor's place is the place that names it or its words ("Moscow", "Syrian President"), else the place of
 * its entity, else its country.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventPlaces {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout",
            "around", "within", "into");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "region",
            "state", "district", "county", "area", "port", "suburb", "country");
    /** Nouns that name an event of a CAMEO root (the meeting a consultation is, the attack an assault is). */
    private static final Map<String, Set<String>> EVENT_NOUNS = Map.of(
            "04", Set.of("meeting", "gathering", "talks", "summit", "conference", "visit", "meet", "session", "negotiations"),
            "14", Set.of("protest", "demonstration", "rally", "march", "strike", "sit-in"),
            "18", Set.of("attack", "assault", "bombing", "strike", "raid", "ambush", "explosion", "blast"),
            "19", Set.of("attack", "offensive", "fighting", "clashes", "battle", "shelling", "airstrike", "strike", "bombardment"),
            "20", Set.of("attack", "massacre", "bombing", "strike"));

    private final Geocoder geocoder;

    public EventPlaces(Geocoder geocoder) {
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    }

    /** The events with their places; events and locations are the annotate and code stages' results for {@code text}. */
    public List<Event> place(String text, Annotations a, List<Event> events) {
        if (events.isEmpty()) return events;
        Optional<Location> main = mainPlace(a);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Optional<Location> where = actionPlace(a, e);
            if (where.isEmpty()) where = main;
            out.add(e.withPlaces(where, e.source().map(s -> actor(a, s)), e.target().map(t -> actor(a, t))));
        }
        return out;
    }

    private Optional<Location> actionPlace(Annotations a, Event e) {
        for (EventMention m : e.mentions()) {
            Optional<Location> l = attached(a, m.sentence(), m.actionStart(), e, e.rootCode().equals("04"));
            if (l.isPresent()) return l;
        }
        for (EventMention m : e.mentions()) {
            for (Count c : a.counts()) {
                if (c.sentence() != m.sentence() || c.placeEntity() < 0) continue;
                for (Location l : a.locations()) {
                    if (l.entity() == c.placeEntity()) return Optional.of(l);
                }
            }
        }
        Set<String> nouns = EVENT_NOUNS.get(e.rootCode());
        if (nouns != null) {
            Location best = null;
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (!nouns.contains(t.lemma().toLowerCase(Locale.ROOT)) && !nouns.contains(t.text().toLowerCase(Locale.ROOT))) continue;
                    Optional<Location> l = attached(a, s.index(), t.start(), null, false);
                    if (l.isPresent() && (best == null || rank(l.get()) > rank(best))) best = l.get();
                }
            }
            if (best != null) return Optional.of(best);
        }
        return Optional.empty();
    }

    /**
     * The place the sentence attaches with a locative preposition, nearest in the parse to the token at
     * {@code anchor}; places inside the event's actors' words are not candidates.
     */
    private Optional<Location> attached(Annotations a, int sentence, int anchor, Event e, boolean toCounts) {
        if (sentence < 0 || sentence >= a.sentences().size()) return Optional.empty();
        Sentence s = a.sentences().get(sentence);
        List<Token> ts = s.tokens();
        int[][] children = Dependencies.children(ts);
        int anchorToken = tokenAt(ts, anchor);
        if (anchorToken < 0) return Optional.empty();
        int[] distance = distances(ts, children, anchorToken);
        Location best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Location l : a.locations()) {
            if (l.sentence() != sentence || l.isRegion()) continue;
            // A place naming an actor is no action place ("ministers from Turkey"), but the host a visit goes to
            // is where it happens ("travel to Moscow").
            if (e != null && (inside(l, e.source()) || (inside(l, e.target()) && !toCounts))) continue;
            int head = headToken(ts, l);
            if (head < 0 || ts.get(head).pos().startsWith("JJ")) continue; // "Syrian": a demonym, not a place of action
            if (!locative(ts, children, head, toCounts)) continue;
            int d = distance[head];
            if (d < bestDistance || (d == bestDistance && best != null && rank(l) > rank(best))) {
                best = l;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a place token is governed by a locative preposition, directly or through "the town of". */
    private static boolean locative(List<Token> ts, int[][] children, int head, boolean toCounts) {
        int at = head;
        for (int hops = 0; hops < 3 && at >= 0; hops++) {
            String kase = null;
            for (int c : children[at]) {
                if (ts.get(c).relation().equals("case")) kase = ts.get(c).text().toLowerCase(Locale.ROOT);
            }
            if (kase != null && (LOCATIVE.contains(kase) || (toCounts && kase.equals("to")))) return true;
            // "the Tuscan city of Lucca", "the town of Khan Sheikhoun": go up to the place noun.
            int up = ts.get(at).head();
            if (up < 0) return false;
            boolean placeNoun = PLACE_NOUNS.contains(ts.get(up).lemma().toLowerCase(Locale.ROOT));
            boolean appos = ts.get(at).relation().startsWith("appos") || ts.get(at).relation().startsWith("compound");
            if (!(placeNoun && ("of".equals(kase) || kase == null)) && !appos) return false;
            at = up;
        }
        return false;
    }

    private static int[] distances(List<Token> ts, int[][] children, int from) {
        int[] d = new int[ts.size()];
        java.util.Arrays.fill(d, Integer.MAX_VALUE);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        d[from] = 0;
        q.add(from);
        while (!q.isEmpty()) {
            int x = q.poll();
            List<Integer> next = new ArrayList<>();
            if (ts.get(x).head() >= 0 && ts.get(x).head() < ts.size()) next.add(ts.get(x).head());
            for (int c : children[x]) next.add(c);
            for (int y : next) {
                if (d[y] == Integer.MAX_VALUE) {
                    d[y] = d[x] + 1;
                    q.add(y);
                }
            }
        }
        return d;
    }

    private static int tokenAt(List<Token> ts, int offset) {
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() <= offset && offset < Math.max(ts.get(i).end(), ts.get(i).start() + 1)) return i;
        }
        return -1;
    }

    /** The place's head token: its last token (the head of a proper-noun phrase in these parses). */
    private static int headToken(List<Token> ts, Location l) {
        int head = -1;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() >= l.start() && ts.get(i).end() <= l.end()) head = i;
        }
        return head;
    }

    private static boolean inside(Location l, Optional<EventActor> actor) {
        return actor.isPresent() && l.start() >= actor.get().start() && l.end() <= actor.get().end();
    }

    /** How specific a place is: towns before divisions before countries. */
    private static int rank(Location l) {
        if (l.featureClass().equals("P")) return 3;
        if (l.isCountry()) return 1;
        if (l.isRegion()) return 0;
        return 2;
    }

    /**
     * The article's main place: of the places it sets something in (named after a locative preposition), towns
     * and divisions before countries, then the most often so named, then the first; when it sets nothing
     * anywhere, the place it names most often, towns and divisions first.
     */
    static Optional<Location> mainPlace(Annotations a) {
        List<Location> settings = new ArrayList<>();
        for (Location l : a.locations()) {
            if (l.isRegion() || l.sentence() < 0 || l.sentence() >= a.sentences().size()) continue;
            List<Token> ts = a.sentences().get(l.sentence()).tokens();
            int head = headToken(ts, l);
            if (head >= 0 && !ts.get(head).pos().startsWith("JJ") && locative(ts, Dependencies.children(ts), head, false)) settings.add(l);
        }
        Optional<Location> set = mostNamed(settings);
        return set.isPresent() ? set : mostNamed(a.locations());
    }

    private static Optional<Location> mostNamed(List<Location> locations) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Location> first = new HashMap<>();
        for (Location l : locations) {
            if (l.isRegion()) continue;
            String k = l.name() + "|" + l.lat() + "|" + l.lon();
            counts.merge(k, 1, Integer::sum);
            first.putIfAbsent(k, l);
        }
        return first.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Location>>comparingInt(x -> rank(x.getValue()) >= 2 ? 1 : 0)
                        .thenComparingInt(x -> counts.get(x.getKey()))
                        .thenComparingInt(x -> -x.getValue().start()))
                .map(Map.Entry::getValue);
    }

    private EventActor actor(Annotations a, EventActor actor) {
        Location named = null;
        for (Location l : a.locations()) {
            if (l.start() >= actor.start() && l.end() <= actor.end() && !l.isRegion()) {
                if (named == null || rank(l) > rank(named)) named = l;
            }
        }
        if (named == null && actor.entity() >= 0) {
            for (Location l : a.locations()) {
                if (l.entity() == actor.entity()) {
                    named = l;
                    break;
                }
            }
        }
        if (named != null) return actor.withPlace(Optional.of(named));
        if (actor.country().isPresent() && actor.country().get().length() == 3) {
            int sentence = -1;
            for (Sentence s : a.sentences()) if (s.start() <= actor.start() && actor.start() < s.end()) sentence = s.index();
            return actor.withPlace(geocoder.countryLocation(actor.country().get(), actor.name(), actor.start(), actor.end(),
                    Math.max(0, sentence), actor.entity()));
        }
        return actor;
    }
}
