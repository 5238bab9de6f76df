package org.newsgraph.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.geo.Geocoder;
import org.newsgraph.eval.GeoBenchmark;
import org.newsgraph.eval.GeoGold;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Location;

/**
 * Development harness (not a test): {@code CACHE GOLD...} geocodes the cached annotations of each gold file
 * (see {@link GeoDevHarness}) and prints the scores of both halves (even articles: the tuning half; odd:
 * the other), then the tuning half's errors over 161 km and its missed toponyms.
 */
public final class GeoDevScore {
    private GeoDevScore() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Annotations> cache = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) continue;
            JsonNode o = mapper.readTree(line);
            cache.put(o.get("key").asText(), JsonAnnotations.read(o));
        }
        long t0 = System.nanoTime();
        Geocoder geocoder = new Geocoder();
        System.out.printf("gazetteer loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        boolean verbose = System.getProperty("verbose") != null;
        for (int i = 1; i < args.length; i++) {
            Path gold = Path.of(args[i]);
            List<GeoGold.Article> all = GeoGold.read(gold, w -> {});
            List<GeoGold.Article> tune = new ArrayList<>(), held = new ArrayList<>();
            for (GeoGold.Article a : all) (a.index() % 2 == 0 ? tune : held).add(a);
            long[] nanos = new long[1];
            java.util.function.Function<GeoGold.Article, List<Location>> run = a -> {
                Annotations n = cache.get(gold.getFileName() + "#" + a.id());
                if (n == null) return List.of();
                long s = System.nanoTime();
                List<Location> r = geocoder.locate(a.text(), n);
                nanos[0] += System.nanoTime() - s;
                return r;
            };
            for (var half : List.of(Map.entry("tune (even)", tune), Map.entry("other (odd)", held))) {
                GeoBenchmark.Result r = GeoBenchmark.score(half.getValue(), run);
                System.out.printf("%s %s: articles %d gold %d  recognition P %.3f R %.3f F1 %.3f  resolved %d  acc@161 %.3f  mean %.0f km  median %.1f km  AUC %.3f%n",
                        gold.getFileName(), half.getKey(), r.articles(), r.gold(), r.precision(), r.recall(), r.f1(), r.resolved().size(),
                        r.accuracy161(), r.meanKm(), r.medianKm(), r.auc());
            }
            System.out.printf("  geocoding time %.1f ms for %d articles%n", nanos[0] / 1e6, all.size());
            if (!verbose) continue;
            GeoBenchmark.Result r = GeoBenchmark.score(tune, run);
            for (GeoBenchmark.Resolved x : r.resolved()) {
                if (x.errorKm() >= 161) {
                    System.out.printf("  ERR %6.0f km  %-20s -> " + x.predicted().text() + " = %s [%s %s] (%.2f,%.2f) gold (%.2f,%.2f)%n", x.errorKm(), x.gold().phrase(),
                            x.predicted().fullName(), x.predicted().featureCode(), x.predicted().geonamesId(), x.predicted().lat(), x.predicted().lon(),
                            x.gold().lat().getAsDouble(), x.gold().lon().getAsDouble());
                }
            }
            for (GeoGold.Article a : tune) {
                List<Location> locs = run.apply(a);
                for (GeoGold.Toponym t : a.toponyms()) {
                    boolean hit = locs.stream().anyMatch(l -> l.start() < t.end() && t.start() < l.end());
                    if (!hit) System.out.printf("  MISS %-25s | %s%n", t.phrase(), context(a.text(), t.start(), t.end()));
                }
                for (Location l : locs) {
                    boolean hit = a.toponyms().stream().anyMatch(t -> l.start() < t.end() && t.start() < l.end());
                    if (!hit) System.out.printf("  FP   %-25s -> %s | %s%n", l.text(), l.fullName(), context(a.text(), l.start(), l.end()));
                }
            }
        }
    }

    private static String context(String text, int s, int e) {
        return text.substring(Math.max(0, s - 40), s).replace('\n', ' ') + "[" + text.substring(s, e) + "]"
                + text.substring(e, Math.min(text.length(), e + 30)).replace('\n', ' ');
    }
}
