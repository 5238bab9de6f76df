package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures {@code System.out} and {@code System.err} around each test (register with {@code @RegisterExtension})
 * and restores them after; the commands under test write to the real streams, as they do for users.
 */
final class CapturedStreams implements BeforeEachCallback, AfterEachCallback {
    private PrintStream savedOut;
    private PrintStream savedErr;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Override
    public void beforeEach(ExtensionContext context) {
        savedOut = System.out;
        savedErr = System.err;
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** Starts both captures afresh (for tests that run several commands). */
    void reset() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
