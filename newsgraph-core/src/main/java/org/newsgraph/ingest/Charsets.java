package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes bytes of a web page or text file. Order of evidence: byte-order mark; bytes that are valid UTF-8
 * with non-ASCII content (a wrong declaration is common, valid UTF-8 by accident is not); the HTTP header's
 * charset; the page's {@code <meta charset>}; then a fallback: UTF-8 when most multi-byte sequences are
 * valid (mixed encodings), else windows-1252 (what browsers assume for ISO-8859-1 too). Stateless and
 * thread-safe.
 */
public final class Charsets {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How the charset was chosen. */
    public enum Evidence { BOM, UTF8_VALID, HTTP_HEADER, META, UTF8_MOSTLY, FALLBACK, ASCII }

    /** Decoded text, the charset used and why. */
    public record Decoded(String text, Charset charset, Evidence evidence) {}

    private Charsets() {}

    /**
     * Decodes {@code bytes}.
     *
     * @param httpCharset the charset named by an HTTP {@code Content-Type} header, when the bytes came from one
     */
    public static Decoded decode(byte[] bytes, Optional<String> httpCharset) {
        // 1. Byte-order marks.
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.BOM);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Evidence.BOM);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Evidence.BOM);
        }
        // 2. Pure ASCII or strictly valid UTF-8.
        Utf8Stats stats = utf8Stats(bytes);
        if (stats.nonAscii == 0) {
            Charset declared = declared(bytes, httpCharset).orElse(StandardCharsets.UTF_8);
            // An ASCII-compatible declaration decodes ASCII the same; a UTF-16 one on ASCII bytes is a lie.
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), asciiCompatible(declared) ? declared : StandardCharsets.UTF_8, Evidence.ASCII);
        }
        if (stats.invalid == 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.UTF8_VALID);
        }
        // 3. Declarations.
        Optional<Charset> http = httpCharset.flatMap(Charsets::forName);
        if (http.isPresent() && !isUtf8(http.get())) {
            return new Decoded(strict(bytes, http.get()), http.get(), Evidence.HTTP_HEADER);
        }
        Optional<Charset> meta = metaCharset(bytes);
        if (meta.isPresent() && !isUtf8(meta.get())) {
            return new Decoded(strict(bytes, meta.get()), meta.get(), Evidence.META);
        }
        // 4. Mixed: mostly UTF-8 with a few stray bytes (pasted Latin-1 inside a UTF-8 page).
        if (stats.valid >= 4 * stats.invalid) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.UTF8_MOSTLY);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Evidence.FALLBACK);
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static boolean asciiCompatible(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return !(n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.contains("EBCDIC") || n.startsWith("IBM0"));
    }

    private static Optional<Charset> declared(byte[] bytes, Optional<String> httpCharset) {
        return httpCharset.flatMap(Charsets::forName).or(() -> metaCharset(bytes));
    }

    /** The charset a {@code <meta>} tag in the first 8 KiB declares. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> forName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii") || n.equals("l1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, cs); // replacement characters where the declaration was wrong
        }
    }

    private record Utf8Stats(int nonAscii, int valid, int invalid) {}

    private static Utf8Stats utf8Stats(byte[] b) {
        int nonAscii = 0, valid = 0, invalid = 0;
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            nonAscii++;
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 && c <= 0xDF ? 2 : 0;
            if (len == 0 || i + len > n) { invalid++; i++; continue; }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) { ok = false; break; }
            }
            if (ok) { valid++; i += len; } else { invalid++; i++; }
        }
        return new Utf8Stats(nonAscii, valid, invalid);
    }
}
