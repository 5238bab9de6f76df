package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.code.EventCoder;
import org.newsgraph.model.Annotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench code CORPUS}: what event coding costs beside the annotation it reads. Loads the coder
 * (its dictionaries) several times, annotates the articles once (timed), then codes the same annotations over
 * several passes (timed), one thread, in one JVM.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Times the code stage (EventCoder on the PETRARCH-2 / Phoenix dictionaries) beside the annotate stage"
                + " on the same articles: dictionary load time, annotate and code milliseconds per article, and the share"
                + " coding adds.", "CORPUS: a Wikinews-layout CSV file (url,date,title,text) or a folder of them."})
final class CodeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "CSV file or folder.")
    Path corpus;

    @Option(names = "--limit", defaultValue = "60", paramLabel = "N", description = "Articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--passes", defaultValue = "10", paramLabel = "N", description = "Coding passes over the annotations (default: ${DEFAULT-VALUE}).")
    int passes;

    @Override
    public Integer call() throws Exception {
        List<WikinewsCsv.Row> rows = WikinewsCsv.read(corpus);
        if (limit > 0 && rows.size() > limit) rows = rows.subList(0, limit);
        double[] loads = new double[5];
        double[] cpu = new double[loads.length];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        EventCoder coder = null;
        for (int i = 0; i < loads.length; i++) {
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            coder = new EventCoder();
            loads[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
        }
        System.err.println("bench: loading the NLP models...");
        List<Annotations> annotations = new ArrayList<>();
        double annotateMs = 0;
        int events = 0;
        try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
            for (int i = 0; i < Math.min(3, rows.size()); i++) annotator.annotate(rows.get(i).text(), Optional.of(rows.get(i).date()));
            for (WikinewsCsv.Row r : rows) {
                long t0 = System.nanoTime();
                annotations.add(annotator.annotate(r.text(), Optional.of(r.date())));
                annotateMs += (System.nanoTime() - t0) / 1e6;
            }
        }
        for (int i = 0; i < rows.size(); i++) coder.code(rows.get(i).text(), Optional.of(rows.get(i).date()), annotations.get(i));
        double[] passMs = new double[passes];
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            events = 0;
            for (int i = 0; i < rows.size(); i++) {
                events += coder.code(rows.get(i).text(), Optional.of(rows.get(i).date()), annotations.get(i)).size();
            }
            passMs[p] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(passMs);
        double codeMs = passMs[passMs.length / 2];
        double[] sortedLoads = loads.clone();
        Arrays.sort(sortedLoads);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        double load = os.getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "dictionaries: first load %.0f ms wall, %.0f ms CPU (cold JVM, JIT included); median of %d loads"
                + " %.0f ms wall, %.0f ms CPU; load average %.1f%n", loads[0], cpu[0], loads.length, sortedLoads[loads.length / 2],
                sortedCpu[loads.length / 2], load);
        System.out.printf(Locale.ROOT, "articles %d, events %d%n", rows.size(), events);
        System.out.printf(Locale.ROOT, "annotate: %.1f ms/article; code: %.2f ms/article (median of %d passes)%n",
                annotateMs / rows.size(), codeMs / rows.size(), passes);
        System.out.printf(Locale.ROOT, "coding adds %.2f%% to annotation%n", 100.0 * codeMs / annotateMs);
        return 0;
    }
}
