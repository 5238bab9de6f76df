package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.code.ActorLexicon;
import org.newsgraph.code.EventCoder;
import org.newsgraph.code.eval.EventEval;
import org.newsgraph.model.Annotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval events}: the event coder against CAMEO and PLOVER gold records. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score coded events against gold records (JSON Lines): CAMEO validation records",
                "(expected_events [source, target, CAMEO code]) or PLOVER records ([source, target, PLOVER event]).",
                "Each text is annotated and coded as the product does; precision, recall and F1 are given on",
                "(source, target, code) triples and on codes alone. Records expecting a parser error are skipped.",
                "Records written for the PETR.Validate dictionaries (fictional actors) are coded with those",
                "dictionaries' actors and agents added to the shipped list, read from --dictionaries."})
final class EventsEval implements Callable<Integer> {
    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Gold files.")
    List<Path> gold;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder with PETR.Validate.actors.txt and PETR.Validate.agents.txt (default: dictionaries/ beside the gold file).")
    Path dictionaries;

    @Option(names = "--misses", defaultValue = "0", paramLabel = "N", description = "List up to N records with wrong or missing events.")
    int misses;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<List<EventEval.Record>> sets = new ArrayList<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--gold': " + g + " does not exist");
            }
            sets.add(EventEval.read(g));
        }
        EventCoder plain = new EventCoder();
        EventCoder validate = null;
        for (int i = 0; i < gold.size(); i++) {
            boolean needs = sets.get(i).stream().anyMatch(r -> r.dictionaries().equals("PETR.Validate"));
            if (needs && validate == null) {
                Path dir = dictionaries != null ? dictionaries : gold.get(i).toAbsolutePath().getParent().resolve("dictionaries");
                Path actors = dir.resolve("PETR.Validate.actors.txt"), agents = dir.resolve("PETR.Validate.agents.txt");
                if (!Files.isRegularFile(actors) || !Files.isRegularFile(agents)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), gold.get(i)
                            + " has records written for the PETR.Validate dictionaries, but " + actors + " or " + agents
                            + " is missing (see --dictionaries)");
                }
                validate = new EventCoder(ActorLexicon.shipped().withPetrarch(actors, agents));
            }
        }
        System.err.println("newsgraph: loading the NLP models (10-30 s)...");
        final EventCoder validating = validate;
        try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp()) {
            for (int i = 0; i < gold.size(); i++) {
                long t0 = System.nanoTime();
                EventEval.Result r = EventEval.score(sets.get(i), rec -> {
                    Annotations a = annotator.annotate(rec.text(), rec.date());
                    EventCoder c = rec.dictionaries().equals("PETR.Validate") ? validating : plain;
                    return c.code(rec.text(), rec.date(), a);
                });
                double secs = (System.nanoTime() - t0) / 1e9;
                int shown = 0;
                for (EventEval.Scored s : r.records()) {
                    if (shown >= misses) break;
                    if (s.triples().fp() == 0 && s.triples().fn() == 0) continue;
                    shown++;
                    System.out.println("  " + s.record().uid() + "  gold " + s.record().expected() + "  coded " + s.predicted());
                }
                System.out.printf("%s: records %d (skipped %d)  (source,target,code) P %.3f R %.3f F1 %.3f  code P %.3f R %.3f F1 %.3f  (%.1f s)%n",
                        gold.get(i), r.scored(), r.skipped(), r.triples().precision(), r.triples().recall(), r.triples().f1(),
                        r.codes().precision(), r.codes().recall(), r.codes().f1(), secs);
            }
        }
        return 0;
    }
}
