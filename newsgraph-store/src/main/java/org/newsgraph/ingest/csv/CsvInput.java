package org.newsgraph.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.cursor.ItemCursor;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Published;

/**
 * Articles from a CSV file ({@code .csv}, optionally {@code .gz}; RFC 4180: quoted fields may hold commas,
 * quotes and line breaks) with a header row naming the columns. Needs a {@code text} or {@code html}
 * column; {@code id}, {@code url}, {@code title} and {@code date} (or {@code published}) are used when
 * present. This is the shape of the Wikinews corpus ({@code url,date,title,text}). The title goes first, as
 * the headline line of scraped text. Each row's source is {@code file.csv:LINE}. Lazy; a row over the size
 * limit is a failure and the file stops there (its end cannot be found cheaply). Not thread-safe.
 */
public final class CsvInput extends ItemCursor {
    private final Path file;
    private final long maxBytes;
    private BufferedReader in;
    private List<String> header;
    private int line = 1; // the line the next record starts on
    private final String fileId;

    public CsvInput(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.fileId = InputReader.idOf(file);
    }

    /** Whether a file name is a CSV's. */
    public static boolean isCsv(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".csv.gz");
    }

    @Override
    protected InputReader.Item advance() {
        try {
            if (in == null) {
                InputStream raw = Files.newInputStream(file);
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) raw = new GZIPInputStream(raw, 65536);
                in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 65536);
                header = record();
                if (header == null) return fail(file.toString(), "empty CSV file: no header row");
                header.replaceAll(h -> h.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""));
                if (!header.contains("text") && !header.contains("html")) {
                    return fail(file + ":1", "the header names no 'text' or 'html' column (found: " + String.join(",", header) + ")");
                }
            }
            while (true) {
                int at = line;
                List<String> row = record();
                if (row == null) {
                    close();
                    return null;
                }
                if (row.size() == 1 && row.get(0).isBlank()) continue;
                String where = file + ":" + at;
                if (row.size() != header.size()) {
                    return new InputReader.Item.Failure(new InputException(where, "row has " + row.size() + " fields, the header " + header.size()));
                }
                String html = field(row, "html"), text = field(row, "text");
                String title = field(row, "title"), url = field(row, "url");
                String date = Optional.ofNullable(field(row, "date")).orElse(field(row, "published"));
                String id = Optional.ofNullable(field(row, "id")).orElse(fileId + "-" + at);
                Optional<Published> pub = Optional.empty();
                if (date != null && !date.isBlank()) {
                    pub = Published.parse(date, DateSource.USER);
                    if (pub.isEmpty()) return new InputReader.Item.Failure(new InputException(where, "not a date in column 'date': '" + date + "'"));
                }
                if (html != null && !html.isBlank()) {
                    return new InputReader.Item.Doc(new InputDocument(id, where, InputFormat.HTML, html, Optional.ofNullable(url), pub));
                }
                if (text == null || text.isBlank()) return new InputReader.Item.Failure(new InputException(where, "empty 'text'"));
                String content = title != null && !title.isBlank() ? title.strip() + "\n\n" + text : text;
                return new InputReader.Item.Doc(new InputDocument(id, where, InputFormat.TEXT, content, Optional.ofNullable(url), pub));
            }
        } catch (InputException e) {
            close();
            return new InputReader.Item.Failure(e);
        } catch (IOException e) {
            close();
            return fail(file + ":" + line, "cannot read: " + e.getMessage() + "; the rest of the file is skipped");
        }
    }

    private InputReader.Item fail(String where, String why) {
        close();
        return new InputReader.Item.Failure(new InputException(where, why));
    }

    private String field(List<String> row, String name) {
        int i = header.indexOf(name);
        return i < 0 ? null : row.get(i);
    }

    /** One record (which may span lines), or null at the end of the file. */
    private List<String> record() throws IOException, InputException {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false, any = false;
        long size = 0;
        int start = line;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (++size > maxBytes) throw new InputException(file + ":" + start, "record is over the limit of " + maxBytes + " bytes; the rest of the file is skipped");
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        sb.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) in.reset();
                    }
                } else {
                    if (c == '\n') line++;
                    sb.append((char) c);
                }
            } else if (c == '"' && sb.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else if (c == '\n') {
                line++;
                fields.add(stripCr(sb));
                return fields;
            } else {
                sb.append((char) c);
            }
        }
        if (!any) return null;
        if (quoted) throw new InputException(file + ":" + start, "unterminated quoted field at the end of the file");
        fields.add(stripCr(sb));
        return fields;
    }

    private static String stripCr(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    @Override
    protected void release() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only file we are done with
            }
            in = null;
        }
    }
}
