package org.newsgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats a {@link BenchReport} as a plain-text table. */
final class ReportTable {
    private ReportTable() {}

    static String format(BenchReport r) {
        StringBuilder b = new StringBuilder();
        var env = r.environment();
        var setup = r.setup();
        var corpus = r.corpus();
        b.append(String.format(Locale.ROOT, "bench extract: %d pages, %.2f MB of HTML from %s%n", corpus.pages(),
                corpus.megabytes(), corpus.dir()));
        b.append(String.format(Locale.ROOT, "  MB = %s%n", setup.megabyte()));
        b.append(String.format(Locale.ROOT, "Java %s (%s, %s), %s; max heap %.0f MB; %d processors available, %s;"
                        + " one thread%n", env.javaVersion(), env.javaVm(), env.javaVendor(),
                String.join(" + ", env.garbageCollectors()), env.maxHeapBytes() / ExtractBench.MB,
                env.availableProcessors(), env.cpu()));
        b.append(String.format(Locale.ROOT, "%d warm-up + %d measured passes per extractor; %s%s%n%n",
                setup.warmupPasses(), setup.measuredPasses(), setup.order(),
                setup.gcBeforePass() ? "; untimed System.gc() before each pass" : ""));
        b.append(String.format(Locale.ROOT, "%-14s %9s %8s %8s %9s %8s %8s %19s %10s %9s %9s %6s%n",
                "extractor", "docs/s", "MB/s", "mean ms", "median ms", "p95 ms", "max ms", "pass docs/s min-max",
                "alloc MB/d", "peak heap", "non-empty", "errors"));
        for (var x : r.extractors()) {
            b.append(String.format(Locale.ROOT, "%-14s %9.1f %8.2f %8.2f %9.2f %8.2f %8.1f %19s %10.2f %9.0f %9s %6d%n",
                    x.name(), x.docsPerSecond(), x.megabytesPerSecond(), x.meanMsPerDoc(), x.medianMsPerDoc(),
                    x.p95MsPerDoc(), x.maxMsPerDoc(),
                    String.format(Locale.ROOT, "%.1f-%.1f", x.minPassDocsPerSecond(), x.maxPassDocsPerSecond()),
                    x.allocatedMegabytesPerDoc(), x.peakHeapMegabytes(), x.nonEmptyPages() + "/" + corpus.pages(),
                    x.errorPages()));
        }
        b.append('\n');
        for (Map.Entry<String, Double> e : r.ratios().entrySet()) {
            b.append(String.format(Locale.ROOT, "throughput ratio %s: %.2fx (docs/s; MB/s gives the same on the same pages)%n",
                    e.getKey(), e.getValue()));
        }
        for (var x : r.extractors()) {
            b.append(String.format(Locale.ROOT, "%-14s %s; %d chars of text in all%n", x.name() + ":", x.description(),
                    x.textChars()));
        }
        for (var x : r.extractors()) {
            if (!x.emptyPages().isEmpty()) {
                List<String> some = x.emptyPages().subList(0, Math.min(5, x.emptyPages().size()));
                b.append(String.format(Locale.ROOT, "  %s: no text for %s%s%n", x.name(), String.join(", ", some),
                        x.emptyPages().size() > some.size() ? " and " + (x.emptyPages().size() - some.size()) + " more" : ""));
            }
        }
        for (var x : r.extractors()) {
            int shown = 0;
            for (var e : x.errors()) {
                if (shown++ == 10) {
                    b.append(String.format(Locale.ROOT, "  ... %d more errors from %s%n", x.errors().size() - 10, x.name()));
                    break;
                }
                b.append(String.format(Locale.ROOT, "  %s failed on %s: %s%n", x.name(), e.page(), e.error()));
            }
        }
        b.append("ms/doc over all measured page extractions (pages x passes); alloc MB/d: heap allocated per page;\n"
                + "peak heap: MB, the heap pools' peaks summed over a pass, the decoded pages held in memory included\n");
        return b.toString();
    }
}
