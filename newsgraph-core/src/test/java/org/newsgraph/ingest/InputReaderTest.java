package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.InputFormat;

class InputReaderTest {
    @TempDir
    Path dir;

    static List<InputReader.Item> readAll(List<String> args, InputReader.Limits limits, byte[] stdin) {
        List<InputReader.Item> out = new ArrayList<>();
        try (InputReader r = new InputReader(args, limits, () -> new ByteArrayInputStream(stdin))) {
            for (Iterator<InputReader.Item> it = r.iterator(); it.hasNext(); ) out.add(it.next());
        }
        return out;
    }

    static List<InputReader.Item> readAll(Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) args.add(p.toString());
        return readAll(args, InputReader.Limits.DEFAULT, new byte[0]);
    }

    static InputDocument doc(InputReader.Item item) {
        return assertInstanceOf(InputReader.Item.Doc.class, item, () -> "expected a document, got " + item).document();
    }

    static InputException failure(InputReader.Item item) {
        return assertInstanceOf(InputReader.Item.Failure.class, item, () -> "expected a failure, got " + item).error();
    }

    static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    @Test
    void idsAreFileNamesWithoutExtensions() {
        assertEquals("a", InputReader.idOf(Path.of("x/a.html.gz")));
        assertEquals("a", InputReader.idOf(Path.of("a.HTML.GZ")));
        assertEquals("story", InputReader.idOf(Path.of("story.txt")));
        assertEquals("2017.04.10-report", InputReader.idOf(Path.of("2017.04.10-report.htm")));
        assertEquals("README", InputReader.idOf(Path.of("README")));
        assertEquals(".hidden", InputReader.idOf(Path.of(".hidden")));
    }

    @Test
    void directoryWalkIsRecursiveSortedAndSkipsOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("e"));
        Files.writeString(dir.resolve("c.txt"), "c");
        Files.writeString(dir.resolve("e/z.html"), "<p>z</p>");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("style.css"), "p {}");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.writeString(dir.resolve("README"), "not an input");
        gzip(dir.resolve("b.html.gz"), "<p>b</p>".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"d1\",\"text\":\"one\"}\n{\"id\":\"d2\",\"html\":\"<p>two</p>\"}\n");

        List<InputReader.Item> items = readAll(dir);
        List<String> ids = items.stream().map(i -> doc(i).id()).toList();
        assertEquals(List.of("a", "b", "c", "d1", "d2", "z"), ids);
        assertEquals(InputFormat.HTML, doc(items.get(0)).format());
        assertEquals("<p>b</p>", doc(items.get(1)).content());
        assertEquals(InputFormat.TEXT, doc(items.get(2)).format());
        assertEquals(dir.resolve("d.jsonl") + ":2", doc(items.get(4)).source());
        assertEquals(InputFormat.HTML, doc(items.get(4)).format());
        assertEquals(dir.resolve("e/z.html").toString(), doc(items.get(5)).source());
    }

    @Test
    void symbolicLinksAreFollowedAndLoopsReported() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Files.writeString(real.resolve("a.html"), "<p>a</p>");
        Path link = dir.resolve("link");
        Path loop = real.resolve("loop");
        try {
            Files.createSymbolicLink(link, dir.resolve("real"));
            Files.createSymbolicLink(loop, dir.resolve("real"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        List<InputReader.Item> items = readAll(link);
        assertEquals(2, items.size(), items.toString());
        InputException e = failure(items.get(0));
        assertEquals(link.resolve("sub/loop").toString(), e.source());
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
        InputDocument d = doc(items.get(1));
        assertEquals("a", d.id());
        assertEquals(link.resolve("sub/a.html").toString(), d.source(), "named by the path as given");
    }

    @Test
    void jsonlLinesCarryIdsUrlsDatesAndLineNumbers() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"first\",\"text\":\"Some text.\",\"url\":\"https://x.example/a\",\"published\":\"2017-04-10\"}",
                "{\"id\": \"broken\", \"text\": ",
                "",
                "{\"html\":\"<p>no id</p>\"}",
                "{\"id\":7,\"text\":\"numeric id\"}",
                "[1,2]",
                "{\"id\":\"both\",\"text\":\"a\",\"html\":\"b\"}",
                "{\"id\":\"neither\"}",
                "{\"id\":\"baddate\",\"text\":\"x\",\"published\":\"last Tuesday\"}",
                "{\"id\":\"badtype\",\"text\":42}",
                "{\"id\":\"last\",\"text\":\"end\"}",
                "{\"id\":{\"a\":1},\"text\":\"object id\"}",
                "{\"id\":\"  \",\"text\":\"blank id\"}") + "\n");
        List<InputReader.Item> items = readAll(f);
        assertEquals(12, items.size(), items.toString());

        InputDocument first = doc(items.get(0));
        assertEquals("first", first.id());
        assertEquals(f + ":1", first.source());
        assertEquals(Optional.of("https://x.example/a"), first.url());
        assertEquals(LocalDate.of(2017, 4, 10), first.published().orElseThrow().date());
        assertEquals(DateSource.USER, first.published().orElseThrow().source());

        InputException broken = failure(items.get(1));
        assertEquals(f + ":2", broken.source());
        assertTrue(broken.getMessage().startsWith(f + ":2"), broken.getMessage());
        assertTrue(broken.getMessage().contains("not valid JSON"), broken.getMessage());

        // blank line 3 is skipped but counted
        InputDocument noId = doc(items.get(2));
        assertEquals("4", noId.id(), "a line without an id is named by its line number");
        assertEquals(f + ":4", noId.source());
        assertEquals(InputFormat.HTML, noId.format());

        assertEquals("7", doc(items.get(3)).id());
        assertTrue(failure(items.get(4)).getMessage().contains("must be a JSON object"));
        assertEquals(f + ":6", failure(items.get(4)).source());
        assertTrue(failure(items.get(5)).getMessage().contains("both"));
        assertTrue(failure(items.get(6)).getMessage().contains("neither"));
        assertTrue(failure(items.get(7)).getMessage().contains("last Tuesday"));
        assertEquals(f + ":9", failure(items.get(7)).source());
        assertTrue(failure(items.get(8)).getMessage().contains("\"text\" must be a string"));
        assertEquals("last", doc(items.get(9)).id());
        assertEquals(f + ":11", doc(items.get(9)).source());
        assertTrue(failure(items.get(10)).getMessage().contains("\"id\" must be"), failure(items.get(10)).getMessage());
        assertEquals(f + ":13", failure(items.get(11)).source(), "a blank id would name nothing");
    }

    @Test
    void jsonlWithByteOrderMarkAndCrlf() throws IOException {
        Path f = dir.resolve("bom.jsonl");
        Files.write(f, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\":\"a\",\"text\":\"café\"}\r\n{\"id\":\"b\",\"text\":\"two\"}\r\n".getBytes(StandardCharsets.UTF_8)));
        List<InputReader.Item> items = readAll(f);
        assertEquals(2, items.size(), items.toString());
        assertEquals("café", doc(items.get(0)).content());
        assertEquals("two", doc(items.get(1)).content());
    }

    @Test
    void gzippedJsonl() throws IOException {
        Path f = dir.resolve("feed.jsonl.gz");
        gzip(f, "{\"id\":\"g1\",\"text\":\"one\"}\n{\"id\":\"g2\",\"text\":\"two\"}".getBytes(StandardCharsets.UTF_8));
        List<InputReader.Item> items = readAll(f);
        assertEquals(List.of("g1", "g2"), items.stream().map(i -> doc(i).id()).toList());
        assertEquals(f + ":2", doc(items.get(1)).source());
    }

    @Test
    void theSizeLimitHoldsPerJsonlLineNotPerFile() throws IOException {
        Path f = dir.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50; i++) sb.append("{\"id\":\"n").append(i).append("\",\"text\":\"").append("word ".repeat(20)).append("\"}\n");
        Files.writeString(f, sb);
        InputReader.Limits limits = new InputReader.Limits(200);
        assertTrue(Files.size(f) > 20 * limits.maxBytes());
        List<InputReader.Item> items = readAll(List.of(f.toString()), limits, new byte[0]);
        assertEquals(50, items.size());
        for (InputReader.Item item : items) doc(item);
    }

    @Test
    void aJsonlLineOverTheLimitFailsNamingTheLineAndEndsTheFile() throws IOException {
        Path f = dir.resolve("long.jsonl");
        Files.writeString(f, "{\"id\":\"ok\",\"text\":\"short\"}\n"
                + "{\"id\":\"huge\",\"text\":\"" + "x".repeat(500) + "\"}\n"
                + "{\"id\":\"after\",\"text\":\"short\"}\n");
        Path next = dir.resolve("next.txt");
        Files.writeString(next, "next file");
        List<InputReader.Item> items = readAll(List.of(f.toString(), next.toString()), new InputReader.Limits(200), new byte[0]);
        assertEquals(3, items.size(), items.toString());
        assertEquals("ok", doc(items.get(0)).id());
        InputException e = failure(items.get(1));
        assertEquals(f + ":2", e.source());
        assertTrue(e.getMessage().contains("200"), e.getMessage());
        assertEquals("next", doc(items.get(2)).id(), "reading goes on with the next input");
    }

    @Test
    void plainFileOverTheLimitFailsBeforeReading() throws IOException {
        Path f = dir.resolve("big.html");
        Files.writeString(f, "<p>" + "a".repeat(1000) + "</p>");
        InputException e = failure(readAll(List.of(f.toString()), new InputReader.Limits(100), new byte[0]).get(0));
        assertEquals(f.toString(), e.source());
        assertTrue(e.getMessage().contains("1007 bytes") && e.getMessage().contains("limit of 100 bytes"), e.getMessage());
    }

    @Test
    void missingInputsFailAndReadingGoesOn() throws IOException {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "fine");
        List<InputReader.Item> items = readAll(List.of(dir.resolve("nope.html").toString(), ok.toString()), InputReader.Limits.DEFAULT, new byte[0]);
        assertEquals(2, items.size());
        InputException e = failure(items.get(0));
        assertEquals(dir.resolve("nope.html").toString(), e.source());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        assertEquals("fine", doc(items.get(1)).content());
    }

    @Test
    void brokenGzipFilesFailNamingTheFile() throws IOException {
        Path notGzip = dir.resolve("a.html.gz");
        Files.writeString(notGzip, "<p>plain text pretending</p>");
        Path truncated = dir.resolve("b.html.gz");
        gzip(truncated, "<p>some paragraph that will be cut</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        List<InputReader.Item> items = readAll(notGzip, truncated);
        assertEquals(2, items.size());
        assertTrue(failure(items.get(0)).getMessage().startsWith(notGzip + ": not a valid gzip file"), failure(items.get(0)).getMessage());
        assertTrue(failure(items.get(1)).getMessage().startsWith(truncated + ": truncated gzip file"), failure(items.get(1)).getMessage());
    }

    @Test
    void explicitFilesOfUnknownKindAreSniffed() throws IOException {
        Path html = dir.resolve("page");
        Files.writeString(html, "  \n<!DOCTYPE html><p>x</p>");
        Path jsonl = dir.resolve("feed.data");
        Files.writeString(jsonl, "{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n");
        Path text = dir.resolve("notes.md");
        Files.writeString(text, "Just words.");
        List<InputReader.Item> items = readAll(html, jsonl, text);
        assertEquals(4, items.size());
        assertEquals(InputFormat.HTML, doc(items.get(0)).format());
        assertEquals("page", doc(items.get(0)).id());
        assertEquals("s1", doc(items.get(1)).id());
        assertEquals("s2", doc(items.get(2)).id());
        assertEquals(InputFormat.TEXT, doc(items.get(3)).format());
    }

    @Test
    void standardInputIsSniffed() {
        InputDocument html = doc(readAll(List.of("-"), InputReader.Limits.DEFAULT, "\uFEFF<html><p>x</p>".getBytes(StandardCharsets.UTF_8)).get(0));
        assertEquals(InputFormat.HTML, html.format());
        assertEquals("stdin", html.id());
        assertEquals("-", html.source());
        assertEquals("<html><p>x</p>", html.content());

        InputDocument text = doc(readAll(List.of("-"), InputReader.Limits.DEFAULT, "Plain words.".getBytes(StandardCharsets.UTF_8)).get(0));
        assertEquals(InputFormat.TEXT, text.format());

        List<InputReader.Item> jsonl = readAll(List.of("-"), InputReader.Limits.DEFAULT,
                "{\"id\":\"a\",\"text\":\"one\"}\nnot json\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a", doc(jsonl.get(0)).id());
        assertEquals("-:1", doc(jsonl.get(0)).source());
        assertEquals("-:2", failure(jsonl.get(1)).source());

        InputDocument empty = doc(readAll(List.of("-"), InputReader.Limits.DEFAULT, new byte[0]).get(0));
        assertEquals("", empty.content());
    }

    @Test
    void standardInputOverTheLimitFails() {
        byte[] big = "<p>".concat("a".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        InputException e = failure(readAll(List.of("-"), new InputReader.Limits(1000), big).get(0));
        assertEquals("-", e.source());
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
    }

    @Test
    void decodingUsesTheCharsetRules() throws IOException {
        Path f = dir.resolve("latin.html");
        Files.write(f, "<meta charset=utf-8><p>café “curly”</p>".getBytes(CharsetsTest.CP1252));
        assertEquals("<meta charset=utf-8><p>café “curly”</p>", doc(readAll(f).get(0)).content());
    }

    @Test
    void iteratorFollowsTheContract() throws IOException {
        Path f = dir.resolve("one.txt");
        Files.writeString(f, "one");
        try (InputReader r = new InputReader(List.of(f.toString()), InputReader.Limits.DEFAULT, InputStream::nullInputStream)) {
            Iterator<InputReader.Item> it = r.iterator();
            assertTrue(it.hasNext());
            assertTrue(it.hasNext(), "hasNext does not consume");
            doc(it.next());
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
    }

    @Test
    void closeStopsTheIteration() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, "{\"text\":\"1\"}\n{\"text\":\"2\"}\n{\"text\":\"3\"}\n");
        InputReader r = new InputReader(List.of(f.toString(), f.toString()), InputReader.Limits.DEFAULT, InputStream::nullInputStream);
        Iterator<InputReader.Item> it = r.iterator();
        doc(it.next());
        r.close();
        assertFalse(it.hasNext());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new InputReader.Limits(0));
        assertEquals(32L << 20, InputReader.Limits.DEFAULT.maxBytes());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return CharsetsTest.concat(a, b);
    }
}
