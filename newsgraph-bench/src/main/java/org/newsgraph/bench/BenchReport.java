package org.newsgraph.bench;

import java.util.List;
import java.util.Map;

/**
 * What {@code bench extract} measured; written as JSON by {@code --json}. Times are wall-clock on one thread.
 *
 * @param benchmark   the benchmark's name
 * @param environment the JVM and machine it ran on
 * @param setup       how it was measured
 * @param corpus      the pages
 * @param extractors  one result per extractor, Newsgraph first
 * @param ratios      throughput ratios, keyed {@code "newsgraph/PEER"}: Newsgraph's docs/s over the peer's
 *                    (MB/s gives the same ratio, the pages being the same)
 */
public record BenchReport(String benchmark, Environment environment, Setup setup, Corpus corpus,
                          List<ExtractorResult> extractors, Map<String, Double> ratios) {

    /** The JVM and machine. */
    public record Environment(String javaVersion, String javaVm, String javaVendor, String os, String cpu,
                              int availableProcessors, long maxHeapBytes, List<String> garbageCollectors,
                              List<String> jvmArguments, int threads) {}

    /**
     * How it was measured.
     *
     * @param warmupPasses   passes over all pages per extractor before measuring
     * @param measuredPasses measured passes over all pages per extractor
     * @param order          how the extractors' passes interleave
     * @param gcBeforePass   whether {@code System.gc()} ran (untimed) before each pass
     * @param megabyte       what MB means in MB/s and the sizes
     */
    public record Setup(int warmupPasses, int measuredPasses, String order, boolean gcBeforePass, String megabyte) {}

    /**
     * The pages.
     *
     * @param dir       the folder read
     * @param pages     how many pages
     * @param utf8Bytes the decoded pages' total length as UTF-8 bytes
     * @param megabytes the same in MB (10^6 bytes)
     */
    public record Corpus(String dir, int pages, long utf8Bytes, double megabytes) {}

    /**
     * One extractor's numbers over the measured passes.
     *
     * @param measuredDocs        pages times measured passes
     * @param seconds             total time of the measured passes
     * @param docsPerSecond       measuredDocs over seconds
     * @param megabytesPerSecond  decoded HTML (UTF-8 bytes, 10^6 per MB) processed per second
     * @param meanMsPerDoc        mean over all measured page extractions
     * @param medianMsPerDoc      median over all measured page extractions
     * @param p95MsPerDoc         95th percentile (nearest rank) over all measured page extractions
     * @param maxMsPerDoc         the slowest measured page extraction
     * @param minPassDocsPerSecond the slowest measured pass, as docs/s (spread between passes)
     * @param maxPassDocsPerSecond the fastest measured pass, as docs/s
     * @param allocatedMegabytesPerDoc heap allocated by the thread per page, from the JVM's per-thread counter
     *                             (-1 when the JVM does not count)
     * @param peakHeapMegabytes    the highest heap use seen in a measured pass: the sum of the heap pools' peaks,
     *                             after an untimed {@code System.gc()} and a peak reset (an upper bound that the
     *                             garbage collector's sizing shapes as much as the extractor)
     * @param nonEmptyPages        pages for which it returned non-blank text
     * @param emptyPages           the pages for which it returned blank text without throwing
     * @param errorPages           pages on which it threw
     * @param textChars            characters of text it returned over all pages (last pass)
     * @param errors               the first error per failing page
     */
    public record ExtractorResult(String name, String description, long measuredDocs, double seconds,
                                  double docsPerSecond, double megabytesPerSecond, double meanMsPerDoc,
                                  double medianMsPerDoc, double p95MsPerDoc, double maxMsPerDoc,
                                  double minPassDocsPerSecond, double maxPassDocsPerSecond,
                                  double allocatedMegabytesPerDoc, double peakHeapMegabytes, int nonEmptyPages,
                                  List<String> emptyPages, int errorPages, long textChars, List<PageError> errors) {}

    /** A page on which an extractor threw. */
    public record PageError(String page, String error) {}
}
