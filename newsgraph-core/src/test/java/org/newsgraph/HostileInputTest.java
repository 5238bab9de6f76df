package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;

/**
 * Hostile inputs, through the public API and the reader: each must give a result or a clear failure that
 * names the input, in bounded time and memory (surefire runs with -Xmx2g), and never an exception.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String LIMIT = String.valueOf(InputReader.Limits.DEFAULT.maxBytes());

    @TempDir
    Path dir;

    /** Reads the paths with default limits, extracting each document; failures are returned as is. */
    private static List<Object> readAndExtract(Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) args.add(p.toString());
        List<Object> out = new ArrayList<>();
        try (InputReader reader = new InputReader(args, InputReader.Limits.DEFAULT, () -> new ByteArrayInputStream(new byte[0]))) {
            for (var it = reader.iterator(); it.hasNext(); ) {
                InputReader.Item item = it.next();
                if (item instanceof InputReader.Item.Doc d) {
                    Article a = Newsgraph.extract(d.document());
                    ArticleInvariants.check(a, d.document().content(), d.document().source());
                    out.add(a);
                } else {
                    out.add(((InputReader.Item.Failure) item).error());
                }
            }
        }
        return out;
    }

    private static Article article(Object o) {
        return assertInstanceOf(Article.class, o, () -> "expected an article, got " + o);
    }

    private static InputException failure(Object o) {
        return assertInstanceOf(InputException.class, o, () -> "expected a failure, got " + o);
    }

    // ---------------------------------------------------------------- random bytes

    @Test
    void randomBytesAsHtml() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(42).nextBytes(bytes);
        Path f = dir.resolve("noise.html");
        Files.write(f, bytes);
        List<Object> out = assertTimeoutPreemptively(BOUND, () -> readAndExtract(f));
        assertEquals(1, out.size());
        InputException e = failure(out.get(0));
        assertTrue(e.getMessage().contains("noise.html") && e.getMessage().contains("binary"), e.getMessage());
        // and straight through the API, as Latin-1 text: no article made of noise
        Article direct = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractHtml(new String(bytes, StandardCharsets.ISO_8859_1)));
        ArticleInvariants.check(direct, new String(bytes, StandardCharsets.ISO_8859_1), "direct");
        assertEquals(org.newsgraph.model.ArticleStatus.NOT_ARTICLE, direct.status());
        assertEquals("", direct.text());
    }

    @Test
    void randomBytesAsText() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(43).nextBytes(bytes);
        Path f = dir.resolve("noise.txt");
        Files.write(f, bytes);
        List<Object> out = assertTimeoutPreemptively(BOUND, () -> readAndExtract(f));
        assertEquals(1, out.size());
        assertTrue(failure(out.get(0)).getMessage().contains("binary"));
        String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
        Article direct = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractText(asUtf8));
        ArticleInvariants.check(direct, asUtf8, "direct");
        assertEquals(org.newsgraph.model.ArticleStatus.NOT_ARTICLE, direct.status());
    }

    // ---------------------------------------------------------------- size

    private static String bigPage(int minChars) {
        StringBuilder sb = new StringBuilder(minChars + 200);
        sb.append("<!DOCTYPE html><html><head><title>A very long page</title></head><body><article>\n");
        int i = 0;
        while (sb.length() < minChars) {
            sb.append("<p>Paragraph ").append(i++).append(" of a very long report: the council met again on Monday, ")
                    .append("and the members argued about the budget, the harbour and the schools until late.</p>\n");
        }
        return sb.append("</article></body></html>\n").toString();
    }

    @Test
    void fiftyMegabytePageIsRefusedByTheReaderNamingFileAndLimit() throws IOException {
        Path plain = dir.resolve("huge.html");
        Path gz = dir.resolve("huge-gz.html.gz");
        String page = bigPage(50_000_000);
        Files.writeString(plain, page);
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16), StandardCharsets.UTF_8)) {
            w.write(page);
        }
        List<Object> out = assertTimeoutPreemptively(BOUND, () -> readAndExtract(plain, gz));
        assertEquals(2, out.size());
        for (int i = 0; i < 2; i++) {
            InputException e = failure(out.get(i));
            Path p = i == 0 ? plain : gz;
            assertEquals(p.toString(), e.source());
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(LIMIT) && e.getMessage().contains("--max-bytes"), e.getMessage());
        }
    }

    @Test
    void fiftyMegabyteHtmlStringIsExtractedInBoundedTime() {
        String page = bigPage(50_000_000);
        Article a = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractHtml(page));
        assertEquals(ArticleStatus.ARTICLE, a.status());
        assertTrue(a.paragraphs().size() > 100_000, "paragraphs: " + a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).text().startsWith("Paragraph 0 of a very long report"));
        ArticleInvariants.check(a, page, "50 MB page");
    }

    @Test
    void fiftyMegabyteTextStringIsExtractedInBoundedTime() {
        StringBuilder sb = new StringBuilder("A very long report\n\n");
        for (int i = 0; sb.length() < 50_000_000; i++) {
            sb.append("Paragraph ").append(i).append(" of the report: the council met again on Monday, and argued late.\n\n");
        }
        String text = sb.toString();
        Article a = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractText(text));
        assertEquals(ArticleStatus.ARTICLE, a.status());
        assertTrue(a.paragraphs().size() > 100_000, "paragraphs: " + a.paragraphs().size());
        assertEquals("A very long report", a.title().orElseThrow());
        ArticleInvariants.check(a, text, "50 MB text");
    }

    // ---------------------------------------------------------------- depth

    private static final String SENTENCE = "The minister said on Monday that the talks, which began in March, would go on for several more weeks.";

    private static void assertDeepNestingSurvives(String open, String close) {
        String html = "<html><body>" + open.repeat(100_000) + "<p>" + SENTENCE + "</p><p>" + SENTENCE + "</p>"
                + close.repeat(100_000) + "</body></html>";
        Article a = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractHtml(html), open + " x 100000");
        ArticleInvariants.check(a, html, open);
        assertTrue(a.text().contains(SENTENCE), open + ": the innermost text is lost: " + a.text());
    }

    @Test
    void hundredThousandNestedDivs() {
        assertDeepNestingSurvives("<div>", "</div>");
    }

    @Test
    void hundredThousandNestedInlineTags() {
        assertDeepNestingSurvives("<b>", "</b>");
        assertDeepNestingSurvives("<span>", "</span>");
        assertDeepNestingSurvives("<span><b><i>", "</i></b></span>");
    }

    @Test
    void hundredThousandNestedUnclosedTagsWithText() {
        for (String tag : List.of("div", "table")) {
            String html = ("<" + tag + ">word ").repeat(100_000);
            Article a = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extractHtml(html), tag);
            ArticleInvariants.check(a, html, tag);
        }
    }

    @Test
    void deeplyNestedJsonLdIsIgnored() {
        // an article-typed block (others are skipped unread) nested far too deep to read
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"x\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}"
                + "</script><title>Deep</title></head><body><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p></body></html>";
        List<String> warnings = new ArrayList<>();
        Article a = assertTimeoutPreemptively(BOUND, () -> Newsgraph.extract(InputDocument.html("deep", html),
                org.newsgraph.extract.ExtractOptions.builder().warnings(warnings::add).build()));
        ArticleInvariants.check(a, html, "deep json-ld");
        assertTrue(a.text().contains(SENTENCE));
        assertFalse(warnings.isEmpty(), "a JSON-LD block too deep to read is reported");
        assertTrue(warnings.get(0).startsWith("deep: "), warnings.get(0));
    }

    // ---------------------------------------------------------------- gzip bomb

    /**
     * Writes a single-member gzip file of {@code mebibytes} MiB of zeros, about 1 KB per MiB on disk. Each MiB
     * is deflated once with a full flush, which byte-aligns the output and resets the dictionary, so the same
     * compressed bytes can be written again for every MiB: a real 1 GiB bomb in milliseconds, without
     * deflating 1 GiB in the test.
     */
    static void gzipBomb(Path file, int mebibytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream end = new java.io.ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(zeros);
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
                chunk.write(buf, 0, n);
            } while (n == buf.length);
            deflater.finish();
            while (!deflater.finished()) {
                n = deflater.deflate(buf);
                end.write(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) crc.update(zeros);
        int check = (int) crc.getValue();
        int size = (int) ((long) mebibytes << 20); // ISIZE is the length modulo 2^32
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            byte[] c = chunk.toByteArray();
            for (int i = 0; i < mebibytes; i++) out.write(c);
            end.writeTo(out);
            out.write(new byte[] {(byte) check, (byte) (check >> 8), (byte) (check >> 16), (byte) (check >>> 24),
                    (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >>> 24)});
        }
    }

    @Test
    void gzipBombHelperWritesValidGzip() throws IOException {
        Path small = dir.resolve("small.gz");
        gzipBomb(small, 3);
        long total = 0;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(small))) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) assertEquals(0, buf[i]);
                total += r;
            }
        }
        assertEquals(3L << 20, total, "decompresses fully, CRC and length checked by GZIPInputStream");
    }

    @Test
    void gzipBombFailsQuicklyNamingFileAndLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        gzipBomb(bomb, 1024); // 1 GiB of zeros
        assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small on disk: " + Files.size(bomb));
        Path jsonlBomb = dir.resolve("bomb.jsonl.gz");
        Files.copy(bomb, jsonlBomb);
        Path after = dir.resolve("after.txt");
        Files.writeString(after, "Still read after the bombs.");

        List<Object> out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAndExtract(bomb, jsonlBomb, after));
        assertEquals(3, out.size(), out.toString());
        InputException e = failure(out.get(0));
        assertEquals(bomb.toString(), e.source());
        assertTrue(e.getMessage().startsWith(bomb.toString()) && e.getMessage().contains(LIMIT), e.getMessage());
        InputException j = failure(out.get(1));
        assertEquals(jsonlBomb + ":1", j.source());
        assertTrue(j.getMessage().contains(LIMIT), j.getMessage());
        assertEquals("after", article(out.get(2)).id());
    }

    // ---------------------------------------------------------------- encodings

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String BODY = "The café owner, a naïve optimist, called the new rules “a disaster for the street” on Monday, and said he would fight them.";

    private static byte[] page(String head, String body, Charset cs) {
        return ("<html><head>" + head + "<title>Street rules</title></head><body><article><p>" + body + "</p><p>" + body
                + "</p></article></body></html>").getBytes(cs);
    }

    private Article readOne(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        List<Object> out = readAndExtract(f);
        assertEquals(1, out.size());
        return article(out.get(0));
    }

    @Test
    void windows1252BytesDeclaredAsUtf8() throws IOException {
        Article a = readOne("cp1252.html", page("<meta charset=\"utf-8\">", BODY, CP1252));
        assertEquals(BODY, a.paragraphs().get(0).text());
    }

    @Test
    void utf8BytesDeclaredAsLatin1() throws IOException {
        Article a = readOne("utf8.html", page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", BODY, StandardCharsets.UTF_8));
        assertEquals(BODY, a.paragraphs().get(0).text());
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("", BODY, StandardCharsets.UTF_16LE));
        assertEquals(BODY, readOne("utf16le.html", le).paragraphs().get(0).text());
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page("", BODY, StandardCharsets.UTF_16BE));
        assertEquals(BODY, readOne("utf16be.html", be).paragraphs().get(0).text());
    }

    @Test
    void pageMixingUtf8AndLatin1() throws IOException {
        String utf8Part = "The café owner in Zürich, a naïve optimist, called the new rules “a disaster for the street” on Monday.";
        String latin1Part = "Später sagte er: Das Café bleibt geöffnet, trotz der Regeln.";
        byte[] bytes = concat(
                ("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + utf8Part + "</p><p>").getBytes(StandardCharsets.UTF_8),
                latin1Part.getBytes(StandardCharsets.ISO_8859_1),
                ("</p><p>" + utf8Part + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        Article a = readOne("mixed.html", bytes);
        assertEquals(List.of(utf8Part, latin1Part, utf8Part), a.paragraphs().stream().map(p -> p.text()).toList());
        assertFalse(a.text().contains("\uFFFD"));
    }

    @Test
    void scrapedTextInWindows1252() throws IOException {
        String text = "Street rules\n\n" + BODY + "\n\n" + BODY + "\n";
        Article a = readOne("cp1252.txt", text.getBytes(CP1252));
        assertEquals("Street rules", a.title().orElseThrow());
        assertEquals(BODY, a.paragraphs().get(0).text());
    }

    // ---------------------------------------------------------------- empty inputs

    @Test
    void emptyFilesGiveAClearOutcome() throws IOException {
        Path html = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path txt = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path gz = Files.write(dir.resolve("empty.html.gz"), new byte[0]);
        Path jsonl = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        Path blankJsonl = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\n");
        Path emptyGzipTxt = dir.resolve("empty-member.txt.gz");
        new GZIPOutputStream(Files.newOutputStream(emptyGzipTxt)).close();

        List<Object> out = assertTimeoutPreemptively(BOUND, () -> readAndExtract(html, txt, gz, jsonl, blankJsonl, emptyGzipTxt));
        assertEquals(6, out.size(), out.toString());
        for (int i : new int[] {0, 1, 5}) {
            Article a = article(out.get(i));
            assertEquals(ArticleStatus.NOT_ARTICLE, a.status());
            assertEquals("", a.text());
        }
        assertEquals("empty", article(out.get(0)).id());
        for (int i : new int[] {2, 3, 4}) {
            InputException e = failure(out.get(i));
            Path p = List.of(html, txt, gz, jsonl, blankJsonl).get(i);
            assertEquals(p.toString(), e.source());
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
    }

    @Test
    void emptyAndBlankStringsAreNotArticles() {
        for (String s : List.of("", " ", "\n\n\n", "\u00A0\u200B\uFEFF", "<html></html>", "<!-- only a comment -->", "<p> </p>")) {
            Article h = Newsgraph.extractHtml(s);
            Article t = Newsgraph.extractText(s);
            assertEquals(ArticleStatus.NOT_ARTICLE, h.status(), () -> "html " + s);
            assertEquals(ArticleStatus.NOT_ARTICLE, t.status(), () -> "text " + s);
            ArticleInvariants.check(h, s, "html");
            ArticleInvariants.check(t, s, "text");
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
