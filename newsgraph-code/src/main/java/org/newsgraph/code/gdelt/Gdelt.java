package org.newsgraph.code.gdelt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;

/** Field formats shared by the GDELT writers. */
public final class Gdelt {
    private Gdelt() {}

    /** Which events an export holds. */
    public enum Scope {
        /** Asserted and reported events only: what GDELT's tables mean by an event. */
        FACTUAL,
        /** Every coded event, whatever its modality. */
        ALL;

        public boolean includes(Event e) {
            return this == ALL || e.modality().factual();
        }
    }

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    static String stamp(LocalDateTime t) {
        return STAMP.format(t);
    }

    static String stamp(LocalDate d) {
        return DAY.format(d) + "000000";
    }

    /**
     * GDELT's GLOBALEVENTID is an integer: the article id's hash picks a block of 10,000 ids (positive, 13
     * digits at most) and the event id its place in the block, so re-exports give the same ids.
     */
    public static long globalEventId(String articleId, int eventId) {
        long h = articleId.hashCode() & 0x7fffffffL;
        return (h % 1_000_000_000L) * 10_000L + eventId;
    }

    /** A free-text field: no tabs or line breaks. */
    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** A value inside a delimited list: none of the list's delimiters either. */
    static String item(String s) {
        return clean(s).replaceAll("[;#,|]", " ").trim();
    }

    /** GDELT's mention confidence (10-100) for a modality: how sure the text is that the event happened. */
    static int confidence(Modality m) {
        return switch (m) {
            case ASSERTED -> 100;
            case REPORTED -> 80;
            case FUTURE -> 40;
            case HYPOTHETICAL -> 20;
            case DENIED, NEGATED -> 10;
        };
    }

    /**
     * A place's GDELT geography fields in codebook order: Type, FullName, CountryCode (FIPS 10-4), ADM1Code,
     * ADM2Code, Lat, Long, FeatureID. Type 0 and empty fields when there is no place or GDELT has no type for it
     * (continents). ADM2Code stays empty: the gazetteer has no second-level codes. FeatureID is the GeoNames id
     * (GDELT used GNS/GNIS ids, which GeoNames does not carry), the ADM1 code for a division without one and
     * the FIPS country code for a country, as GDELT writes them.
     */
    static List<String> geo(java.util.Optional<org.newsgraph.model.Location> place) {
        if (place.isEmpty() || place.get().gdeltType() == 0) return List.of("0", "", "", "", "", "", "", "");
        org.newsgraph.model.Location l = place.get();
        String fips = l.fips().orElse("");
        String adm1 = l.isCountry() ? fips : l.admin1().orElse(fips);
        String feature = l.isCountry() ? fips : l.geonamesId() > 0 ? Long.toString(l.geonamesId()) : adm1;
        // FullName keeps its commas, as GDELT writes it ("Lucca, Toscana, Italy"); GKG's delimiters go.
        return List.of(Integer.toString(l.gdeltType()), clean(l.fullName()).replaceAll("[#;|]", " ").trim(), fips, adm1, "", coordinate(l.lat()),
                coordinate(l.lon()), feature);
    }

    static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
    }
}
