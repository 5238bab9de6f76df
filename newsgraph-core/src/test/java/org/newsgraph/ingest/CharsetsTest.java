package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final String SAMPLE = "café naïve “curly” – ‘quotes’ €5";

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static Charsets.Decoded decode(byte[] bytes) {
        return Charsets.decode(bytes, Optional.empty());
    }

    @Test
    void windows1252BytesUnderAFalseUtf8DeclarationAreReadAsWindows1252() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + SAMPLE + "</p></body></html>").getBytes(CP1252);
        Charsets.Decoded d = decode(page);
        assertTrue(d.text().contains(SAMPLE), d.text());
        assertEquals(CP1252, d.charset());
        assertEquals(Charsets.Evidence.FALLBACK, d.evidence());
    }

    @Test
    void validUtf8WinsOverAFalseLatin1Declaration() {
        byte[] page = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>" + SAMPLE + "</p>").getBytes(StandardCharsets.UTF_8);
        Charsets.Decoded d = decode(page);
        assertTrue(d.text().contains(SAMPLE), d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(Charsets.Evidence.UTF8_VALID, d.evidence());
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("<p>" + SAMPLE + "</p>").getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ("<p>" + SAMPLE + "</p>").getBytes(StandardCharsets.UTF_16BE));
        byte[] u8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("<meta charset=koi8-r><p>" + SAMPLE + "</p>").getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>" + SAMPLE + "</p>", decode(le).text());
        assertEquals(StandardCharsets.UTF_16LE, decode(le).charset());
        assertEquals("<p>" + SAMPLE + "</p>", decode(be).text());
        assertEquals(StandardCharsets.UTF_16BE, decode(be).charset());
        assertEquals("<meta charset=koi8-r><p>" + SAMPLE + "</p>", decode(u8).text());
        assertEquals(Charsets.Evidence.BOM, decode(u8).evidence());
    }

    @Test
    void mostlyUtf8PageKeepsItsStrayLatin1Letters() {
        // A UTF-8 page with one phrase pasted in Latin-1: both must read right, no replacement characters.
        byte[] page = concat("<meta charset=\"utf-8\"><p>café “curly” Zürich ".getBytes(StandardCharsets.UTF_8),
                "naïve".getBytes(StandardCharsets.ISO_8859_1), " end – done</p>".getBytes(StandardCharsets.UTF_8));
        Charsets.Decoded d = decode(page);
        assertEquals("<meta charset=\"utf-8\"><p>café “curly” Zürich naïve end – done</p>", d.text());
        assertEquals(Charsets.Evidence.UTF8_MOSTLY, d.evidence());
        assertFalse(d.text().contains("\uFFFD"));
    }

    @Test
    void mostlyUtf8WithWindows1252QuotesKeepsTheQuotes() {
        byte[] page = concat("Zürich café crème brûlée façade déjà vu à côté ".getBytes(StandardCharsets.UTF_8),
                "“quoted”".getBytes(CP1252));
        assertEquals("Zürich café crème brûlée façade déjà vu à côté “quoted”", decode(page).text());
    }

    @Test
    void englishUtf8PageWithAPastedLatin1ParagraphKeepsBoth() {
        // few UTF-8 sequences (curly quotes, three bytes each), many stray Latin-1 bytes
        byte[] page = concat("<p>The “new” rules</p><p>".getBytes(StandardCharsets.UTF_8),
                "Schöne Grüße aus Köln, sagte Jürgen Müller.".getBytes(StandardCharsets.ISO_8859_1),
                "</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>The “new” rules</p><p>Schöne Grüße aus Köln, sagte Jürgen Müller.</p>", decode(page).text());
    }

    @Test
    void windows1252TextWithAnAccidentalUtf8PairStaysWindows1252() {
        // "ß“" is DF 93 in windows-1252: a valid two-byte UTF-8 sequence by accident, outnumbered by stray bytes
        String german = "„Gruß“, sagte er. Schöne Grüße aus Köln.";
        Charsets.Decoded d = decode(german.getBytes(CP1252));
        assertEquals(german, d.text());
        assertEquals(Charsets.Evidence.FALLBACK, d.evidence());
    }

    @Test
    void httpHeaderCharsetBeatsMetaForNonUtf8Bytes() {
        byte[] page = "<meta charset=\"windows-1251\"><p>Москва</p>".getBytes(Charset.forName("KOI8-R"));
        Charsets.Decoded d = Charsets.decode(page, Optional.of("KOI8-R"));
        assertEquals("<meta charset=\"windows-1251\"><p>Москва</p>", d.text());
        assertEquals(Charsets.Evidence.HTTP_HEADER, d.evidence());
    }

    @Test
    void metaCharsetDecodesLegacyPages() {
        byte[] cyr = "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"><p>Москва</p>".getBytes(Charset.forName("windows-1251"));
        assertEquals(Charsets.Evidence.META, decode(cyr).evidence());
        assertTrue(decode(cyr).text().endsWith("<p>Москва</p>"));
        byte[] sjis = "<meta charset=shift_jis><p>日本語の記事</p>".getBytes(Charset.forName("Shift_JIS"));
        assertTrue(decode(sjis).text().endsWith("<p>日本語の記事</p>"));
    }

    @Test
    void iso2022JapaneseInSevenBitBytesIsDecoded() {
        Charset jis = Charset.forName("ISO-2022-JP");
        byte[] page = "<meta charset=\"iso-2022-jp\"><p>東京の天気</p>".getBytes(jis);
        for (byte b : page) assertTrue(b >= 0, "ISO-2022-JP is 7-bit");
        assertEquals("<meta charset=\"iso-2022-jp\"><p>東京の天気</p>", decode(page).text());
    }

    @Test
    void latin1LabelsMeanWindows1252() {
        assertEquals(Optional.of(CP1252), Charsets.forName("ISO-8859-1"));
        assertEquals(Optional.of(CP1252), Charsets.forName(" latin1 "));
        assertEquals(Optional.of(StandardCharsets.UTF_8), Charsets.forName("UTF-8"));
        assertEquals(Optional.empty(), Charsets.forName("no-such-charset"));
        assertEquals(Optional.empty(), Charsets.forName("bad name!"));
        byte[] page = "<meta charset=iso-8859-1><p>“quoted” café</p>".getBytes(CP1252);
        assertEquals("<meta charset=iso-8859-1><p>“quoted” café</p>", decode(page).text());
    }

    @Test
    void unassignedWindows1252BytesBecomeControlsNotReplacementCharacters() {
        byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0x80, (byte) 0x9D};
        Charsets.Decoded d = decode(bytes);
        assertEquals("a\u0081b€\u009D", d.text());
    }

    @Test
    void asciiIsAsciiWhateverTheDeclaration() {
        byte[] page = "<meta charset=\"utf-16\"><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
        Charsets.Decoded d = decode(page);
        assertEquals("<meta charset=\"utf-16\"><p>plain</p>", d.text());
        assertEquals(Charsets.Evidence.ASCII, d.evidence());
        assertEquals(StandardCharsets.UTF_8, d.charset(), "a UTF-16 declaration on ASCII bytes is a lie");
        assertEquals("", decode(new byte[0]).text());
    }

    @Test
    void malformedUtf8FormsAreNotTakenForUtf8() {
        // an overlong "/" and a CESU-8 surrogate are not UTF-8: the whole input is not valid UTF-8
        byte[] overlong = {'o', 'k', ' ', (byte) 0xE0, (byte) 0x80, (byte) 0xAF};
        byte[] surrogate = {'o', 'k', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertFalse(decode(overlong).evidence() == Charsets.Evidence.UTF8_VALID);
        assertFalse(decode(surrogate).evidence() == Charsets.Evidence.UTF8_VALID);
        assertFalse(decode(overlong).text().contains("\uFFFD"));
        // a 4-byte emoji and a 3-byte CJK character are
        byte[] good = "ok 😀 北".getBytes(StandardCharsets.UTF_8);
        assertEquals(Charsets.Evidence.UTF8_VALID, decode(good).evidence());
        assertEquals("ok 😀 北", decode(good).text());
    }

    @Test
    void metaIsOnlyLookedForInTheHead() {
        String filler = "x".repeat(9000);
        byte[] late = (filler + "<meta charset=\"koi8-r\">").getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), Charsets.metaCharset(late));
        assertEquals(Optional.of(Charset.forName("KOI8-R")), Charsets.metaCharset("<META CHARSET='KOI8-R'>".getBytes(StandardCharsets.US_ASCII)));
    }

    /** Regression for issue 15, item 7: UTF-16 without a byte-order mark was refused as "binary data". */
    @org.junit.jupiter.api.Test
    void utf16WithoutABomIsText() {
        String text = "Officials in Zürich said on Monday that the talks would continue next week — « peut-être », they added.";
        Charsets.Decoded le = decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, le.text());
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        assertEquals(Charsets.Evidence.UTF16_ZEROS, le.evidence());
        Charsets.Decoded be = decode(text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, be.text());
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
        assertFalse(Binary.looksBinary(le.text()));
        byte[] binary = new byte[512];
        new java.util.Random(1).nextBytes(binary);
        for (int i = 0; i < binary.length; i += 3) binary[i] = 0;
        assertFalse(decode(binary).evidence() == Charsets.Evidence.UTF16_ZEROS, "zeros on both sides are not UTF-16");
    }
}
