package org.newsgraph.code.gdelt;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Count;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.TimeExpression;

/**
 * Writes GDELT Global Knowledge Graph 2.1 rows: 27 tab-separated columns as the GKG 2.1 codebook defines
 * them, one row per article. Counts, themes ({@link Themes}), locations (the geocoded places), persons,
 * organisations, tone ({@link Tone}), dates, quotations, all names and amounts are filled; GCAM beyond the word
 * count, images and translation info are empty until those stages exist. Stateless and thread-safe.
 */
public final class GkgWriter {
    /** The codebook's column names, in order. */
    public static final List<String> COLUMNS = List.of("GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER",
            "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
            "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
            "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
            "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES",
            "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML");

    private GkgWriter() {}

    /** Writes the document's row; {@code sequence} numbers the rows of one export (GKGRECORDID's suffix). */
    public static void write(Writer out, GdeltDocument doc, int sequence) throws IOException {
        out.write(line(doc, sequence));
        out.write('\n');
    }

    /** The document's row (without the line break). */
    public static String line(GdeltDocument doc, int sequence) {
        Annotations a = doc.annotations();
        String text = doc.article().text();
        List<String> f = new ArrayList<>(27);
        f.add(Gdelt.stamp(doc.added()) + "-" + sequence);
        f.add(doc.article().published().isPresent() ? Gdelt.stamp(doc.date()) : Gdelt.stamp(doc.added()));
        f.add("1");
        f.add(Gdelt.clean(doc.sourceName()));
        f.add(Gdelt.clean(doc.identifier()));
        List<String> v1 = new ArrayList<>(), v21 = new ArrayList<>();
        for (Count c : a.counts()) {
            String block = String.join("#", c.type().name(), Gdelt.number(c.number()), Gdelt.item(c.object()).replace('#', ' '),
                    "0", "", "", "", "", "", "");
            v1.add(block);
            v21.add(block + "#" + c.start());
        }
        f.add(String.join(";", v1));
        f.add(String.join(";", v21));
        List<Themes.Found> themes = Themes.find(text);
        Set<String> names = new LinkedHashSet<>();
        List<String> enhanced = new ArrayList<>();
        for (Themes.Found t : themes) {
            names.add(t.theme());
            enhanced.add(t.theme() + "," + t.offset());
        }
        f.add(names.isEmpty() ? "" : String.join(";", names) + ";");
        f.add(String.join(";", enhanced));
        // Locations: V1 each place once (Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID), V2 every
        // mention with ADM2Code and its character offset.
        Set<String> v1Locations = new LinkedHashSet<>();
        List<String> v2Locations = new ArrayList<>();
        for (org.newsgraph.model.Location l : a.locations()) {
            List<String> g = Gdelt.geo(java.util.Optional.of(l));
            if (g.get(0).equals("0")) continue;
            v1Locations.add(String.join("#", g.get(0), g.get(1), g.get(2), g.get(3), g.get(5), g.get(6), g.get(7)));
            v2Locations.add(String.join("#", g) + "#" + l.start());
        }
        f.add(String.join(";", v1Locations));
        f.add(String.join(";", v2Locations));
        List<Entity> entities = a.entities();
        f.add(names(a, entities, EntityType.PERSON, false));
        f.add(names(a, entities, EntityType.PERSON, true));
        f.add(names(a, entities, EntityType.ORGANIZATION, false));
        f.add(names(a, entities, EntityType.ORGANIZATION, true));
        Tone tone = Tone.of(text);
        f.add(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d", tone.tone(), tone.positive(), tone.negative(),
                tone.polarity(), tone.activity(), tone.selfGroup(), tone.words()));
        List<String> dates = new ArrayList<>();
        for (TimeExpression t : a.dates()) {
            String v = t.value();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                dates.add(String.join("#", "3", v.substring(5, 7), v.substring(8, 10), v.substring(0, 4), Integer.toString(t.start())));
            } else if (v.matches("\\d{4}-\\d{2}")) {
                dates.add(String.join("#", "2", v.substring(5, 7), "0", v.substring(0, 4), Integer.toString(t.start())));
            } else if (v.matches("\\d{4}")) {
                dates.add(String.join("#", "1", "0", "0", v, Integer.toString(t.start())));
            } else if (v.matches("XXXX-\\d{2}-\\d{2}")) {
                dates.add(String.join("#", "4", v.substring(5, 7), v.substring(8, 10), "0", Integer.toString(t.start())));
            }
        }
        f.add(String.join(";", dates));
        f.add("wc:" + tone.words());
        for (int k = 0; k < 4; k++) f.add("");
        List<String> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.kind() == QuoteKind.INDIRECT) continue;
            String verb = q.verb().map(Gdelt::item).orElse("");
            quotes.add(q.start() + "|" + (q.end() - q.start()) + "|" + verb + "|" + Gdelt.clean(q.text()).replaceAll("[#|]", " "));
        }
        f.add(String.join("#", quotes));
        List<String> all = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.entity() < 0 || m.type() == EntityType.NATIONALITY || m.type() == EntityType.TITLE) continue;
            all.add(Gdelt.item(m.text()) + "," + m.start());
        }
        f.add(String.join(";", all));
        List<String> amounts = new ArrayList<>();
        for (Amount m : a.amounts()) amounts.add(Gdelt.number(m.value()) + "," + Gdelt.item(m.object()) + "," + m.start());
        f.add(String.join(";", amounts));
        f.add("");
        f.add(doc.article().title().map(t -> "<PAGE_TITLE>" + xml(Gdelt.clean(t)) + "</PAGE_TITLE>").orElse(""));
        return String.join("\t", f);
    }

    /** Persons or organisations: V1 lists each name once (lower case, as GKG 1.0 did), V2 each mention with its offset. */
    private static String names(Annotations a, List<Entity> entities, EntityType type, boolean enhanced) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : a.mentions()) {
            if (m.entity() < 0 || m.entity() >= entities.size() || entities.get(m.entity()).type() != type) continue;
            if (enhanced) {
                out.add(Gdelt.item(m.text()) + "," + m.start());
            } else if (seen.add(entities.get(m.entity()).name().toLowerCase(Locale.ROOT))) {
                out.add(Gdelt.item(entities.get(m.entity()).name()).toLowerCase(Locale.ROOT));
            }
        }
        return String.join(";", out);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
