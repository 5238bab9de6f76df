package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option the store commands share. */
final class StoreOption {
    /** The store used when none is named: a folder in the working directory. */
    static final String DEFAULT = "newsgraph-data";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Store directory (DuckDB tables + Lucene index; default: ${DEFAULT-VALUE}).")
    Path dir;
}
