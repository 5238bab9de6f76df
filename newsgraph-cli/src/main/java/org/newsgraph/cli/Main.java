package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "News intelligence engine: clean articles from HTML pages and scraped text, annotated and coded.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, SqlCommand.class, ExportCommand.class,
                ServeCommand.class, RepairCommand.class, DictCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, eval, ingest, sql, export, serve, repair, dict (see --help)");
    }

    /**
     * Lucene reports its choice of I/O and vector code through java.util.logging at start-up; that is noise
     * on a command line. Held here because a logger's level is lost when nothing references it.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 some input failed, 2 usage error. */
    public static int run(String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
