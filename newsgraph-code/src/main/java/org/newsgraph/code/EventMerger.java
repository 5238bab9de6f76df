package org.newsgraph.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * Turns coded acts into events: one row per source and target (compound actors give one event per actor,
 * as PETRARCH codes them; a reverse code gives the event the other way round), then one event per code and
 * pair of actor codes, with every mention that tells of it. An event's modality is that of its most factual
 * mention (asserted, then reported, future, hypothetical, negated, denied); each mention keeps its own.
 * Stateless.
 */
final class EventMerger {
    private EventMerger() {}

    /** One event row before merging. */
    private record Row(String code, EventActor source, EventActor target, EventMention mention) {}

    /** Most factual first. */
    private static final List<Modality> FACTUALITY = List.of(Modality.ASSERTED, Modality.REPORTED, Modality.FUTURE,
            Modality.HYPOTHETICAL, Modality.NEGATED, Modality.DENIED);

    static List<Event> merge(List<Coded> coded, CameoCodes codes) {
        List<Row> rows = new ArrayList<>();
        for (Coded c : coded) {
            if (!c.code().isEmpty()) rows(c.code(), c.sources(), c.targets(), c.mention(), rows);
            if (!c.reverse().isEmpty() && !c.sources().isEmpty() && !c.targets().isEmpty()) {
                rows(c.reverse(), c.targets(), c.sources(), c.mention(), rows);
            }
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.code() + '|' + (r.source() == null ? "" : r.source().code()) + '|' + (r.target() == null ? "" : r.target().code());
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        List<Event> out = new ArrayList<>();
        for (List<Row> g : groups.values()) {
            Row first = g.get(0);
            CameoCodes.Code c = codes.get(first.code()).orElseThrow(() -> new IllegalStateException("unknown code " + first.code()));
            Set<EventMention> mentions = new LinkedHashSet<>();
            Modality modality = Modality.DENIED;
            for (Row r : g) {
                mentions.add(r.mention());
                if (FACTUALITY.indexOf(r.mention().modality()) < FACTUALITY.indexOf(modality)) modality = r.mention().modality();
            }
            out.add(new Event(out.size(), c.code(), c.label(), c.goldstein(), c.quadClass(), c.plover(),
                    Optional.ofNullable(first.source()), Optional.ofNullable(first.target()), modality, new ArrayList<>(mentions)));
        }
        return out;
    }

    private static void rows(String code, List<EventActor> sources, List<EventActor> targets, EventMention mention, List<Row> out) {
        List<EventActor> src = sources.isEmpty() ? Collections.singletonList(null) : sources;
        List<EventActor> tgt = targets.isEmpty() ? Collections.singletonList(null) : targets;
        for (EventActor a : src) {
            for (EventActor b : tgt) {
                if (a != null && b != null && a.code().equals(b.code()) && a.entity() == b.entity()) continue;
                out.add(new Row(code, a, b, mention));
            }
        }
    }
}
