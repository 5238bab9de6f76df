package org.newsgraph.code.gdelt;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Writes GDELT 2.0 Event table rows: 61 tab-separated columns exactly as the GDELT Event Codebook V2.0
 * defines them, one row per event, codes as strings. Actor1Geo, Actor2Geo and ActionGeo come from the actors'
 * and the event's places ({@code org.newsgraph.code.geo.EventPlaces}), with FIPS 10-4 country and ADM1 codes
 * ({@link Gdelt#geo}); type 0 and empty where there is no place. Stateless and thread-safe.
 */
public final class GdeltEventsWriter {
    /** The codebook's column names, in order. */
    public static final List<String> COLUMNS = columns();

    private GdeltEventsWriter() {}

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) c.add(a + f);
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) c.add(g + f);
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /** Writes the document's events in scope, one line each. */
    public static void write(Writer out, GdeltDocument doc, Gdelt.Scope scope) throws IOException {
        Tone tone = Tone.of(doc.article().text());
        for (Event e : doc.annotations().events()) {
            if (!scope.includes(e)) continue;
            out.write(line(doc, e, tone));
            out.write('\n');
        }
    }

    /** One event's row (without the line break). */
    public static String line(GdeltDocument doc, Event e, Tone tone) {
        List<String> f = new ArrayList<>(61);
        var date = doc.date();
        f.add(Long.toString(Gdelt.globalEventId(doc.article().id(), e.id())));
        f.add(Gdelt.DAY.format(date));
        f.add(String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
        f.add(String.format(Locale.ROOT, "%04d", date.getYear()));
        f.add(String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
        actor(f, e.source());
        actor(f, e.target());
        f.add(e.first().sentence() == 0 ? "1" : "0");
        f.add(e.code());
        f.add(e.baseCode());
        f.add(e.rootCode());
        f.add(Integer.toString(e.quadClass()));
        f.add(Gdelt.number(e.goldstein()));
        f.add(Integer.toString(e.mentions().size()));
        f.add("1");
        f.add("1");
        f.add(String.format(Locale.ROOT, "%.4f", tone.tone()));
        f.addAll(Gdelt.geo(e.source().flatMap(a -> a.place())));
        f.addAll(Gdelt.geo(e.target().flatMap(a -> a.place())));
        f.addAll(Gdelt.geo(e.place()));
        f.add(Gdelt.stamp(doc.added()));
        f.add(Gdelt.clean(doc.identifier()));
        return String.join("\t", f);
    }

    private static void actor(List<String> f, Optional<EventActor> actor) {
        if (actor.isEmpty()) {
            for (int k = 0; k < 10; k++) f.add("");
            return;
        }
        EventActor a = actor.get();
        String code = a.code();
        f.add(Gdelt.clean(code));
        f.add(Gdelt.clean(a.name()).toUpperCase(Locale.ROOT));
        f.add(a.country().orElse(""));
        String prefix = code.length() >= 3 ? code.substring(0, 3) : "";
        boolean group = prefix.equals("IGO") || prefix.equals("NGO") || prefix.equals("IMG");
        f.add(group && code.length() >= 6 ? code.substring(3, 6) : "");
        f.add("");
        f.add("");
        f.add("");
        // Type codes: the role codes after the country (or the group prefix), three letters each.
        List<String> types = new ArrayList<>();
        if (group) types.add(prefix);
        for (int i = group ? 6 : 3; i + 3 <= code.length() && types.size() < 3; i += 3) {
            String t = code.substring(i, i + 3);
            if (!t.equals("---")) types.add(t);
        }
        for (int k = 0; k < 3; k++) f.add(k < types.size() ? types.get(k) : "");
    }
}
