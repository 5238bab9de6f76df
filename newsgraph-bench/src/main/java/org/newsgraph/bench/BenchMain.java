package org.newsgraph.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph bench} command: Newsgraph beside its peers. Not part of the product. */
@Command(name = "newsgraph bench", mixinStandardHelpOptions = true, version = "newsgraph bench 0.1.0",
        description = "Benchmarks Newsgraph beside peer extractors, in one JVM, on the same pages.",
        subcommands = {ExtractCommand.class, AnnotateCommand.class, CodeCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: extract or annotate (see --help)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, to run with other output streams. */
    static CommandLine commandLine() {
        return new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
