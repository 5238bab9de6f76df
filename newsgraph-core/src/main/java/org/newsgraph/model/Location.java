package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A place named in the text, resolved to a gazetteer entry with coordinates.
 *
 * @param text        the words as written ("Lucca", "Syrian", "the Tuscan city")
 * @param start       offset in the article text
 * @param end         offset just past it
 * @param sentence    index of its sentence
 * @param entity      id of the place's document entity, -1 when it has none (a demonym, a name the tagger missed)
 * @param name        the gazetteer's name of the place ("Lucca", "Syria")
 * @param fullName    the place with its division and country, as GDELT writes it ("Lucca, Toscana, Italy")
 * @param geonamesId  GeoNames id of the entry, 0 when the gazetteer entry has none (countries, regions built from
 *                    Natural Earth)
 * @param featureClass GeoNames feature class: {@code A} country or division, {@code P} populated place,
 *                    {@code L} continent or region
 * @param featureCode GeoNames feature code ({@code PCLI}, {@code ADM1}, {@code PPLC}, {@code PPL}, {@code CONT}, ...)
 * @param country     ISO 3166-1 alpha-3 code of the country it is or lies in; empty for a continent
 * @param fips        FIPS 10-4 code of that country (what GDELT calls CountryCode); empty when unknown
 * @param admin1      GDELT's ADM1 code: FIPS country code and FIPS 10-4 first-level division ({@code SY12}),
 *                    the country code alone for a country; empty when unknown
 * @param lat         latitude, WGS84 degrees
 * @param lon         longitude
 * @param confidence  how sure the resolution is, 0 to 1
 */
public record Location(String text, int start, int end, int sentence, int entity, String name, String fullName,
        long geonamesId, String featureClass, String featureCode, Optional<String> country, Optional<String> fips,
        Optional<String> admin1, double lat, double lon, double confidence) {
    public Location {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(fips, "fips");
        Objects.requireNonNull(admin1, "admin1");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad location span " + start + ".." + end);
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("bad coordinates " + lat + "," + lon);
        }
    }

    /** Whether it is a country. */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Whether it is a first-level division (a state, province, region). */
    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** Whether it is a continent or a region of several countries. */
    public boolean isRegion() {
        return featureClass.equals("L");
    }

    /** The same place at another mention. */
    public Location at(String newText, int newStart, int newEnd, int newSentence, int newEntity) {
        return new Location(newText, newStart, newEnd, newSentence, newEntity, name, fullName, geonamesId, featureClass,
                featureCode, country, fips, admin1, lat, lon, confidence);
    }

    /**
     * GDELT's geographic type: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world
     * state or province; 0 for what GDELT has no type for (continents, regions).
     */
    public int gdeltType() {
        if (isRegion()) return 0;
        if (isCountry()) return 1;
        boolean us = country.filter("USA"::equals).isPresent();
        if (isAdmin1()) return us ? 2 : 5;
        return us ? 3 : 4;
    }

    /** Great-circle distance in km to a point (haversine, mean Earth radius). */
    public double distanceKm(double otherLat, double otherLon) {
        return distanceKm(lat, lon, otherLat, otherLon);
    }

    /** Great-circle distance in km between two points (haversine, mean Earth radius 6371 km). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
