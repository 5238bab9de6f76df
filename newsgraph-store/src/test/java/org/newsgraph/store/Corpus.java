package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test corpora written by the tests themselves (no third-party text): articles of random words from a
 * fixed vocabulary, seeded, so that no two are near-duplicates of each other.
 */
final class Corpus {
    private Corpus() {}

    static final Path EXAMPLE = Path.of("../examples/al-jazeera-2017-04-10.txt");

    private static final String[] WORDS = ("minister council harbour election river budget coalition court village energy "
            + "farmers strike treaty border summit vaccine drought protest railway senate market bridge festival school "
            + "hospital factory mayor storm flood police airport league museum bank export import tariff ceasefire embassy "
            + "parliament harvest mining satellite network currency inflation pension reform ferry glacier forest volcano").split(" ");

    /** An article body of {@code words} random words: sentences of ten, paragraphs of four sentences. */
    static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < words / 10; s++) {
            for (int i = 0; i < 10; i++) {
                String w = WORDS[r.nextInt(WORDS.length)];
                sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
            }
            sb.append(s % 4 == 3 ? ".\n\n" : ". ");
        }
        return sb.toString().strip();
    }

    /** A jsonl file of {@code n} distinct articles, ids a0..a(n-1), dated in April 2019. */
    static Path jsonl(Path dir, String name, int n, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Report number " + i + " from the wire\n\n" + text(r, 120);
            lines.add("{\"id\":\"a" + i + "\",\"text\":" + json(text) + ",\"url\":\"https://news.example.org/" + i
                    + "\",\"published\":\"2019-04-" + String.format("%02d", 1 + i % 28) + "\"}");
        }
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
