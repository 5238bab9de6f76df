package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction-benchmark metric: word 4-gram shingles of the true and predicted
 * bodies; per page precision and recall of the shingle multisets; macro averages; F1 of the averages.
 * A token is a maximal run of letters, digits (all Unicode number categories) and underscores, case kept,
 * as Python's {@code \w+}. Stateless.
 */
public final class Shingles {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private Shingles() {}

    /** Shares of true positives, false positives and false negatives on one page; they sum to 1 (or all 0). */
    public record Overlap(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    /** Macro precision (over pages that predicted something), recall (over pages with a truth), F1, accuracy. */
    public record Score(double precision, double recall, double f1, double accuracy, int pages) {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) return out;
        if (toks.size() < N) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + N <= toks.size(); i++) out.merge(List.copyOf(toks.subList(i, i + N)), 1, Integer::sum);
        return out;
    }

    public static Overlap overlap(String truth, String predicted) {
        Map<List<String>, Integer> g = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        long tp = 0, fp = 0, fn = 0;
        for (var e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (var e : g.entrySet()) fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        double total = tp + fp + fn;
        return total == 0 ? new Overlap(0, 0, 0) : new Overlap(tp / total, fp / total, fn / total);
    }

    public static boolean exact(String truth, String predicted) {
        return tokens(truth).equals(tokens(predicted));
    }

    public static Score aggregate(List<Overlap> pages, List<Boolean> exact) {
        double ps = 0, rs = 0;
        int np = 0, nr = 0;
        for (Overlap o : pages) {
            if (o.tp() + o.fp() > 0) {
                ps += o.precision();
                np++;
            }
            if (o.tp() + o.fn() > 0) {
                rs += o.recall();
                nr++;
            }
        }
        double p = np == 0 ? 0 : ps / np;
        double r = nr == 0 ? 0 : rs / nr;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = exact.isEmpty() ? 0 : exact.stream().filter(b -> b).count() / (double) exact.size();
        return new Score(p, r, f1, acc, pages.size());
    }

    /** Per-page F1 of one overlap, for listing the worst pages. */
    public static double f1(Overlap o) {
        double p = o.precision(), r = o.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
