package org.newsgraph.store;

/** The store could not be opened, read or written; the message names the store directory and what failed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
