package org.newsgraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the server listens.
 *
 * @param bind       the address to bind; 127.0.0.1 by default, so that nothing off the machine reaches it
 * @param port       the port (0: any free one)
 * @param token      when present, every route needs it: {@code Authorization: Bearer TOKEN}, or the cookie a
 *                   browser gets by opening {@code /?token=TOKEN} once
 * @param allowHosts host names (or addresses) a request's {@code Host} header may name besides the loopback
 *                   names and the bind address; {@code *} allows any. Anything else is refused, so a web page on
 *                   another site cannot reach the store through DNS rebinding
 */
public record ServeOptions(String bind, int port, Optional<String> token, List<String> allowHosts) {
    /** The names a loopback server answers to. */
    public static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public ServeOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        allowHosts = allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        // The token travels in a header and a cookie: RFC 6750 token characters only, and not guessable by length.
        if (token.isPresent() && !token.get().matches("[A-Za-z0-9._~+/=-]{8,512}")) {
            throw new IllegalArgumentException("a token must be 8 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -");
        }
        for (String h : allowHosts) {
            if (!h.equals("*") && !h.matches("\\[[0-9a-f:.]+\\]|[a-z0-9._:-]{1,253}")) {
                throw new IllegalArgumentException("--allow-host: not a host name or address: '" + h + "'");
            }
        }
    }

    public ServeOptions(String bind, int port, Optional<String> token) {
        this(bind, port, token, List.of());
    }

    public static ServeOptions loopback(int port) {
        return new ServeOptions("127.0.0.1", port, Optional.empty());
    }

    /** The host names a request may name: loopback names, the bind address, and those allowed; empty means any. */
    Set<String> hosts() {
        if (allowHosts.contains("*")) return Set.of();
        Set<String> out = new TreeSet<>(LOOPBACK_NAMES);
        String b = bind.strip().toLowerCase(Locale.ROOT);
        out.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
        out.addAll(allowHosts);
        return out;
    }
}
