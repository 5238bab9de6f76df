package org.newsgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.serve.Server;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the HTTP API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API (OpenAPI document at /openapi.json) and the web UI over a store, read-only.",
                "Binds 127.0.0.1 unless told otherwise. With a token (--token or NEWSGRAPH_TOKEN) every route needs it:",
                "'Authorization: Bearer TOKEN', or open http://HOST:PORT/?token=TOKEN once in a browser."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "HOST", split = ",",
            description = "Also answer requests naming this host (repeatable or comma-separated; '*' for any). By default only "
                    + "localhost, 127.0.0.1, [::1] and the --bind address: a page elsewhere cannot reach the store through DNS rebinding.")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--token", paramLabel = "TOKEN", description = "Require this bearer token (default: $NEWSGRAPH_TOKEN when set).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Optional<String> tok = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("NEWSGRAPH_TOKEN"))).filter(t -> !t.isBlank());
        ServeOptions options;
        try {
            options = new ServeOptions(bind, port, tok, allowHosts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store s = Store.open(store.dir, Store.Mode.READ_ONLY); Server server = Server.start(s, options)) {
            if (s.repair().any()) err.println("newsgraph: " + s.dir() + ": " + s.repair());
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            err.println("newsgraph: serving " + s.dir() + " (" + s.articleCount() + " articles) at http://" + host + ":" + server.port() + "/"
                    + (tok.isPresent() ? " (token required)" : ""));
            if (!bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1") && tok.isEmpty()) {
                err.println("newsgraph: warning: listening beyond this machine without a token: anyone who can reach it can read the store");
            }
            if (!ServeOptions.LOOPBACK_NAMES.contains(bind) && allowHosts.isEmpty()) {
                err.println("newsgraph: note: requests must name this server as localhost, 127.0.0.1, [::1] or " + bind
                        + " in their Host header; add the names other machines use with --allow-host NAME");
            }
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "newsgraph-serve-stop"));
            stop.await();
            return 0;
        } catch (StoreException e) {
            err.println("newsgraph: error: " + e.getMessage());
            return 1;
        }
    }
}
