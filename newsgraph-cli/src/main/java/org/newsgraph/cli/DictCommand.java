package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.code.CameoCodes;
import org.newsgraph.code.dict.DictionaryConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph dict}: the event coder's dictionaries. */
@Command(name = "dict", mixinStandardHelpOptions = true,
        description = "The event coder's dictionaries (PETRARCH-2 / Phoenix, converted).",
        subcommands = {DictCommand.Convert.class})
final class DictCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: convert (see --help)");
    }

    /** {@code newsgraph dict convert}: PETRARCH files in, the project's compact files out. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Convert the PETRARCH-2 / Phoenix dictionaries into the compact files the coder ships",
                    "(verb patterns with synsets expanded, transformations, the coding ontology, actor names with dates,",
                    "role words). The output is reproducible: the same inputs give the same bytes.",
                    "Example: newsgraph dict convert --petrarch ../shared/data/cameo/dictionaries \\",
                    "  --out newsgraph-code/src/main/resources/org/newsgraph/code/dict"})
    static final class Convert implements Callable<Integer> {
        @Option(names = "--petrarch", required = true, paramLabel = "DIR",
                description = "Folder with CAMEO.2.0.txt, PETR.Internal.Coding.Ontology.txt, Phoenix.*.actors.txt, Phoenix.agents.txt, Phoenix.prepositions.txt.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the converted files into.")
        Path out;

        @Option(names = "--warnings", defaultValue = "20", paramLabel = "N", description = "Print up to N of the lines left out (default: ${DEFAULT-VALUE}).")
        int shown;

        @Option(names = "--cameo", paramLabel = "DIR",
                description = "Folder with cameo_country_codes.tsv and cameo_actor_types.tsv: actor codes must open with a country, "
                        + "region or group code from them or from the project's country table (default: the folder above --petrarch, when it has them).")
        Path cameo;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(in)) throw new CommandLine.ParameterException(spec.commandLine(), "--petrarch: " + in + " is not a folder");
            CameoCodes codes = CameoCodes.load();
            java.util.Set<String> prefixes = new java.util.HashSet<>(org.newsgraph.annotate.Countries.load().codes());
            prefixes.addAll(DictionaryConverter.HISTORICAL_AND_GROUP_PREFIXES);
            Path tables = cameo != null ? cameo : in.toAbsolutePath().getParent();
            Path countryCodes = tables.resolve("cameo_country_codes.tsv"), types = tables.resolve("cameo_actor_types.tsv");
            if (Files.isRegularFile(countryCodes) && Files.isRegularFile(types)) {
                for (String l : Files.readAllLines(countryCodes)) if (l.split("\t").length > 1) prefixes.add(l.split("\t")[1].trim());
                for (String l : Files.readAllLines(types)) if (!l.isBlank()) prefixes.add(l.split("\t")[0].trim());
            } else if (cameo != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cameo: " + cameo + " lacks cameo_country_codes.tsv or cameo_actor_types.tsv");
            }
            List<String> warnings = new ArrayList<>();
            DictionaryConverter.Summary s = DictionaryConverter.convert(in, out, c -> codes.get(c).isPresent(), prefixes::contains, warnings::add);
            for (int i = 0; i < Math.min(shown, warnings.size()); i++) System.err.println("  " + warnings.get(i));
            if (warnings.size() > shown) System.err.println("  ... " + (warnings.size() - shown) + " more");
            System.out.printf("%d verb patterns, %d transformations, %d ontology codes, %d actor names (%d dated codes), %d role words"
                    + " written to %s; %d lines unreadable, %d patterns with non-CAMEO codes and %d actor codes with unknown"
                    + " prefixes left out%n",
                    s.patterns(), s.transformations(), s.ontologyCodes(), s.actorNames(), s.actorEntries(), s.agents(), out,
                    s.skippedLines(), s.unknownCodes(), s.unknownActorPrefixes());
            return 0;
        }
    }
}
