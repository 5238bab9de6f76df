package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsgraph.store.Ingester;

/**
 * The ingest progress line on a terminal: articles read and stored, rate, and an ETA from the share of
 * input files done (a file is done when the inputs move past it). Redrawn at most five times a second;
 * silent when standard error is not a terminal (the summary line is printed either way).
 */
final class ProgressBar implements Ingester.Progress {
    private final boolean terminal;
    private final long files;
    private final PrintWriter err;
    private long lastDraw;
    private long filesSeen;
    private String lastFile = "";
    private boolean drawn;

    ProgressBar(boolean terminal, long files, PrintWriter err) {
        this.terminal = terminal;
        this.files = Math.max(1, files);
        this.err = err;
    }

    @Override
    public void update(Ingester.Summary s, String source) {
        String file = fileOf(source);
        if (!file.equals(lastFile)) {
            filesSeen++;
            lastFile = file;
        }
        if (!terminal) return;
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        double secs = s.elapsed().toNanos() / 1e9;
        double done = Math.min(1.0, Math.max(0, filesSeen - 1) / (double) files);
        String eta = done > 0 && secs > 1 ? clock(secs / done - secs) : "--:--";
        int width = 24, fill = (int) Math.round(done * width);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d read, %d stored, %d dup, %d failed, %.1f/s, ETA %s   ",
                "#".repeat(fill), ".".repeat(width - fill), s.read(), s.stored(), s.duplicates(), s.failed(), s.read() / Math.max(secs, 1e-3), eta));
        err.flush();
        drawn = true;
    }

    /** Prints a line without tearing the bar. */
    void message(String line) {
        if (drawn) err.print("\r\033[K");
        err.println(line);
    }

    void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /** The file part of a source ({@code f.jsonl:12}, {@code f.warc.gz@345} → the file). */
    static String fileOf(String source) {
        int at = source.lastIndexOf('@');
        int colon = source.lastIndexOf(':');
        int cut = Math.max(at, colon);
        return cut > 0 && source.substring(cut + 1).matches("\\d+") ? source.substring(0, cut) : source;
    }

    private static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
