package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.serve.StoreGdelt;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.Exporter;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph export}: from the store, a whole table streamed with no cap; from input files (when PATHs
 * are given), the coded events as GDELT 2.0 Events or Mentions, GKG 2.1, or JSON Lines.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export from the store: a whole table, all rows, streamed (parquet needs --out; csv and jsonl go to",
                "stdout without it), or every stored article as GDELT 2.0 Events (61 columns) or Mentions (16) or GKG 2.1",
                "(27), tab-separated as GDELT publishes them. Or, given PATHs, export coded events from input files in the",
                "GDELT formats or as JSON Lines. The GDELT formats hold asserted and reported events only, unless",
                "--all-modalities.",
                "Formats: parquet, csv, jsonl, gdelt-events, gdelt-mentions, gdelt-gkg (store); gdelt-*, jsonl (files)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    InputOptions inputs;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Input files to extract, annotate, code and export (instead of the store).")
    List<String> paths;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "parquet, csv, jsonl (a table), gdelt-events, gdelt-mentions or gdelt-gkg from the store; gdelt-* or jsonl from files.")
    String format;

    @Option(names = "--all-modalities", description = "GDELT formats: also write hypothetical, negated, denied and future events.")
    boolean allModalities;

    @Option(names = "--header", description = "GDELT formats: write the codebook's column names as a first line.")
    boolean header;




    @Option(names = "--table", defaultValue = "articles", paramLabel = "TABLE",
            description = "Table formats: articles, entities, locations, mentions, quotes, dates, counts, amounts, events or event_mentions "
                    + "(default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Input files: the events, coded, as GDELT rows or JSON Lines. */
    private int fromFiles() throws java.io.IOException {
        FileExportCommand files = new FileExportCommand();
        try {
            files.format = new FileExportCommand.FormatConverter().convert(format);
        } catch (CommandLine.TypeConversionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format' with input files: "
                    + e.getMessage());
        }
        files.paths = paths;
        files.allModalities = allModalities;
        files.header = header;
        files.inputs = inputs;
        files.out = out;
        files.spec = spec;
        return files.call();
    }

    /** The whole store in a GDELT format, through the coder's writers. */
    private int gdelt(ExportFormat format) throws java.io.IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Gdelt.Scope scope = allModalities ? Gdelt.Scope.ALL : Gdelt.Scope.FACTUAL;
        try (Store s = Store.open(store.dir, Store.Mode.READ_ONLY); Connection c = s.newConnection();
             Writer w = out == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long articles = StoreGdelt.write(c, format, scope, header, w);
            err.println("newsgraph: exported " + format.cliName() + " rows of " + articles + " articles" + (out != null ? " to " + out : "")
                    + (format != ExportFormat.GDELT_GKG && !allModalities ? " (asserted and reported events; --all-modalities for all)" : ""));
            return 0;
        } catch (SQLException e) {
            err.println("newsgraph: export: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (paths != null && !paths.isEmpty()) return fromFiles();
        ExportFormat format;
        try {
            format = ExportFormat.parse(this.format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage());
        }
        if (format.gdelt()) return gdelt(format);
        Tables.Table t;
        try {
            t = Exporter.table(table);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--table': " + e.getMessage());
        }
        if (out == null && !format.streamable()) {
            throw new CommandLine.ParameterException(spec.commandLine(), format.cliName() + " cannot go to standard output: give --out FILE");
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (Store s = Store.open(store.dir, Store.Mode.READ_ONLY); Connection c = s.newConnection()) {
            long rows;
            if (out != null) {
                rows = Exporter.toFile(c, t, format, out);
            } else {
                OutputStream o = new BufferedOutputStream(System.out, 1 << 16);
                rows = Exporter.toStream(c, t, format, o);
                o.flush();
            }
            err.println("newsgraph: exported " + rows + " rows of " + t.name() + (out != null ? " to " + out : ""));
            return 0;
        } catch (SQLException e) {
            err.println("newsgraph: export: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        }
    }
}
