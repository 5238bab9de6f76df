package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the Wikinews corpus layout: CSV files with a header {@code url,date,title,text} (RFC 4180 quoting). */
final class WikinewsCsv {
    private WikinewsCsv() {}

    /** One article. */
    record Row(String url, LocalDate date, String title, String text) {}

    static List<Row> read(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        List<Row> out = new ArrayList<>();
        for (Path f : files) {
            List<List<String>> records = parse(Files.readString(f, StandardCharsets.UTF_8));
            if (records.isEmpty() || !records.get(0).equals(List.of("url", "date", "title", "text"))) {
                throw new IOException(f + ":1: expected the header url,date,title,text");
            }
            for (int i = 1; i < records.size(); i++) {
                List<String> r = records.get(i);
                if (r.size() == 1 && r.get(0).isEmpty()) continue;
                if (r.size() != 4) throw new IOException(f + ": record " + (i + 1) + ": " + r.size() + " fields, expected 4");
                try {
                    out.add(new Row(r.get(0), LocalDate.parse(r.get(1)), r.get(2), r.get(3)));
                } catch (DateTimeParseException e) {
                    throw new IOException(f + ": record " + (i + 1) + ": bad date " + r.get(1), e);
                }
            }
        }
        return out;
    }

    /** RFC 4180: fields separated by commas, double quotes around fields with commas, quotes or line breaks. */
    static List<List<String>> parse(String s) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
