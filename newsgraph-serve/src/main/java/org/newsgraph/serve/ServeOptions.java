package org.newsgraph.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens.
 *
 * @param bind  the address to bind; 127.0.0.1 by default, so that nothing off the machine reaches it
 * @param port  the port (0: any free one)
 * @param token when present, every route needs it: {@code Authorization: Bearer TOKEN}, or the cookie a
 *              browser gets by opening {@code /?token=TOKEN} once
 */
public record ServeOptions(String bind, int port, Optional<String> token) {
    public ServeOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        // The token travels in a header and a cookie: RFC 6750 token characters only, and not guessable by length.
        if (token.isPresent() && !token.get().matches("[A-Za-z0-9._~+/=-]{8,512}")) {
            throw new IllegalArgumentException("a token must be 8 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -");
        }
    }

    public static ServeOptions loopback(int port) {
        return new ServeOptions("127.0.0.1", port, Optional.empty());
    }
}
