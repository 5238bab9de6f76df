package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.code.CodingAnnotator;
import org.newsgraph.ingest.corpus.CorpusInputs;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: inputs into a store, deduplicated, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store articles from files, directories, JSON Lines, CSV (url,date,title,text), WARC and RSS/Atom feeds or URLs.",
                "The same input twice stores nothing twice; an interrupted run is resumed by running it again.",
                "Bad inputs are reported on stderr with their name and place and skipped; the exit code is 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Inputs.")
    List<String> inputs;

    @Mixin
    InputOptions input;



    @Option(names = "--no-nlp", description = "Skip annotation (entities, quotes, dates, counts, events): store the articles only, no model loading.")
    boolean noNlp;


    @Option(names = "--batch", defaultValue = "64", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads that extract and annotate; dedupe and the store writes stay on one, in input order, "
                    + "so the store is the same whatever N (default: one per core).")
    int threads;

    @Option(names = "--delay", defaultValue = "1000", paramLabel = "MS",
            description = "Least time between two requests to one host, in milliseconds (default: ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--timeout", defaultValue = "20", paramLabel = "S", description = "Fetch timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutS;

    @Option(names = "--watch", paramLabel = "INTERVAL",
            description = "After the first pass, re-poll the URL and feed inputs every INTERVAL (30s, 15m, 1h) until stopped.")
    String watch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set by SIGINT or SIGTERM: read no more inputs, store what is in flight, print the summary. */
    private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    /** The totals so far, for the summary a signal prints when the run cannot finish its batch in time. */
    private volatile Ingester.Summary latest;
    /** The thread sleeping between --watch polls, woken by a signal. */
    private volatile Thread sleeper;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        // On SIGINT or SIGTERM the JVM runs this, then exits with 128 + the signal (130, 143): the run stops at the
        // next document, stores its last batch, prints its summary; if that takes too long, the totals so far.
        Thread hook = new Thread(() -> {
            stop.set(true);
            Thread s = sleeper;
            if (s != null) s.interrupt();
            try {
                if (!finished.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    err.println("newsgraph: stopped by a signal before the last batch was stored: " + (latest == null ? "nothing read yet" : latest)
                            + "; run the same ingest again to resume (nothing is stored twice)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-ingest-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and has been told
            }
        }
    }

    private Integer run(PrintWriter err) throws IOException {
        input.check(spec);
        if (batch < 1) throw usage("--batch", batch + " (must be positive)");
        if (threads < 0) throw usage("--threads", threads + " (must be 0 for one per core, or more)");
        if (delayMs < 0) throw usage("--delay", delayMs + " (must not be negative)");
        if (timeoutS < 1) throw usage("--timeout", timeoutS + " (must be positive)");
        Optional<Duration> every = Optional.ofNullable(watch).map(this::interval);
        Fetcher fetcher = new Fetcher(new Fetcher.Options(Fetcher.Options.defaults().userAgent(), Duration.ofSeconds(timeoutS), input.maxBytes,
                Duration.ofMillis(delayMs), 5));
        Annotator annotator = Annotator.none();
        if (!noNlp) {
            err.println("newsgraph: loading the NLP models (10-30 s; --no-nlp skips annotation)...");
            annotator = CodingAnnotator.withCoreNlp(w -> err.println("newsgraph: warning: " + w));
        }
        boolean anyFailed = false;
        try (Store s = Store.open(store.dir, Store.Mode.READ_WRITE)) {
            try {
                anyFailed |= pass(s, inputs, fetcher, annotator, err);
                if (every.isPresent()) {
                    List<String> polled = inputs.stream().filter(CorpusInputs::isUrl).toList();
                    if (polled.isEmpty()) throw usage("--watch", watch + " (no URL among the inputs to re-poll)");
                    while (!Thread.currentThread().isInterrupted() && !stop.get()) {
                        err.println("newsgraph: next poll in " + every.get().toSeconds() + " s (stop with Ctrl-C; nothing is lost)");
                        try {
                            sleeper = Thread.currentThread();
                            if (!stop.get()) Thread.sleep(every.get());
                        } catch (InterruptedException e) {
                            break; // stopped while waiting: the normal way a watch ends
                        } finally {
                            sleeper = null;
                        }
                        if (stop.get()) break;
                        anyFailed |= pass(s, polled, fetcher, annotator, err);
                    }
                    err.println("newsgraph: watch stopped");
                }
            } finally {
                // An interrupt must not reach the store's closing: Lucene and NIO channels abort on it.
                Thread.interrupted();
            }
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        } finally {
            annotator.close();
        }
        return anyFailed ? 1 : 0;
    }

    private boolean pass(Store s, List<String> args, Fetcher fetcher, Annotator annotator, PrintWriter err) {
        ProgressBar bar = new ProgressBar(onTerminal(), countFiles(args), err);
        Ingester ingester = new Ingester(s, annotator, new Ingester.Options(input.published(), input.url(), batch,
                        threads > 0 ? threads : Runtime.getRuntime().availableProcessors()),
                line -> bar.message("newsgraph: error: " + line), (soFar, source) -> {
                    latest = soFar;
                    bar.update(soFar, source);
                });
        Ingester.Summary sum;
        try (CorpusInputs in = new CorpusInputs(args, input.limits(), () -> System.in, fetcher, s::hasUrl)) {
            sum = ingester.ingest(new UntilStopped(in));
        }
        bar.finish();
        if (stop.get()) {
            err.println("newsgraph: stopped by a signal: ingest into " + s.dir() + ": " + sum + "; run the same ingest again to resume "
                    + "(nothing is stored twice)");
            return true;
        }
        err.println("newsgraph: ingest into " + s.dir() + ": " + sum);
        return sum.failed() > 0;
    }

    /** The inputs until a signal asks to stop: then none more (what was read is still stored). */
    private final class UntilStopped implements java.util.Iterator<org.newsgraph.ingest.InputReader.Item> {
        private final java.util.Iterator<org.newsgraph.ingest.InputReader.Item> in;

        UntilStopped(java.util.Iterator<org.newsgraph.ingest.InputReader.Item> in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            return !stop.get() && in.hasNext();
        }

        @Override
        public org.newsgraph.ingest.InputReader.Item next() {
            return in.next();
        }
    }

    /**
     * Whether the progress bar can redraw its line: there is a console and (on JDK 22 and later, where a
     * console exists even when output is redirected) it says it is a terminal. Reflection because the
     * project compiles for Java 21, which lacks {@code Console.isTerminal()}.
     */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    /** Local input files, for the ETA (URLs and stdin count as one each). */
    private static long countFiles(List<String> args) {
        long n = 0;
        for (String a : args) {
            Path p = CorpusInputs.isUrl(a) || a.equals("-") ? null : Path.of(a);
            if (p != null && Files.isDirectory(p)) {
                try (Stream<Path> w = Files.walk(p)) {
                    n += w.filter(Files::isRegularFile).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    private Duration interval(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.matches("\\d+[smh]")) {
                long n = Long.parseLong(s.substring(0, s.length() - 1));
                Duration d = switch (s.charAt(s.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
                if (d.toSeconds() >= 1) return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw usage("--watch", "'" + v + "' (use a number with s, m or h: 30s, 15m, 1h)");
    }

    private CommandLine.ParameterException usage(String option, String what) {
        return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + what);
    }
}
