package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Plover;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;

/**
 * A test annotator that builds {@link Annotations} by hand, the way the real annotate stage will fill them:
 * every "Rex Tillerson" / "Tillerson" is a mention of one PERSON entity (USA, Secretary of State), every
 * "Russia" a COUNTRY, the first quoted passage a direct quote spoken by Tillerson, "Monday" a date. Events: when
 * Russia is named, "said" is a CAMEO 010 statement by Tillerson (else by Russia), asserted, one event with a
 * mention for each of the first two "said"; "travel" with both named is a future 042 visit of Tillerson
 * (USAGOV) to Russia.
 */
public final class HandAnnotator implements Annotator {
    @Override
    public Annotations annotate(Article article) {
        String t = article.text();
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        int tillerson = find(t, List.of("Rex Tillerson", "Tillerson"), 0, mentions, EntityType.PERSON);
        if (tillerson > 0) {
            entities.add(new Entity(0, "Rex Tillerson", EntityType.PERSON, List.of("Tillerson"),
                    List.of(new Role("Secretary of State", Optional.of("USA"), -1)), Optional.of("USA"), tillerson));
        }
        int russia = find(t, List.of("Russia"), entities.size(), mentions, EntityType.COUNTRY);
        if (russia > 0) entities.add(new Entity(entities.size(), "Russia", EntityType.COUNTRY, List.of(), List.of(), Optional.of("RUS"), russia));
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Quote> quotes = new ArrayList<>();
        int open = t.indexOf('"'), close = open < 0 ? -1 : t.indexOf('"', open + 1);
        if (open < 0) {
            open = t.indexOf('\u201c');
            close = open < 0 ? -1 : t.indexOf('\u201d', open + 1);
        }
        if (open >= 0 && close > open + 1 && tillerson > 0) {
            quotes.add(new Quote(t.substring(open + 1, close), QuoteKind.DIRECT, open + 1, close, 0, 0, Optional.of("Tillerson"), -1, -1,
                    Optional.of("said"), -1));
        }
        List<TimeExpression> dates = new ArrayList<>();
        int monday = t.indexOf("Monday");
        if (monday >= 0) dates.add(new TimeExpression("Monday", TimexType.DATE, "2017-04-10", monday, monday + 6, 0));
        List<Event> events = events(t, entities, tillerson > 0);
        // The places the events carry are the article's located places too.
        List<org.newsgraph.model.Location> locations = events.stream().flatMap(e -> e.place().stream()).toList();
        return new Annotations(List.of(), mentions, entities, quotes, dates, List.of(), List.of(), events, List.of(), locations);
    }

    private static List<Event> events(String t, List<Entity> entities, boolean hasTillerson) {
        Optional<Entity> russia = entities.stream().filter(e -> e.name().equals("Russia")).findFirst();
        if (russia.isEmpty()) return List.of();
        List<Event> events = new ArrayList<>();
        EventActor rus = actor(t, "RUS", Optional.empty(), "Russia", russia.get().id());
        EventActor tillerson = hasTillerson ? actor(t, "USAGOV", Optional.of("GOV"), "Rex Tillerson", 0) : null;
        List<EventMention> said = new ArrayList<>();
        for (int i = t.indexOf(" said"); i >= 0 && said.size() < 2; i = t.indexOf(" said", i + 1)) {
            said.add(new EventMention(0, i + 1, i + 5, "said", said.isEmpty() ? Modality.ASSERTED : Modality.REPORTED, -1,
                    said.isEmpty() ? Optional.empty() : Optional.of("officials"), -1));
        }
        if (!said.isEmpty()) {
            events.add(new Event(events.size(), "010", "Make statement, not specified below", 0, 1, Optional.empty(),
                    Optional.of(hasTillerson ? tillerson : rus), Optional.empty(), Modality.ASSERTED, said));
        }
        int travel = t.indexOf("travel");
        if (travel >= 0 && hasTillerson) {
            // The visit's place: Moscow, where the text says Tillerson travels.
            int moscow = Math.max(0, t.indexOf("Moscow", travel));
            org.newsgraph.model.Location place = new org.newsgraph.model.Location("Moscow", moscow, moscow + 6, 0, -1, "Moscow",
                    "Moscow, Moskva, Russia", 524901, "P", "PPLC", Optional.of("RUS"), Optional.of("RS"), Optional.of("RS48"), 55.7522, 37.6156, 0.9);
            events.add(new Event(events.size(), "042", "Make a visit", 1.9, 1, Optional.of(new Plover("CONSULT", Optional.of("visit"), Optional.empty())),
                    Optional.of(tillerson), Optional.of(rus), Modality.FUTURE,
                    List.of(new EventMention(0, travel, travel + 6, "travel", Modality.FUTURE, -1, Optional.empty(), -1)), Optional.of(place)));
        }
        return events;
    }

    private static EventActor actor(String t, String code, Optional<String> role, String name, int entity) {
        String word = name.equals("Rex Tillerson") ? "Tillerson" : name;
        int at = Math.max(0, t.indexOf(word));
        return new EventActor(code, Optional.of(code.substring(0, 3)), role, name, entity, at, at + word.length());
    }

    /** Adds non-overlapping mentions of the names (longest first) for entity {@code id}; returns how many. */
    private static int find(String t, List<String> names, int id, List<Mention> out, EntityType type) {
        int n = 0;
        for (String name : names) {
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                final int at = i;
                if (out.stream().anyMatch(m -> at < m.end() && at + name.length() > m.start())) continue;
                out.add(new Mention(name, type, i, i + name.length(), 0, id));
                n++;
            }
        }
        return n;
    }
}
