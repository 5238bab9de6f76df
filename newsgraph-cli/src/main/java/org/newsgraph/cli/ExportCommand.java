package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
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
                "stdout without it). Or, given PATHs, export coded events from input files: GDELT 2.0 Events (61 columns)",
                "or Mentions (16), GKG 2.1 (27), tab-separated as GDELT publishes them, or JSON Lines; the GDELT formats",
                "hold asserted and reported events only, unless --all-modalities.",
                "Formats: parquet, csv, jsonl (store); gdelt-events, gdelt-mentions, gdelt-gkg, jsonl (files)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Input files to extract, annotate, code and export (instead of the store).")
    List<String> paths;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "parquet, csv or jsonl from the store; gdelt-events, gdelt-mentions, gdelt-gkg or jsonl from files.")
    String format;

    @Option(names = "--all-modalities", description = "GDELT formats: also write hypothetical, negated, denied and future events.")
    boolean allModalities;

    @Option(names = "--header", description = "GDELT formats: write the codebook's column names as a first line.")
    boolean header;

    @Option(names = "--published", paramLabel = "DATE", converter = Dates.class,
            description = "Files: publication date for inputs that carry none of their own (YYYY-MM-DD).")
    org.newsgraph.model.Published published;

    @Option(names = "--url", paramLabel = "URL", description = "Files: page URL for inputs that carry none of their own.")
    String url;

    @Option(names = "--max-bytes", defaultValue = "33554432", paramLabel = "N",
            description = "Files: largest input document, after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--table", defaultValue = "articles", paramLabel = "TABLE",
            description = "articles, entities, mentions, quotes, dates, counts or amounts (default: ${DEFAULT-VALUE}).")
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
        files.published = published;
        files.url = url;
        files.out = out;
        files.maxBytes = maxBytes;
        files.spec = spec;
        return files.call();
    }

    @Override
    public Integer call() throws Exception {
        if (paths != null && !paths.isEmpty()) return fromFiles();
        ExportFormat format;
        try {
            format = ExportFormat.parse(this.format);
        } catch (IllegalArgumentException e) {
            String hint = this.format.startsWith("gdelt-")
                    ? " (GDELT formats come from input files: newsgraph export --format " + this.format + " PATH...)" : "";
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage() + hint);
        }
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
