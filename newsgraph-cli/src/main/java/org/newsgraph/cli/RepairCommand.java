package org.newsgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsgraph repair}: opens a store for writing, which adds what an older version lacks and brings
 * the search index in line with the tables, and says what it did. Any ingest does the same on its way in;
 * this is that step alone, for when {@code serve} cannot repair a store itself.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Bring a store up to date: add tables and columns an older Newsgraph did not write, and repair the search",
                "index where it disagrees with the tables (after a crash): index what is missing, drop what is gone.",
                "Needs the store to itself (no ingest, serve or sql running on it)."})
final class RepairCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (!java.nio.file.Files.isRegularFile(store.dir.resolve(Store.DATABASE_FILE))) {
            err.println("newsgraph: error: " + store.dir + ": not a Newsgraph store (no " + Store.DATABASE_FILE + ")");
            return 1;
        }
        try (Store s = Store.open(store.dir, Store.Mode.READ_WRITE)) {
            err.println("newsgraph: repair " + s.dir() + ": " + s.repair() + "; " + s.articleCount() + " articles");
            return 0;
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        }
    }
}
