package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.code.EventCoder;
import org.newsgraph.code.eval.EventEval;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Modality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval events}: the event coder against CAMEO and PLOVER gold records. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score coded events against gold records (JSON Lines): CAMEO validation ",
                "records (expected_events [source, target, CAMEO code]) or PLOVER records ",
                "([source, target, PLOVER event]). Each text is annotated and coded as the ",
                "product does; precision, recall and F1 are given on (source, target, code) ",
                "triples and on codes alone, per dataset (PETRARCH unit tests, real news, ",
                "PLOVER). Each gold file is split in two halves by one fixed rule (within ",
                "each category or PLOVER event, in file order, odd records in half A, even in ",
                "B); the coder is tuned on A only. Events count as each gold's convention ",
                "says: CAMEO (PETRARCH) records every mood but negated and denied; PLOVER ",
                "records asserted and reported events (announced acts count as the statements ",
                "they make). Records expecting a parser error are skipped. Records written ",
                "for the PETR.Validate dictionaries (fictional actors) are coded with those ",
                "dictionaries, read from --dictionaries."})
final class EventsEval implements Callable<Integer> {
    enum HalfOption { a, b, all }

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Gold files.")
    List<Path> gold;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder with PETR.Validate.{verbs,actors,agents}.txt (default: dictionaries/ beside the gold file).")
    Path dictionaries;

    @Option(names = "--half", defaultValue = "all", paramLabel = "HALF",
            description = "Which half of each gold file to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    HalfOption half;

    @Option(names = "--all-modalities", description = "Count every coded event, whatever its modality.")
    boolean allModalities;

    @Option(names = "--misses", defaultValue = "0", paramLabel = "N", description = "List up to N records with wrong or missing events.")
    int misses;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EventEval.Selection selection = EventEval.Selection.valueOf(half.name().toUpperCase(java.util.Locale.ROOT));
        List<List<EventEval.Record>> sets = new ArrayList<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--gold': " + g + " does not exist");
            }
            sets.add(EventEval.read(g).stream().filter(selection::includes).toList());
        }
        EventCoder plain = new EventCoder();
        EventCoder validate = null;
        for (int i = 0; i < gold.size(); i++) {
            boolean needs = sets.get(i).stream().anyMatch(r -> r.dictionaries().equals("PETR.Validate"));
            if (needs && validate == null) {
                Path dir = dictionaries != null ? dictionaries : gold.get(i).toAbsolutePath().getParent().resolve("dictionaries");
                try {
                    validate = EventEval.validationCoder(dir, w -> { });
                } catch (IOException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), gold.get(i)
                            + " has records written for the PETR.Validate dictionaries: " + e.getMessage() + " (see --dictionaries)");
                }
            }
        }
        System.err.println("newsgraph: loading the NLP models (10-30 s)...");
        final EventCoder validating = validate;
        java.util.Set<Modality> counted = allModalities ? EnumSet.allOf(Modality.class) : null;
        try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
            for (int i = 0; i < gold.size(); i++) {
                long t0 = System.nanoTime();
                EventEval.Result r = EventEval.score(sets.get(i), rec -> {
                    Annotations a = annotator.annotate(rec.text(), rec.date());
                    EventCoder c = rec.dictionaries().equals("PETR.Validate") ? validating : plain;
                    return c.code(rec.text(), rec.date(), a);
                }, counted);
                double secs = (System.nanoTime() - t0) / 1e9;
                int shown = 0;
                for (EventEval.Scored s : r.records()) {
                    if (shown >= misses) break;
                    if (s.triples().fp() == 0 && s.triples().fn() == 0) continue;
                    shown++;
                    System.out.println("  " + s.record().uid() + "  gold " + s.record().expected() + "  coded " + s.predicted());
                }
                for (String d : new TreeSet<>(r.records().stream().map(s -> s.record().dataset()).toList())) {
                    EventEval.Counts[] c = EventEval.totals(r.records(), d);
                    long n = r.records().stream().filter(s -> s.record().dataset().equals(d)).count();
                    System.out.printf("%s  %-18s half %-3s records %3d  (source,target,code) P %.3f R %.3f F1 %.3f  code P %.3f R %.3f F1 %.3f%n",
                            gold.get(i).getFileName(), d, half, n, c[0].precision(), c[0].recall(), c[0].f1(),
                            c[1].precision(), c[1].recall(), c[1].f1());
                }
                System.out.printf("%s: records %d (skipped %d)  (source,target,code) P %.3f R %.3f F1 %.3f  code P %.3f R %.3f F1 %.3f  (%.1f s)%n",
                        gold.get(i), r.scored(), r.skipped(), r.triples().precision(), r.triples().recall(), r.triples().f1(),
                        r.codes().precision(), r.codes().recall(), r.codes().f1(), secs);
            }
        }
        return 0;
    }
}
