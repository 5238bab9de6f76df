package org.newsgraph.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The one reader of the tab-separated tables the project ships (codes, dictionaries, word lists): strict,
 * and every error names the file and line (and the column where one field is wrong). Lines starting with
 * {@code #} and blank lines are skipped; a {@code .gz} name is read through gzip. Stateless.
 */
public final class Tsv {
    private Tsv() {}

    /**
     * One data line of a table.
     *
     * @param source the table's name, for messages
     * @param line   1-based line number
     * @param fields the tab-separated fields, as written (not trimmed)
     */
    public record Row(String source, int line, List<String> fields) {
        public Row {
            Objects.requireNonNull(source, "source");
            fields = List.copyOf(fields);
        }

        /** Where this row is: {@code file:line}. */
        public String where() {
            return source + ":" + line;
        }

        /** How many fields the row has. */
        public int size() {
            return fields.size();
        }

        /** Field {@code i}, trimmed; empty when the row is shorter. */
        public String get(int i) {
            return i < fields.size() ? fields.get(i).trim() : "";
        }

        /** Field {@code i} when it is not empty. */
        public Optional<String> optional(int i) {
            String s = get(i);
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }

        /** Field {@code i}, which must not be empty. */
        public String required(int i, String what) {
            String s = get(i);
            if (s.isEmpty()) throw error(i, what + " is empty");
            return s;
        }

        /** Field {@code i} as a number. */
        public double number(int i, String what) {
            String s = required(i, what);
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(i, what + " '" + s + "' is not a number");
            }
        }

        /** Field {@code i} as an integer. */
        public int integer(int i, String what) {
            String s = required(i, what);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(i, what + " '" + s + "' is not an integer");
            }
        }

        /** Field {@code i} as an ISO date, empty when the field is. */
        public Optional<LocalDate> date(int i, String what) {
            String s = get(i);
            if (s.isEmpty()) return Optional.empty();
            try {
                if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                    // The common case without the formatter (tables of tens of thousands of dates load faster).
                    return Optional.of(LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                            Integer.parseInt(s, 8, 10, 10)));
                }
                return Optional.of(LocalDate.parse(s));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw error(i, what + " '" + s + "' is not a date (YYYY-MM-DD)");
            }
        }

        /** An error about the whole row. */
        public IllegalStateException error(String message) {
            return new IllegalStateException(where() + ": " + message);
        }

        /** An error about field {@code i} (1-based column in the message). */
        public IllegalStateException error(int i, String message) {
            return new IllegalStateException(where() + ": column " + (i + 1) + ": " + message);
        }
    }

    /**
     * Reads a table from a stream (closed afterwards).
     *
     * @param in        the bytes, UTF-8 (gzip when {@code source} ends in {@code .gz})
     * @param source    the table's name, for messages
     * @param minFields fewest fields a row may have
     * @param maxFields most fields a row may have
     * @param header    whether the first data line is a header to skip
     */
    public static List<Row> read(InputStream in, String source, int minFields, int maxFields, boolean header) {
        Objects.requireNonNull(in, "in");
        List<Row> rows = new ArrayList<>();
        try (InputStream raw = source.endsWith(".gz") ? new GZIPInputStream(in) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean skipHeader = header;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                if (skipHeader) {
                    skipHeader = false;
                    continue;
                }
                List<String> fields = List.of(line.split("\t", -1));
                Row row = new Row(source, n, fields);
                if (fields.size() < minFields || fields.size() > maxFields) {
                    throw row.error("expected " + (minFields == maxFields ? String.valueOf(minFields)
                            : minFields + " to " + maxFields) + " tab-separated fields, found " + fields.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        return rows;
    }

    /** Reads a table shipped as a resource next to {@code owner}'s class; a missing resource is an error. */
    public static List<Row> resource(Class<?> owner, String name, int minFields, int maxFields, boolean header) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " missing next to " + owner.getName() + " (a broken build?)");
        }
        return read(in, name, minFields, maxFields, header);
    }

    /**
     * Puts a key's value, refusing a second row that gives the same key another value (the same value twice
     * is harmless and kept once).
     */
    public static <K, V> void putUnique(Map<K, V> map, K key, V value, Row row) {
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw row.error("'" + key + "' is already " + old + "; this row says " + value);
        }
    }
}
