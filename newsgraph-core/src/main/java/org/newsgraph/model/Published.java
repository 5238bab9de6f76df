package org.newsgraph.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date and where it came from. Parsed once at the boundary: the date is always known, the
 * instant only when the source gave a time of day with a zone.
 */
public record Published(LocalDate date, Optional<OffsetDateTime> instant, DateSource source) {
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(source, "source");
        if (instant.isPresent() && !instant.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("date " + date + " disagrees with instant " + instant.get());
        }
    }

    public static Published of(LocalDate date, DateSource source) {
        return new Published(date, Optional.empty(), source);
    }

    public static Published of(OffsetDateTime instant, DateSource source) {
        return new Published(instant.toLocalDate(), Optional.of(instant), source);
    }

    /**
     * Parses the date forms pages and feeds use: ISO-8601 date or date-time (with or without offset, "Z",
     * fractions, a space instead of "T"), RFC 1123 ("Mon, 10 Apr 2017 09:00:00 GMT"), compact "20170410".
     * A date-time without a zone keeps only its date.
     *
     * @return empty when the value is not one of those forms or is out of range (years 1900-2200)
     */
    public static Optional<Published> parse(String value, DateSource source) {
        if (value == null) return Optional.empty();
        String v = value.strip();
        if (v.length() < 8 || v.length() > 64) return Optional.empty();
        Optional<Published> p = parseOrEmpty(v, source);
        return p.filter(x -> x.date().getYear() >= 1900 && x.date().getYear() <= 2200);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern ISO_DATE_TIME = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");

    /** Parses by shape first, so that no exception is thrown (and paid for) on the common forms. */
    private static Optional<Published> parseOrEmpty(String v, DateSource source) {
        try {
            if (ISO_DATE.matcher(v).matches()) return Optional.of(of(LocalDate.parse(v), source));
            java.util.regex.Matcher m = ISO_DATE_TIME.matcher(v);
            if (m.matches()) {
                String zone = m.group(3);
                LocalDate day = LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
                if (zone == null) return Optional.of(of(day, source));
                String t = m.group(2);
                int hour = Integer.parseInt(t, 0, 2, 10), minute = Integer.parseInt(t, 3, 5, 10);
                int second = t.length() >= 8 ? Integer.parseInt(t, 6, 8, 10) : 0;
                int nano = 0;
                if (t.length() > 9) {
                    String frac = (t.substring(9) + "000000000").substring(0, 9);
                    nano = Integer.parseInt(frac);
                }
                java.time.ZoneOffset offset = zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")
                        ? java.time.ZoneOffset.UTC
                        : java.time.ZoneOffset.ofHoursMinutes(Integer.parseInt(zone, 0, 3, 10),
                                (zone.charAt(0) == '-' ? -1 : 1) * (zone.length() > 3 ? Integer.parseInt(zone, zone.length() - 2, zone.length(), 10) : 0));
                return Optional.of(of(OffsetDateTime.of(day, java.time.LocalTime.of(hour, minute, second, nano), offset), source));
            }
            if (v.length() >= 10 && ISO_DATE.matcher(v.substring(0, 10)).matches()) {
                return Optional.of(of(LocalDate.parse(v.substring(0, 10)), source));
            }
            if (v.matches("\\d{8}")) {
                return Optional.of(of(LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE), source));
            }
            if (v.length() >= 15 && (v.endsWith("GMT") || v.endsWith("UT") || v.matches(".*[+-]\\d{4}"))) {
                try {
                    return Optional.of(of(OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME), source));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // right shape, impossible value (2019-02-30)
        }
        return Optional.empty();
    }

    /** ISO-8601: the instant when known, else the date. */
    public String iso() {
        return instant.map(OffsetDateTime::toString).orElseGet(date::toString);
    }
}
