package org.newsgraph.annotate.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The places the geocoder knows: GeoNames' populated places of 500 people or more, Natural Earth's
 * first-level divisions, the world's countries and their regions, from the resources that
 * {@code scripts/make-gazetteer.py} builds ({@code places.tsv.gz}, {@code countries.tsv}; sources and
 * licences in NOTICE). Places are numbered; a name (any of a place's names, folded by {@link #key}) gives the
 * numbers of the places it may mean.
 *
 * <p>Immutable and thread-safe once loaded; load it once (about half a second, some 150 MB of heap) and share.
 */
public final class Gazetteer {
    /** Feature class of continents and regions of several countries (GeoNames uses {@code L} for areas). */
    static final String REGION_CLASS = "L";

    private final int size;
    private final long[] ids;
    private final String[] names;
    private final String[] classes;
    private final String[] codes;
    private final String[] countries; // ISO alpha-2
    private final String[] admin1;    // GeoNames admin1 code
    private final String[] adm1Fips;  // GDELT ADM1 code
    private final float[] lats;
    private final float[] lons;
    private final int[] populations;
    private final Map<String, int[]> byName;
    private final Map<String, Country> countriesByIso2 = new LinkedHashMap<>();
    private final Map<String, Country> countriesByIso3 = new HashMap<>();
    private final Map<String, Country> countriesByName = new HashMap<>();
    private final Map<String, Country> countriesByDemonym = new HashMap<>();
    private final Map<String, Integer> countryPlace = new HashMap<>(); // ISO alpha-2 -> place number
    private final Map<String, String> admin1Names = new HashMap<>();   // "IT16" -> "Toscana"

    /**
     * A country.
     *
     * @param iso2 ISO 3166-1 alpha-2
     * @param iso3 ISO 3166-1 alpha-3
     * @param fips FIPS 10-4 code, empty when unknown
     * @param name common English name
     * @param lat  reference point (as GeoNames and most references give it)
     * @param lon  reference point
     * @param region    continent-level region ("Asia")
     * @param subregion region ("Western Asia")
     */
    public record Country(String iso2, String iso3, String fips, String name, double lat, double lon, String region,
            String subregion) {}

    private Gazetteer(int capacity) {
        ids = new long[capacity];
        names = new String[capacity];
        classes = new String[capacity];
        codes = new String[capacity];
        countries = new String[capacity];
        admin1 = new String[capacity];
        adm1Fips = new String[capacity];
        lats = new float[capacity];
        lons = new float[capacity];
        populations = new int[capacity];
        byName = new HashMap<>(capacity * 3);
        size = 0;
    }

    private Gazetteer(Gazetteer b, int size) {
        this.size = size;
        this.ids = Arrays.copyOf(b.ids, size);
        this.names = Arrays.copyOf(b.names, size);
        this.classes = Arrays.copyOf(b.classes, size);
        this.codes = Arrays.copyOf(b.codes, size);
        this.countries = Arrays.copyOf(b.countries, size);
        this.admin1 = Arrays.copyOf(b.admin1, size);
        this.adm1Fips = Arrays.copyOf(b.adm1Fips, size);
        this.lats = Arrays.copyOf(b.lats, size);
        this.lons = Arrays.copyOf(b.lons, size);
        this.populations = Arrays.copyOf(b.populations, size);
        this.byName = b.byName;
        this.countriesByIso2.putAll(b.countriesByIso2);
        this.countriesByIso3.putAll(b.countriesByIso3);
        this.countriesByName.putAll(b.countriesByName);
        this.countriesByDemonym.putAll(b.countriesByDemonym);
        this.countryPlace.putAll(b.countryPlace);
        this.admin1Names.putAll(b.admin1Names);
    }

    /** Loads the shipped gazetteer. */
    public static Gazetteer load() {
        Gazetteer b = new Gazetteer(210_000);
        int n = 0;
        Map<String, String> interned = new HashMap<>();
        try (InputStream raw = resource("countries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            Map<String, List<Country>> regions = new LinkedHashMap<>();
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 10) throw new IllegalStateException("countries.tsv:" + no + ": expected 10 columns");
                Country c = new Country(f[0], f[1], f[2], f[3], Double.parseDouble(f[6]), Double.parseDouble(f[7]), f[8], f[9]);
                b.countriesByIso2.put(c.iso2(), c);
                b.countriesByIso3.put(c.iso3(), c);
                n = b.add(n, 0, c.name(), "A", "PCLI", c.iso2(), "", c.fips(), c.lat(), c.lon(), 0, interned);
                b.countryPlace.put(c.iso2(), n - 1);
                b.countriesByName.put(key(c.name()), c);
                for (String a : f[4].split("\\|")) {
                    if (!a.isEmpty()) {
                        b.countriesByName.putIfAbsent(a, c);
                        b.index(a, n - 1);
                    }
                }
                for (String d : f[5].split("\\|")) if (!d.isEmpty()) b.countriesByDemonym.putIfAbsent(d, c);
                if (!c.region().isEmpty()) regions.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
                if (!c.subregion().isEmpty()) regions.computeIfAbsent(c.subregion(), k -> new ArrayList<>()).add(c);
            }
            // Continents and regions: the mean of their countries' reference points.
            for (Map.Entry<String, List<Country>> e : regions.entrySet()) {
                double lat = 0, lon = 0;
                for (Country c : e.getValue()) {
                    lat += c.lat();
                    lon += c.lon();
                }
                boolean continent = e.getValue().size() > 20;
                n = b.add(n, 0, e.getKey(), REGION_CLASS, continent ? "CONT" : "RGN", "", "", "",
                        lat / e.getValue().size(), lon / e.getValue().size(), 0, interned);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading countries.tsv", e);
        }
        try (InputStream raw = new GZIPInputStream(resource("places.tsv.gz"), 1 << 16);
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int no = 0;
            String[] f = new String[11];
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#")) continue;
                int at = 0;
                for (int k = 0; k < 11; k++) {
                    int tab = k == 10 ? line.length() : line.indexOf('\t', at);
                    if (tab < 0) throw new IllegalStateException("places.tsv.gz:" + no + ": expected 11 columns");
                    f[k] = line.substring(at, tab);
                    at = tab + 1;
                }
                if (n == b.ids.length) throw new IllegalStateException("places.tsv.gz: more places than expected");
                n = b.add(n, Long.parseLong(f[0]), f[1], f[3], f[4], f[5], f[6], f[7], decimal(f[8]), decimal(f[9]),
                        Integer.parseInt(f[10]), interned, false);
                int place = n - 1;
                if (!f[2].isEmpty()) {
                    int from = 0;
                    while (from <= f[2].length()) {
                        int bar = f[2].indexOf('|', from);
                        if (bar < 0) bar = f[2].length();
                        // Names are stored as keys already (the converter folds them as key() does), the place's own first.
                        b.index(f[2].substring(from, bar), place);
                        from = bar + 1;
                    }
                }
                if (f[4].equals("ADM1") && !f[7].isEmpty()) b.admin1Names.putIfAbsent(f[7], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading places.tsv.gz", e);
        }
        return new Gazetteer(b, n);
    }

    /** A decimal number as the converter writes it ("-12.3456"): faster than Double.parseDouble, and as exact. */
    private static double decimal(String s) {
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) i++;
        long whole = 0, frac = 0, scale = 1;
        for (; i < s.length() && s.charAt(i) != '.'; i++) whole = whole * 10 + (s.charAt(i) - '0');
        for (i++; i < s.length(); i++) {
            frac = frac * 10 + (s.charAt(i) - '0');
            scale *= 10;
        }
        double v = whole + (double) frac / scale;
        return negative ? -v : v;
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " missing from the classpath (org/newsgraph/annotate/geo)");
        return in;
    }

    private int add(int n, long id, String name, String fclass, String fcode, String cc, String a1, String fips,
            double lat, double lon, int pop, Map<String, String> interned) {
        return add(n, id, name, fclass, fcode, cc, a1, fips, lat, lon, pop, interned, true);
    }

    private int add(int n, long id, String name, String fclass, String fcode, String cc, String a1, String fips,
            double lat, double lon, int pop, Map<String, String> interned, boolean indexName) {
        ids[n] = id;
        names[n] = name;
        classes[n] = interned.computeIfAbsent(fclass, k -> k);
        codes[n] = interned.computeIfAbsent(fcode, k -> k);
        countries[n] = interned.computeIfAbsent(cc, k -> k);
        admin1[n] = interned.computeIfAbsent(a1, k -> k);
        adm1Fips[n] = interned.computeIfAbsent(fips, k -> k);
        lats[n] = (float) lat;
        lons[n] = (float) lon;
        populations[n] = pop;
        if (indexName) index(key(name), n);
        return n + 1;
    }

    private void index(String k, int place) {
        if (k.isEmpty()) return;
        int[] old = byName.get(k);
        if (old == null) {
            byName.put(k, new int[] {place});
        } else if (old[old.length - 1] != place) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = place;
            byName.put(k, grown);
        }
    }

    /**
     * The lookup key of a name: lower case, accents dropped, hyphens, dots and apostrophes read as spaces,
     * spaces collapsed, a leading "the" dropped, "st" read as "saint" ("St. Louis" = "Saint Louis").
     */
    public static String key(String name) {
        String s = name;
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (!ascii) s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '\u2019' && !space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') b.setLength(len - 1);
        String k = b.toString();
        if (k.startsWith("the ")) k = k.substring(4);
        if (k.contains(" the ")) k = k.replace(" the ", " ");
        if (k.startsWith("st ")) k = "saint " + k.substring(3);
        return k.toLowerCase(Locale.ROOT);
    }

    /** How many places it holds. */
    public int size() {
        return size;
    }

    /** The numbers of the places a name may mean (empty when none). */
    public int[] lookup(String name) {
        int[] r = byName.get(key(name));
        return r == null ? new int[0] : r;
    }

    /** The country a name or an alias names ("Britain", "Russian Federation"). */
    public Optional<Country> countryByName(String name) {
        return Optional.ofNullable(countriesByName.get(key(name)));
    }

    /** The country of a demonym ("Syrian"). */
    public Optional<Country> countryByDemonym(String word) {
        return Optional.ofNullable(countriesByDemonym.get(key(word)));
    }

    /** A country by its ISO alpha-3 or alpha-2 code. */
    public Optional<Country> country(String iso) {
        return Optional.ofNullable(iso.length() == 3 ? countriesByIso3.get(iso) : countriesByIso2.get(iso));
    }

    /** The place number of a country (by ISO alpha-2), -1 when unknown. */
    public int countryPlace(String iso2) {
        return countryPlace.getOrDefault(iso2, -1);
    }

    /** The name of a first-level division by its GDELT ADM1 code ("IT16" is Toscana), when known. */
    public Optional<String> admin1Name(String adm1Code) {
        return Optional.ofNullable(admin1Names.get(adm1Code));
    }

    public long id(int place) {
        return ids[place];
    }

    public String name(int place) {
        return names[place];
    }

    public String featureClass(int place) {
        return classes[place];
    }

    public String featureCode(int place) {
        return codes[place];
    }

    /** ISO alpha-2 country code, empty for regions. */
    public String countryCode(int place) {
        return countries[place];
    }

    /** GeoNames admin1 code (empty when unknown). */
    public String admin1(int place) {
        return admin1[place];
    }

    /** GDELT ADM1 code (FIPS country + division), the FIPS country code for a country. */
    public String adm1Code(int place) {
        return adm1Fips[place];
    }

    public double lat(int place) {
        return lats[place];
    }

    public double lon(int place) {
        return lons[place];
    }

    public int population(int place) {
        return populations[place];
    }

    /** Whether a place is a country. */
    public boolean isCountry(int place) {
        return codes[place].equals("PCLI");
    }

    /** Whether a place is a first- or second-level division. */
    public boolean isDivision(int place) {
        return classes[place].equals("A") && !isCountry(place);
    }

    /** Whether a place is a continent or region. */
    public boolean isRegion(int place) {
        return classes[place].equals(REGION_CLASS);
    }
}
