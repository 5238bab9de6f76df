package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.model.Location;

/**
 * Scores a geoparser against gold toponyms as Gritta et al. do ("What's missing in geographical parsing?",
 * 2018; "A pragmatic guide to geoparsing evaluation", 2019): recognition precision and recall, a predicted
 * place matching a gold toponym when their spans overlap; then, over the gold toponyms that were recognised
 * and have gold coordinates, the great-circle error of the predicted point: accuracy at 161 km (the share of
 * errors under 100 miles), mean and median error in km, and the AUC of the log-error curve (errors sorted,
 * each scaled to ln(1 + km) / ln(20039), the area by the trapezoidal rule; 0 is perfect, 1 the worst).
 * Stateless.
 */
public final class GeoBenchmark {
    private GeoBenchmark() {}

    /** Half the Earth's circumference, the largest possible error, in km. */
    static final double MAX_KM = 20039;

    /** One resolved gold toponym: the gold, the prediction and the error in km. */
    public record Resolved(String articleId, GeoGold.Toponym gold, Location predicted, double errorKm) {}

    /**
     * The scores.
     *
     * @param articles   articles scored
     * @param gold       gold toponyms
     * @param predicted  places predicted
     * @param matchedGold gold toponyms overlapped by a prediction (recall's numerator)
     * @param matchedPredicted predictions overlapping a gold toponym (precision's numerator)
     * @param resolved   the recognised gold toponyms with coordinates, with their errors
     */
    public record Result(int articles, int gold, int predicted, int matchedGold, int matchedPredicted, List<Resolved> resolved) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of resolved toponyms within 161 km. */
        public double accuracy161() {
            if (resolved.isEmpty()) return 0;
            return resolved.stream().filter(r -> r.errorKm() < 161).count() / (double) resolved.size();
        }

        public double meanKm() {
            return resolved.stream().mapToDouble(Resolved::errorKm).average().orElse(0);
        }

        public double medianKm() {
            if (resolved.isEmpty()) return 0;
            double[] e = resolved.stream().mapToDouble(Resolved::errorKm).sorted().toArray();
            int n = e.length;
            return n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        }

        /** Area under the curve of sorted, log-scaled errors (Gritta et al.): lower is better. */
        public double auc() {
            if (resolved.size() < 2) return 0;
            List<Double> e = new ArrayList<>();
            for (Resolved r : resolved) e.add(Math.log(r.errorKm() + 1));
            Collections.sort(e);
            double area = 0;
            for (int i = 1; i < e.size(); i++) area += (e.get(i - 1) + e.get(i)) / 2;
            return area / (Math.log(MAX_KM) * (e.size() - 1));
        }
    }

    /** Scores the predictions for each article. */
    public static Result score(List<GeoGold.Article> articles, Function<GeoGold.Article, List<Location>> geoparser) {
        int gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0;
        List<Resolved> resolved = new ArrayList<>();
        for (GeoGold.Article a : articles) {
            List<Location> locs = geoparser.apply(a);
            predicted += locs.size();
            for (Location l : locs) {
                for (GeoGold.Toponym t : a.toponyms()) {
                    if (overlaps(t, l)) {
                        matchedPredicted++;
                        break;
                    }
                }
            }
            for (GeoGold.Toponym t : a.toponyms()) {
                gold++;
                Location best = null;
                for (Location l : locs) {
                    if (!overlaps(t, l)) continue;
                    // Of several overlapping predictions, the one covering most of the gold span.
                    if (best == null || overlap(t, l) > overlap(t, best)) best = l;
                }
                if (best == null) continue;
                matchedGold++;
                if (t.located()) {
                    resolved.add(new Resolved(a.id(), t, best, Location.distanceKm(t.lat().getAsDouble(), t.lon().getAsDouble(),
                            best.lat(), best.lon())));
                }
            }
        }
        return new Result(articles.size(), gold, predicted, matchedGold, matchedPredicted, resolved);
    }

    private static boolean overlaps(GeoGold.Toponym t, Location l) {
        return l.start() < t.end() && t.start() < l.end();
    }

    private static int overlap(GeoGold.Toponym t, Location l) {
        return Math.min(t.end(), l.end()) - Math.max(t.start(), l.start());
    }
}
