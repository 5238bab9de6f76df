package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Published;

/**
 * Options for extraction. Typed; built with {@link #builder()}.
 *
 * @param published a publication date to use when the input does not carry its own (the caller knows best,
 *                  so it also wins over dates found in the page)
 * @param url       the page URL to use when the input does not carry its own
 * @param warnings  receives non-fatal problems (a malformed JSON-LD block, an odd date), each naming the input
 */
public record ExtractOptions(Optional<Published> published, Optional<String> url, Consumer<String> warnings) {
    public ExtractOptions {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** No date, no URL, warnings dropped. */
    public static ExtractOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExtractOptions}; not thread-safe. */
    public static final class Builder {
        private Optional<Published> published = Optional.empty();
        private Optional<String> url = Optional.empty();
        private Consumer<String> warnings = w -> { };

        public Builder published(Published p) {
            this.published = Optional.of(p);
            return this;
        }

        public Builder url(String u) {
            this.url = Optional.of(u);
            return this;
        }

        public Builder warnings(Consumer<String> w) {
            this.warnings = Objects.requireNonNull(w);
            return this;
        }

        public ExtractOptions build() {
            return new ExtractOptions(published, url, warnings);
        }
    }
}
