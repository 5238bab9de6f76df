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

    private static Optional<Published> parseOrEmpty(String v, DateSource source) {
        String iso = v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        // "+0000" offsets (no colon) are common in meta tags; ISO parsers want "+00:00".
        iso = iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return Optional.of(of(OffsetDateTime.parse(iso), source));
        } catch (java.time.format.DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(of(java.time.LocalDateTime.parse(iso).toLocalDate(), source));
        } catch (java.time.format.DateTimeParseException ignored) {
            // try the next form
        }
        if (iso.length() >= 10 && iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return Optional.of(of(LocalDate.parse(iso.substring(0, 10)), source));
            } catch (java.time.format.DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(of(OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME), source));
        } catch (java.time.format.DateTimeParseException ignored) {
            // try the next form
        }
        if (v.matches("\\d{8}")) {
            try {
                return Optional.of(of(LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE), source));
            } catch (java.time.format.DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** ISO-8601: the instant when known, else the date. */
    public String iso() {
        return instant.map(OffsetDateTime::toString).orElseGet(date::toString);
    }
}
