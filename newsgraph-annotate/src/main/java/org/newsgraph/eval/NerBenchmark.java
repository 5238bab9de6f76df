package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Scores entity mentions against CoNLL-style gold files, as conlleval does: a mention counts when its tokens
 * and its type both match exactly. Reads CoNLL-2003 ({@code word POS chunk NER}, {@code -DOCSTART-} between
 * documents), two-column {@code word TAG} files (WikiGold) and CoNLL-U-like IOB2 files ({@code id word TAG ...}),
 * IOB1 or IOB2. Our types map to PER, ORG, LOC (countries, states, cities, other locations) and MISC
 * (nationalities and other names); titles are not entities there.
 */
public final class NerBenchmark {
    private NerBenchmark() {}

    /** A gold token. */
    record Tok(String word, String tag) {}

    /** One document: sentences of gold tokens. */
    record Doc(List<List<Tok>> sentences) {}

    /** Counts for one type. */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Per-type and overall counts, the number of documents and tokens scored, and the types the gold never uses
     * (UNER has no MISC), whose predictions are left out of the scores rather than counted as errors.
     */
    public record Result(Map<String, Counts> byType, Counts overall, int documents, int tokens, Set<String> ignoredTypes) {}

    /** Reads a gold file; lines that fit no known layout are reported with their line number. */
    static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<List<Tok>> sentences = new ArrayList<>();
        List<Tok> sentence = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) continue;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    if (!sentence.isEmpty()) sentences.add(sentence);
                    sentence = new ArrayList<>();
                    continue;
                }
                if (trimmed.startsWith("-DOCSTART-")) {
                    if (!sentence.isEmpty()) sentences.add(sentence);
                    sentence = new ArrayList<>();
                    if (!sentences.isEmpty()) docs.add(new Doc(sentences));
                    sentences = new ArrayList<>();
                    continue;
                }
                String[] f = line.contains("\t") ? line.split("\t") : trimmed.split("\\s+");
                String word;
                String tag;
                if (f.length >= 3 && line.contains("\t") && f[0].matches("\\d+(\\.\\d+)?")) {
                    word = f[1];
                    tag = f[2];
                } else if (f.length >= 2) {
                    word = f[0];
                    tag = f[f.length - 1];
                } else {
                    throw new IOException(file + ":" + n + ": expected a word and a tag, got: " + line);
                }
                if (!tag.equals("O") && !tag.matches("[BIE]-[A-Za-z]+")) {
                    throw new IOException(file + ":" + n + ": not an IOB tag: " + tag);
                }
                sentence.add(new Tok(word, tag));
            }
        }
        if (!sentence.isEmpty()) sentences.add(sentence);
        if (!sentences.isEmpty()) docs.add(new Doc(sentences));
        // Files without document markers become documents of 40 sentences (news-article size).
        List<Doc> out = new ArrayList<>();
        for (Doc d : docs) {
            for (int i = 0; i < d.sentences().size(); i += 40) {
                out.add(new Doc(d.sentences().subList(i, Math.min(d.sentences().size(), i + 40))));
            }
        }
        return out;
    }

    /** A typed token span. */
    record Span(int first, int last, String type) {}

    /** Gold spans from IOB1 or IOB2 tags (an I- after O or another type starts a mention in IOB1). */
    static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String ty = t.equals("O") ? null : t.substring(2);
            boolean begins = t.startsWith("B-") || ty != null && !ty.equals(type);
            if (type != null && (ty == null || begins)) {
                out.add(new Span(start, i - 1, type));
                type = null;
            }
            if (ty != null && (begins || type == null)) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    /** The CoNLL type of one of our mention types, empty for titles. */
    public static Optional<String> conllType(EntityType t) {
        return switch (t) {
            case PERSON -> Optional.of("PER");
            case ORGANIZATION -> Optional.of("ORG");
            case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION -> Optional.of("LOC");
            case NATIONALITY, MISC -> Optional.of("MISC");
            case TITLE -> Optional.empty();
        };
    }

    /** Annotates every document of the file and scores the mentions. */
    public static Result run(Path file, NewsAnnotator annotator) throws IOException {
        List<Doc> docs = read(file);
        Set<String> goldTypes = new HashSet<>();
        for (Doc d : docs) {
            for (List<Tok> sentence : d.sentences()) {
                for (Tok t : sentence) if (!t.tag().equals("O")) goldTypes.add(t.tag().substring(2));
            }
        }
        Set<String> ignored = new java.util.TreeSet<>(Set.of("PER", "ORG", "LOC", "MISC"));
        ignored.removeAll(goldTypes);
        Map<String, int[]> counts = new TreeMap<>();
        int tokens = 0;
        for (Doc d : docs) {
            StringBuilder text = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (List<Tok> s : d.sentences()) {
                if (!text.isEmpty()) text.append("\n\n");
                for (int i = 0; i < s.size(); i++) {
                    if (i > 0) text.append(' ');
                    offsets.add(new int[] {text.length(), text.length() + s.get(i).word().length()});
                    text.append(s.get(i).word());
                    tags.add(s.get(i).tag());
                }
            }
            tokens += tags.size();
            Annotations a = annotator.annotate(text.toString(), Optional.empty());
            Set<Span> gold = new HashSet<>(spans(tags));
            Set<Span> predicted = new HashSet<>();
            for (Mention m : a.mentions()) {
                Optional<String> type = conllType(m.type());
                if (type.isEmpty() || ignored.contains(type.get())) continue;
                int first = -1, last = -1;
                for (int i = 0; i < offsets.size(); i++) {
                    if (offsets.get(i)[0] < m.end() && m.start() < offsets.get(i)[1]) {
                        if (first < 0) first = i;
                        last = i;
                    }
                }
                if (first >= 0) predicted.add(new Span(first, last, type.get()));
            }
            for (Span g : gold) counts.computeIfAbsent(g.type(), k -> new int[3])[0]++;
            for (Span p : predicted) {
                int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
                c[1]++;
                if (gold.contains(p)) c[2]++;
            }
        }
        Map<String, Counts> byType = new TreeMap<>();
        int g = 0, p = 0, c = 0;
        for (var e : counts.entrySet()) {
            int[] v = e.getValue();
            byType.put(e.getKey(), new Counts(v[0], v[1], v[2]));
            g += v[0];
            p += v[1];
            c += v[2];
        }
        return new Result(byType, new Counts(g, p, c), docs.size(), tokens, ignored);
    }
}
