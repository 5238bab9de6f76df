package org.newsgraph.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, checked once at the boundary: a parameter the route does not know is
 * refused (a typo must not silently widen a search), as is a repeated single-valued one or a bad value.
 */
final class Params {
    /** A bad request; the message says which parameter and why. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Set<String> allowed) {
        this.values = values;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            for (String v : e.getValue()) {
                if (v.length() > MAX_CHARS) {
                    throw new BadRequest("parameter " + e.getKey() + " is " + v.length() + " characters long; at most " + MAX_CHARS);
                }
                if (v.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
                    throw new BadRequest("parameter " + e.getKey() + " holds control characters");
                }
            }
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " (this route takes: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
    }

    Optional<String> one(String name) {
        List<String> v = values.getOrDefault(name, List.of());
        if (v.size() > 1) throw new BadRequest("parameter " + name + " given " + v.size() + " times; it takes one value");
        return v.isEmpty() || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    /** The most values a repeatable parameter takes (each is a clause of the search or a condition of the query). */
    static final int MAX_VALUES = 50;
    /** The longest value of any parameter. */
    static final int MAX_CHARS = 1000;

    List<String> many(String name) {
        List<String> v = values.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (v.size() > MAX_VALUES) throw new BadRequest("parameter " + name + " given " + v.size() + " times; at most " + MAX_VALUES);
        return v;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<LocalDate> date(String name) {
        return one(name).map(v -> {
            LocalDate d;
            try {
                d = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadRequest("parameter " + name + ": not a date (YYYY-MM-DD): '" + v + "'");
            }
            // Years the database's DATE and the index both hold, and that news can have.
            if (d.getYear() < 1 || d.getYear() > 9999) throw new BadRequest("parameter " + name + ": year out of range (1 to 9999): '" + v + "'");
            return d;
        });
    }

    int integer(String name, int dflt, int min, int max) {
        return one(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) throw new BadRequest("parameter " + name + " must be " + min + " to " + max + ": " + n);
                return n;
            } catch (NumberFormatException e) {
                throw new BadRequest("parameter " + name + ": not a number: '" + v + "'");
            }
        }).orElse(dflt);
    }

    long longValue(String name, long dflt) {
        return one(name).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new BadRequest("parameter " + name + ": not a cursor: '" + v + "'");
            }
        }).orElse(dflt);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E dflt) {
        return one(name).map(v -> {
            for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(v)) return e;
            throw new BadRequest("parameter " + name + ": '" + v + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }).orElse(dflt);
    }
}
