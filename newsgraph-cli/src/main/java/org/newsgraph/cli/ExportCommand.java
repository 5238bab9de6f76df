package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

/** {@code newsgraph export}: a whole table out of the store, streaming, no cap. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a table from the store: all rows, streamed (parquet needs --out; csv and jsonl go to stdout without it).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "parquet, csv or jsonl.")
    ExportFormat format;

    @Option(names = "--table", defaultValue = "articles", paramLabel = "TABLE",
            description = "articles, entities, mentions, quotes, dates, counts or amounts (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Parses the format at the boundary; the message lists the formats. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
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
