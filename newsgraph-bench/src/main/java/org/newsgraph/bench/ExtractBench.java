package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Times extractors side by side on the same decoded pages, in one JVM, on the calling thread. Every extractor
 * runs {@code warmup} untimed passes and then {@code iterations} timed passes over all pages; the passes
 * alternate between extractors, with the order flipped every round (A B, B A, A B, ...), so that neither
 * extractor systematically gets the hotter or colder machine, and an untimed {@code System.gc()} precedes
 * each pass so that no extractor pays for the other's garbage.
 */
public final class ExtractBench {
    /** One MB, in bytes. */
    static final double MB = 1_000_000.0;

    /**
     * @param warmup       untimed passes per extractor
     * @param iterations   timed passes per extractor
     * @param gcBeforePass whether to run {@code System.gc()} (untimed) before each pass
     */
    public record Config(int warmup, int iterations, boolean gcBeforePass) {
        public Config {
            if (warmup < 0) throw new IllegalArgumentException("warm-up passes must be 0 or more: " + warmup);
            if (iterations < 1) throw new IllegalArgumentException("measured passes must be 1 or more: " + iterations);
        }
    }

    private final Config config;
    private final PrintWriter progress;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    /** Keeps results observable so that no extraction can be optimised away. */
    private long sink;

    /** @param progress where to report each pass as it ends; {@code null} for silence */
    public ExtractBench(Config config, PrintWriter progress) {
        this.config = Objects.requireNonNull(config);
        this.progress = progress;
    }

    /** What one extractor did over the run. */
    private static final class Tally {
        final Extractor extractor;
        final long[] nanos;
        int samples;
        long measuredNanos;
        final List<Double> passRates = new ArrayList<>();
        long allocatedBytes;
        boolean allocationCounted = true;
        long peakHeapBytes;
        final boolean[] nonEmpty;
        final int[] textChars;
        final Map<Integer, String> errors = new LinkedHashMap<>();

        Tally(Extractor extractor, int pages, int iterations) {
            this.extractor = extractor;
            this.nanos = new long[pages * iterations];
            this.nonEmpty = new boolean[pages];
            this.textChars = new int[pages];
        }
    }

    /** Runs the extractors over the pages and returns the numbers. */
    public BenchReport run(String corpusName, List<Page> pages, List<Extractor> extractors) {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages");
        List<Tally> tallies = extractors.stream().map(e -> new Tally(e, pages.size(), config.iterations())).toList();
        for (int w = 0; w < config.warmup(); w++) {
            for (Tally t : inOrder(tallies, w)) pass(t, pages, false, "warm-up " + (w + 1) + "/" + config.warmup());
        }
        for (int i = 0; i < config.iterations(); i++) {
            for (Tally t : inOrder(tallies, i)) pass(t, pages, true, "pass " + (i + 1) + "/" + config.iterations());
        }
        long bytes = pages.stream().mapToLong(Page::utf8Bytes).sum();
        List<BenchReport.ExtractorResult> results = tallies.stream().map(t -> result(t, pages, bytes)).toList();
        Map<String, Double> ratios = new LinkedHashMap<>();
        BenchReport.ExtractorResult first = results.get(0);
        for (BenchReport.ExtractorResult r : results.subList(1, results.size())) {
            ratios.put(first.name() + "/" + r.name(), first.docsPerSecond() / r.docsPerSecond());
        }
        String order = "passes alternate between extractors, order flipped every round (A B, B A, A B, ...)";
        return new BenchReport("extract", environment(),
                new BenchReport.Setup(config.warmup(), config.iterations(), order, config.gcBeforePass(),
                        "10^6 bytes of the decoded HTML encoded as UTF-8"),
                new BenchReport.Corpus(corpusName, pages.size(), bytes, bytes / MB), results, ratios);
    }

    private static List<Tally> inOrder(List<Tally> tallies, int round) {
        if (round % 2 == 0) return tallies;
        List<Tally> reversed = new ArrayList<>(tallies);
        Collections.reverse(reversed);
        return reversed;
    }

    private void pass(Tally t, List<Page> pages, boolean measured, String label) {
        if (config.gcBeforePass()) System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocated0 = allocatedBytes();
        long start = System.nanoTime();
        for (int k = 0; k < pages.size(); k++) {
            Page page = pages.get(k);
            String text = null;
            Throwable error = null;
            long s = System.nanoTime();
            try {
                text = t.extractor.extractText(page);
            } catch (Exception | StackOverflowError e) {
                error = e;
            }
            long d = System.nanoTime() - s;
            if (measured) t.nanos[t.samples++] = d;
            if (error != null) {
                t.errors.putIfAbsent(k, describe(error));
                t.nonEmpty[k] = false;
                t.textChars[k] = 0;
            } else {
                t.nonEmpty[k] = text != null && !text.isBlank();
                t.textChars[k] = text == null ? 0 : text.length();
                sink += t.textChars[k];
            }
        }
        long passNanos = System.nanoTime() - start;
        long allocated1 = allocatedBytes();
        if (measured) {
            t.measuredNanos += passNanos;
            t.passRates.add(pages.size() / (passNanos / 1e9));
            if (allocated0 < 0 || allocated1 < 0) t.allocationCounted = false;
            t.allocatedBytes += allocated1 - allocated0;
            long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            t.peakHeapBytes = Math.max(t.peakHeapBytes, peak);
        }
        if (progress != null) {
            progress.printf(Locale.ROOT, "%-13s %-14s %8.2f s  %8.1f docs/s%n", t.extractor.name(), label, passNanos / 1e9,
                    pages.size() / (passNanos / 1e9));
            progress.flush();
        }
    }

    private long allocatedBytes() {
        if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                && sun.isThreadAllocatedMemoryEnabled()) {
            return sun.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "..." : m));
    }

    private static BenchReport.ExtractorResult result(Tally t, List<Page> pages, long bytes) {
        long docs = t.samples;
        double seconds = t.measuredNanos / 1e9;
        long[] sorted = Arrays.copyOf(t.nanos, t.samples);
        Arrays.sort(sorted);
        double meanMs = Arrays.stream(sorted).sum() / 1e6 / docs;
        int nonEmpty = 0;
        long textChars = 0;
        List<String> empty = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            if (t.nonEmpty[k]) nonEmpty++;
            else if (!t.errors.containsKey(k)) empty.add(pages.get(k).id());
            textChars += t.textChars[k];
        }
        List<BenchReport.PageError> errors = t.errors.entrySet().stream()
                .map(e -> new BenchReport.PageError(pages.get(e.getKey()).id(), e.getValue())).toList();
        return new BenchReport.ExtractorResult(t.extractor.name(), t.extractor.description(), docs, seconds,
                docs / seconds, bytes * (docs / (double) pages.size()) / MB / seconds, meanMs,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, sorted[sorted.length - 1] / 1e6,
                t.passRates.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                t.passRates.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                t.allocationCounted ? t.allocatedBytes / MB / docs : -1, t.peakHeapBytes / MB,
                nonEmpty, empty, t.errors.size(), textChars, errors);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static BenchReport.Environment environment() {
        Runtime rt = Runtime.getRuntime();
        List<String> gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList();
        return new BenchReport.Environment(System.getProperty("java.runtime.version", Runtime.version().toString()),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                cpuModel().orElse("unknown"), rt.availableProcessors(), rt.maxMemory(), gcs,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), 1);
    }

    private static Optional<String> cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) return Optional.empty();
        try {
            return Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
