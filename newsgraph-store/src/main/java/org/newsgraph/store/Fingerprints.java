package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprints of an article body: an exact content hash (SHA-256 of the text with white space and case
 * folded, so a copy re-wrapped or re-cased by another scraper is still the same text) and a 64-bit SimHash over
 * word 3-shingles for near-duplicates and syndicated copies (a wire story with another byline or a trimmed
 * last paragraph lands a few bits away). Stateless.
 */
public final class Fingerprints {
    /**
     * SimHashes at most this many bits apart are near-duplicates. Measured on the bundled example (572
     * words): the same text with a credit line added is 2 bits away, with up to ten small edits 3 to 5 bits,
     * an unrelated article about 30; two random hashes are this close with odds of about 1 in 10^11.
     */
    public static final int NEAR_DUPLICATE_BITS = 6;

    private Fingerprints() {}

    /** The exact-duplicate key: hex SHA-256 of the normalised text. */
    public static String contentHash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Lower-cased words separated by single spaces; punctuation other than inside words dropped. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A 64-bit SimHash of the text's word 3-shingles (each hashed with 64-bit FNV-1a and mixed). Texts of
     * fewer than three words hash their words.
     */
    public static long simHash(String text) {
        String[] words = normalise(text).split(" ");
        int[] votes = new int[64];
        int n = words.length < 3 ? words.length : words.length - 2;
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            int k = Math.min(3, words.length - i);
            for (int j = 0; j < k; j++) {
                String w = words[i + j];
                for (int c = 0; c < w.length(); c++) {
                    h ^= w.charAt(c);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            h = mix(h);
            for (int b = 0; b < 64; b++) votes[b] += ((h >>> b) & 1) != 0 ? 1 : -1;
        }
        long out = 0;
        for (int b = 0; b < 64; b++) if (votes[b] > 0) out |= 1L << b;
        return out;
    }

    /** Bits that differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** splitmix64's finaliser: FNV alone leaves the high bits of short shingles poorly spread. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
