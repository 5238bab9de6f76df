package org.newsgraph.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.ingest.Binary;
import org.newsgraph.ingest.Charsets;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.cursor.ItemCursor;
import org.newsgraph.model.InputFormat;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc): each {@code response}
 * record with HTTP status 200 and an HTML payload becomes a document whose source is
 * {@code file.warc.gz@OFFSET} (the record's offset in the file) and whose URL is the record's target. Other
 * records (requests, metadata, images, redirects) are passed over silently; a broken or truncated record (its
 * block shorter than its Content-Length) is a failure naming its offset, and reading stops there (what follows
 * a corrupt gzip member cannot be found reliably).
 * Lazy: one record in memory at a time. Not thread-safe; close it when done.
 */
public final class WarcInput extends ItemCursor {
    private final Path file;
    private final long maxBytes;
    private WarcReader reader;

    public WarcInput(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** Whether a file name is a WARC's. */
    public static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    protected InputReader.Item advance() {
        long offset = 0;
        WarcRecord record = null;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
                reader.setLenient(true);
            }
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    close();
                    return null;
                }
                record = r.get();
                offset = reader.position(); // where the record just read starts
                String source = file + "@" + offset;
                Optional<InputReader.Item> doc = document(record, source, offset);
                // Whatever the record was, all of it must be there: a short one is the end of a cut file.
                Optional<InputReader.Item> cut = truncated(record, source);
                if (cut.isPresent()) {
                    close();
                    return cut.get();
                }
                if (doc.isPresent()) return doc.get();
            }
        } catch (InputException e) {
            return new InputReader.Item.Failure(e); // one oversized record: skipped, the file goes on
        } catch (IOException | RuntimeException e) {
            String source = file + "@" + offset;
            Optional<InputReader.Item> cut = record == null ? Optional.empty() : truncated(record, source);
            close();
            return cut.orElseGet(() -> new InputReader.Item.Failure(new InputException(source,
                    "broken WARC record (" + e.getMessage() + "); the rest of the file is skipped", e)));
        }
    }

    /** The document a record holds: a response with status 200 and an HTML payload; empty for any other record. */
    private Optional<InputReader.Item> document(WarcRecord record, String source, long offset) throws IOException, InputException {
        if (!(record instanceof WarcResponse resp)) return Optional.empty();
        String uri = resp.target();
        if (uri == null || !(uri.startsWith("http://") || uri.startsWith("https://"))) return Optional.empty();
        var http = resp.http();
        if (http.status() != 200) return Optional.empty();
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(java.util.Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return Optional.empty();
        byte[] body = readCapped(http.bodyDecoded().stream(), source);
        String text = Charsets.decode(body, Optional.ofNullable(type.parameters().get("charset"))).text();
        if (Binary.looksBinary(text)) return Optional.of(new InputReader.Item.Failure(new InputException(source, "binary data in an HTML record")));
        return Optional.of(new InputReader.Item.Doc(new InputDocument(idFor(uri, offset), source, InputFormat.HTML, text, Optional.of(uri), Optional.empty())));
    }

    /**
     * A failure when the record's block is shorter than its Content-Length says (the file ends inside it); read
     * to its end first, so this is known whatever was read of it before.
     */
    private static Optional<InputReader.Item> truncated(WarcRecord record, String source) {
        long declared = -1, got = -1;
        try {
            declared = record.body().size();
            // Read, not consume(): consume() seeks past the end of a plain file without noticing that it ended.
            got = record.body().position();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(65536);
            for (int n; got < declared && (n = record.body().read(buf)) >= 0; buf.clear()) got += n;
            if (got >= declared) return Optional.empty();
        } catch (IOException e) {
            // jwarc says how much was missing when the file ends inside a block.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("expected (\\d+) more bytes").matcher(String.valueOf(e.getMessage()));
            if (declared < 0 || !m.find()) {
                return Optional.of(new InputReader.Item.Failure(new InputException(source, "corrupt WARC record (" + e.getMessage() + ")", e)));
            }
            got = declared - Long.parseLong(m.group(1));
        }
        return Optional.of(new InputReader.Item.Failure(new InputException(source,
                "truncated WARC record: it declares " + declared + " bytes and the file ends after " + got)));
    }

    private static String idFor(String uri, long offset) {
        String path = uri.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? "warc-" + offset : last;
    }

    private byte[] readCapped(InputStream in, String source) throws IOException, InputException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(65536);
        byte[] buf = new byte[65536];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > maxBytes) throw new InputException(source, "record payload is over the limit of " + maxBytes + " bytes; skipped");
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    @Override
    protected void release() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only file we are done with
            }
            reader = null;
        }
    }
}
