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
 * Decodes bytes of a web page or text file. Order of evidence: byte-order mark; zero bytes on one side of
 * every other byte (UTF-16 without a byte-order mark); bytes that are valid UTF-8
 * with non-ASCII content (a wrong declaration is common, valid UTF-8 by accident is not); the HTTP header's
 * charset; the page's {@code <meta charset>}; then a fallback. The fallback is mixed UTF-8 when the bytes
 * hold at least as many valid UTF-8 sequences as stray bytes, or any valid sequence of three or four bytes
 * (windows-1252 text almost never forms one by accident): valid sequences are read as UTF-8 and the stray
 * bytes between them as windows-1252, so Latin-1 text pasted into a UTF-8 page keeps its letters. Otherwise
 * it is windows-1252 (what browsers assume for ISO-8859-1 too; its five unassigned bytes become the C1
 * controls of the same value, as in browsers). Stateless and thread-safe.
 */
public final class Charsets {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How the charset was chosen. */
    public enum Evidence { BOM, UTF8_VALID, HTTP_HEADER, META, UTF8_MOSTLY, FALLBACK, ASCII, UTF16_ZEROS }

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
        // 1b. UTF-16 without a BOM: text in Latin scripts has a zero in every other byte, on one side only.
        Optional<Charset> utf16 = utf16ByZeros(bytes);
        if (utf16.isPresent()) return new Decoded(strict(bytes, utf16.get()), utf16.get(), Evidence.UTF16_ZEROS);
        // 2. Pure ASCII or strictly valid UTF-8.
        Utf8Stats stats = utf8Stats(bytes);
        if (stats.nonAscii == 0) {
            Charset declared = declared(bytes, httpCharset).orElse(StandardCharsets.UTF_8);
            // 7-bit stateful encodings (ISO-2022-JP and kin) write their text in ASCII bytes with escapes.
            if (declared.name().toUpperCase(Locale.ROOT).startsWith("ISO-2022")) {
                return new Decoded(strict(bytes, declared), declared, Evidence.ASCII);
            }
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
        // 4. Mixed: UTF-8 with stray bytes (pasted Latin-1 inside a UTF-8 page).
        if (stats.valid >= stats.invalid || stats.validLong > 0) {
            return new Decoded(decodeMixed(bytes), StandardCharsets.UTF_8, Evidence.UTF8_MOSTLY);
        }
        return new Decoded(decodeWindows1252(bytes), WINDOWS_1252, Evidence.FALLBACK);
    }

    /**
     * UTF-16LE or BE told by where the zero bytes are in the first 4 KiB: at least 40% of the code units with a
     * zero on one side and almost none (2%) on the other. Text (even mostly non-Latin) in UTF-8 or a single-byte
     * charset has no zero bytes at all; binary data has them on both sides.
     */
    private static Optional<Charset> utf16ByZeros(byte[] bytes) {
        int units = Math.min(bytes.length, 4096) / 2;
        if (units < 8) return Optional.empty();
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < units; i++) {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= units * 4 && evenZeros * 50 <= units) return Optional.of(StandardCharsets.UTF_16LE);
        if (evenZeros * 10 >= units * 4 && oddZeros * 50 <= units) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    /** windows-1252 for the bytes 0x80-0x9F; the unassigned ones map to the C1 control of the same value. */
    private static final char[] WINDOWS_1252_HIGH = windows1252High();

    private static char[] windows1252High() {
        char[] out = new char[32];
        for (int b = 0x80; b <= 0x9F; b++) {
            String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            out[b - 0x80] = c == '\uFFFD' ? (char) b : c;
        }
        return out;
    }

    private static char windows1252(int b) {
        return b >= 0x80 && b <= 0x9F ? WINDOWS_1252_HIGH[b - 0x80] : (char) b;
    }

    private static String decodeWindows1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = windows1252(bytes[i] & 0xFF);
        return new String(out);
    }

    /** Valid UTF-8 sequences as UTF-8, every byte outside one as windows-1252. */
    private static String decodeMixed(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len = utf8SequenceLength(b, i);
            if (len == 0) {
                sb.append(windows1252(c));
                i++;
                continue;
            }
            int cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
            for (int k = 1; k < len; k++) cp = (cp << 6) | (b[i + k] & 0x3F);
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }

    /**
     * The length of the well-formed UTF-8 sequence that starts at {@code i} with a non-ASCII byte, or 0 when
     * none does (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
     */
    private static int utf8SequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len, lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + len > b.length) return 0;
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) return 0;
        for (int k = 2; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return 0;
        }
        return len;
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
        if (cs.equals(WINDOWS_1252)) return decodeWindows1252(bytes);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, cs); // replacement characters where the declaration was wrong
        }
    }

    /** Counts of non-ASCII bytes, valid sequences (and those of three or four bytes), stray bytes. */
    private record Utf8Stats(int nonAscii, int valid, int validLong, int invalid) {}

    private static Utf8Stats utf8Stats(byte[] b) {
        int nonAscii = 0, valid = 0, validLong = 0, invalid = 0;
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            nonAscii++;
            int len = utf8SequenceLength(b, i);
            if (len > 0) {
                valid++;
                if (len > 2) validLong++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Stats(nonAscii, valid, validLong, invalid);
    }
}
