package org.newsgraph.ingest.cursor;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.newsgraph.ingest.InputReader;

/**
 * A lazy stream of documents and failures read one at a time: a subclass says how to get the next item
 * ({@link #advance()}, null at the end) and what to release ({@link #release()}, called once, at the end or
 * on {@link #close()}). Not thread-safe.
 */
public abstract class ItemCursor implements Iterator<InputReader.Item>, AutoCloseable {
    private InputReader.Item next;
    private boolean done;

    /** The next item, or null when there is none; may call {@link #close()} itself when it meets the end. */
    protected abstract InputReader.Item advance();

    /** Releases what the cursor holds open (a file); must not throw. */
    protected abstract void release();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) close();
        }
        return next != null;
    }

    @Override
    public final InputReader.Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        InputReader.Item it = next;
        next = null;
        return it;
    }

    /** Whether reading has ended (the end met, or closed). */
    protected final boolean finished() {
        return done;
    }

    @Override
    public final void close() {
        if (done) return;
        done = true;
        release();
    }
}
