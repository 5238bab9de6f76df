package org.newsgraph.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newsgraph.store.Store;

/**
 * A fixed pool of database connections (a DuckDB connection serves one thread at a time). A request waits
 * a bounded time for one; when all are busy for that long the server answers 503 rather than queueing
 * without end.
 */
final class Connections implements AutoCloseable {
    private final BlockingQueue<Connection> free;
    private final List<Connection> all = new ArrayList<>();

    Connections(Store store, int size) {
        free = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = store.newConnection();
            all.add(c);
            free.add(c);
        }
    }

    /** Thrown when no connection frees up in time. */
    static final class BusyException extends RuntimeException {
        BusyException() {
            super("the server is busy: try again");
        }
    }

    Connection take() {
        try {
            Connection c = free.poll(10, TimeUnit.SECONDS);
            if (c == null) throw new BusyException();
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
    }

    void give(Connection c) {
        free.add(c);
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // shutting down
            }
        }
    }
}
