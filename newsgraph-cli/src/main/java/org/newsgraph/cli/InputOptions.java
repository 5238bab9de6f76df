package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.Published;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The input options every command that reads documents shares: fallback date and URL, and the size limit. */
final class InputOptions {
    @Option(names = "--published", paramLabel = "DATE", converter = Dates.class,
            description = "Publication date for inputs that carry none of their own (YYYY-MM-DD).")
    Published published;

    @Option(names = "--url", paramLabel = "URL", description = "Page URL for inputs that carry none of their own.")
    String url;

    @Option(names = "--max-bytes", defaultValue = "33554432", paramLabel = "N",
            description = "Largest input document or fetched page, after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = 33_554_432;

    /** Rejects values no run can use, as a usage error naming the option. */
    void check(CommandLine.Model.CommandSpec spec) {
        if (maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-bytes': " + maxBytes + " (must be a positive number of bytes)");
        }
    }

    /** Extraction options with these fallbacks, warnings going to {@code err}. */
    ExtractOptions extractOptions(PrintWriter err) {
        ExtractOptions.Builder b = ExtractOptions.builder().warnings(w -> err.println("newsgraph: warning: " + w));
        if (published != null) b.published(published);
        if (url != null) b.url(url);
        return b.build();
    }

    Optional<Published> published() {
        return Optional.ofNullable(published);
    }

    Optional<String> url() {
        return Optional.ofNullable(url);
    }

    InputReader.Limits limits() {
        return new InputReader.Limits(maxBytes);
    }
}
