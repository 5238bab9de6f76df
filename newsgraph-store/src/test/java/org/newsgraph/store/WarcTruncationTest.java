package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.annotate.Annotator;

/**
 * Regression for issue 15, item 5: a WARC record declaring {@code Content-Length: 999999999} followed by 20
 * bytes gave "0 read, 0 failed" and exit 0. Truncated and malformed records are failures that name the file
 * and the record's offset; the records before them are still stored.
 */
class WarcTruncationTest {
    static final String TRUNCATED_HEADER = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "WARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: https://port.example.org/cut\r\nContent-Type: application/http; msgtype=response\r\n"
            + "Content-Length: 999999999\r\n\r\n";

    static byte[] goodRecord() throws Exception {
        Path tmp = Files.createTempFile("good", ".warc");
        try {
            try (WarcWriter w = new WarcWriter(Files.newByteChannel(tmp, java.nio.file.StandardOpenOption.WRITE))) {
                String html = "<html><head><title>Harbour story</title></head><body><article><h1>Harbour story</h1><p>"
                        + Corpus.text(new Random(5), 80).replace("\n\n", "</p><p>") + "</p></article></body></html>";
                byte[] body = html.getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n" + html)
                        .getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://port.example.org/ok")).body(MediaType.HTTP_RESPONSE, http).build());
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void aTruncatedRecordIsAFailureWithItsOffset(@TempDir Path tmp) throws Exception {
        byte[] good = goodRecord();
        Path alone = tmp.resolve("alone.warc");
        Files.write(alone, (TRUNCATED_HEADER + "HTTP/1.1 200 OK\r\n\r\n<p").getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        after.write(good);
        after.write(TRUNCATED_HEADER.getBytes(StandardCharsets.US_ASCII));
        after.write("0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII));
        Path mixed = Files.write(tmp.resolve("mixed.warc"), after.toByteArray());
        Path garbage = Files.write(tmp.resolve("garbage.warc"), "this is not a WARC file at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            Ingester.Summary s = StoreIngestTest.ingest(store, Annotator.none(), List.of(alone.toString(), mixed.toString(), garbage.toString()),
                    Optional.empty(), errors);
            assertEquals(1, s.stored(), errors.toString());
            assertEquals(3, s.failed(), errors.toString());
            assertTrue(errors.get(0).startsWith(alone + "@0: truncated WARC record: it declares 999999999 bytes and the file ends after "), errors.toString());
            assertTrue(errors.get(1).startsWith(mixed + "@" + good.length + ": truncated WARC record: it declares 999999999 bytes and the file ends after 20"),
                    errors.toString());
            assertTrue(errors.get(2).startsWith(garbage + "@0: "), errors.toString());
        }
    }
}
