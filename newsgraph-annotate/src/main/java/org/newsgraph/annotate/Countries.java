package org.newsgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries with their ISO 3166-1 alpha-3 codes, other names, nationality adjectives and best-known places,
 * from the {@code countries.tsv} table this project ships. Immutable and thread-safe; load once and share.
 */
public final class Countries {
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDemonym = new HashMap<>();
    private final Map<String, String> byPlace = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    private Countries() {}

    /** Loads the bundled table. */
    public static Countries load() {
        Countries c = new Countries();
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) throw new IllegalStateException("countries.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 5) throw new IllegalStateException("countries.tsv:" + n + ": expected 5 columns");
                String code = f[0];
                c.names.put(code, f[1]);
                c.byName.put(key(f[1]), code);
                for (String a : f[2].split("\\|")) if (!a.isEmpty()) c.byName.put(key(a), code);
                for (String d : f[3].split("\\|")) if (!d.isEmpty()) c.byDemonym.put(key(d), code);
                for (String p : f[4].split("\\|")) if (!p.isEmpty()) c.byPlace.put(key(p), code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Any of the above, names first. */
    public Optional<String> lookup(String text) {
        return byName(text).or(() -> byDemonym(text)).or(() -> byPlace(text));
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
