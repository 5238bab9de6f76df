package org.newsgraph.annotate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.data.Tsv;

/**
 * Countries with their ISO 3166-1 alpha-3 codes, other names, nationality adjectives and best-known places,
 * from the {@code countries.tsv} table this project ships. Immutable and thread-safe; load once and share.
 */
public final class Countries {
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDemonym = new HashMap<>();
    private final Map<String, String> byPlace = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();

    private Countries() {}

    /**
     * Loads the bundled table. A name, demonym or place given to two countries is an error naming the line (an
     * ambiguous word is listed under the country news most often means by it, or under none).
     */
    public static Countries load() {
        Countries c = new Countries();
        for (Tsv.Row r : Tsv.resource(Countries.class, "countries.tsv", 5, 5, false)) {
            String code = r.required(0, "code");
            if (!code.matches("[A-Z]{3}")) throw r.error(0, "'" + code + "' is not an ISO 3166 alpha-3 code");
            Tsv.putUnique(c.names, code, r.required(1, "name"), r);
            Tsv.putUnique(c.byName, key(r.get(1)), code, r);
            for (String a : r.get(2).split("\\|")) if (!a.isEmpty()) Tsv.putUnique(c.byName, key(a), code, r);
            for (String d : r.get(3).split("\\|")) if (!d.isEmpty()) Tsv.putUnique(c.byDemonym, key(d), code, r);
            boolean first = true;
            for (String pl : r.get(4).split("\\|")) {
                if (pl.isEmpty()) continue;
                Tsv.putUnique(c.byPlace, key(pl), code, r);
                if (first) c.capitals.put(key(pl), code);
                first = false;
            }
        }
        return c;
    }

    /** The code of a country name ("Britain", "the US", "United States"). */
    public Optional<String> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The code of a nationality adjective or demonym ("Syrian", "Britons"). */
    public Optional<String> byDemonym(String word) {
        return Optional.ofNullable(byDemonym.get(key(word)));
    }

    /** The country of a well-known city or seat of government ("Moscow", "White House"). */
    public Optional<String> byPlace(String place) {
        return Optional.ofNullable(byPlace.get(key(place)));
    }

    /**
     * The country whose capital (or seat of government) this is: the first place the table lists for a country
     * ("Beirut", "Washington"), which news uses for its government ("Beirut rejected the appeal").
     */
    public Optional<String> capitalOf(String place) {
        return Optional.ofNullable(capitals.get(key(place)));
    }

    /** Any of the above, names first. */
    public Optional<String> lookup(String text) {
        return byName(text).or(() -> byDemonym(text)).or(() -> byPlace(text));
    }

    /** Every country code in the table. */
    public java.util.Set<String> codes() {
        return java.util.Set.copyOf(names.keySet());
    }

    /** The English short name of a code. */
    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    private static String key(String s) {
        String k = s.strip();
        if (k.regionMatches(true, 0, "the ", 0, 4)) k = k.substring(4);
        // "US" and "us" differ; everything else is case-insensitive.
        if (k.length() <= 3 && k.equals(k.toUpperCase(Locale.ROOT))) return k;
        return k.toLowerCase(Locale.ROOT);
    }
}
