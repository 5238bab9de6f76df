package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * Regressions for issue 15, item 7: SIGINT/SIGTERM during an ingest printed no summary, and a FIFO given as
 * an input blocked for ever.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalsAndSpecialFilesTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams std = new CapturedStreams();

    @Test
    void aSignalledIngestStoresWhatItHasPrintsItsSummaryAndFails() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/robots.txt")) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            try {
                Thread.sleep(700); // a slow site: the signal lands while pages are still coming
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String p = ex.getRequestURI().getPath();
            StringBuilder body = new StringBuilder("<html><head><title>Page " + p + "</title></head><body><article><h1>Page " + p + "</h1>");
            for (int i = 0; i < 6; i++) {
                body.append("<p>Harbour workers in district ").append(p.substring(1)).append(" voted on the pay offer number ").append(i)
                        .append(", the union said after a long meeting with the port authority in the old customs hall.</p>");
            }
            byte[] b = body.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
            served.incrementAndGet();
        });
        server.start();
        Path store = dir.resolve("store");
        Path log = dir.resolve("stderr.txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--no-nlp", "--threads", "1", "--delay", "0",
                    "--store", store.toString()));
            for (int i = 0; i < 30; i++) cmd.add("http://127.0.0.1:" + server.getAddress().getPort() + "/p" + i);
            Process child = new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (served.get() < 3 && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(served.get() >= 3, "pages were fetched");
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(40, TimeUnit.SECONDS), "stopped");
            assertEquals(143, child.exitValue(), "non-zero: 128 + SIGTERM");
            String err = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("newsgraph: stopped by a signal: ingest into .*: (\\d+) read, (\\d+) stored").matcher(err);
            assertTrue(m.find(), err);
            long stored = Long.parseLong(m.group(2));
            assertTrue(stored >= 2 && stored < 30, err);
            try (Store s = Store.open(store, Store.Mode.READ_ONLY)) {
                assertEquals(stored, s.articleCount(), "the summary tells what is stored");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Path store = dir.resolve("store");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            std.reset();
            assertEquals(1, Main.run("ingest", "--no-nlp", "--store", store.toString(), fifo.toString()));
            assertTrue(std.stderr().contains(fifo + ": not a regular file (a FIFO, socket or device): give a file, a directory, or - for standard input"),
                    std.stderr());
            std.reset();
            assertEquals(1, Main.run("extract", "--no-nlp", fifo.toString()));
            assertTrue(std.stderr().contains(fifo + ": not a regular file (a FIFO"), std.stderr());
            std.reset();
            assertEquals(1, Main.run("ingest", "--no-nlp", "--store", store.toString(), "/dev/zero"));
            assertTrue(std.stderr().contains("/dev/zero: not a regular file"), std.stderr());
        });
    }
}
