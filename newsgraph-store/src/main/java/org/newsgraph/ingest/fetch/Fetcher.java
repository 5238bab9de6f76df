package org.newsgraph.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.newsgraph.ingest.InputException;

/**
 * Fetches pages politely: robots.txt is read once per site (following its redirects, as RFC 9309 asks: a
 * site moved to https serves it from there), parsed by crawler-commons' {@code SimpleRobotRulesParser} and
 * obeyed, its Crawl-delay included; requests to one host are spaced by the larger of that and the delay
 * asked for; every request has a connect and a total timeout, bodies are capped, redirects are followed by
 * hand (at most a few, each checked against robots.txt), and a refusal says what happened in words (403:
 * the site refuses this fetcher; 429: rate-limited, with the Retry-After the site sent; 5xx: the site's
 * own error). One instance per ingest; thread-safe (per-host state is guarded).
 */
public final class Fetcher {

    /**
     * Fetch settings.
     *
     * @param userAgent    sent with every request and matched against robots.txt groups
     * @param timeout      connect and whole-response timeout
     * @param maxBytes     largest body read; a larger one is an error
     * @param perHostDelay least time between two requests to one host
     * @param maxRedirects redirects followed per request
     */
    public record Options(String userAgent, Duration timeout, long maxBytes, Duration perHostDelay, int maxRedirects) {
        public Options {
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(perHostDelay, "perHostDelay");
            if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
            if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        }

        public static Options defaults() {
            return new Options("Newsgraph/0.1 (+https://github.com/newsgraph; news research crawler)", Duration.ofSeconds(20), 32L << 20,
                    Duration.ofSeconds(1), 5);
        }

        public Options withPerHostDelay(Duration d) {
            return new Options(userAgent, timeout, maxBytes, d, maxRedirects);
        }
    }

    /** A fetched page: where it ended up, its content type and body. */
    public record Page(URI uri, Optional<String> contentType, byte[] body) {}

    private final Options options;
    private final HttpClient client;
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> nextAllowed = new HashMap<>();
    /** Crawl-delay a host's robots.txt asks for, in nanoseconds, by host:port. */
    private final Map<String, Long> crawlDelays = new HashMap<>();
    /** The robots.txt product token of this fetcher ("newsgraph" for "Newsgraph/0.1 (...)"). */
    private final String robotName;

    public Fetcher(Options options) {
        this.options = options;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(options.timeout()).build();
        String token = options.userAgent().split("[/ ]")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
        this.robotName = token.isEmpty() ? "newsgraph" : token;
    }

    /** Fetches a page, following redirects; any refusal or error is an {@link InputException} naming the URL. */
    public Page fetch(URI uri) throws InputException {
        URI at = uri;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            String scheme = at.getScheme() == null ? "" : at.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || at.getHost() == null) {
                throw new InputException(uri.toString(), "not an http(s) URL: " + at);
            }
            if (!robotsFor(at).isAllowed(at.toString())) {
                throw new InputException(uri.toString(), "robots.txt of " + at.getHost() + " disallows " + pathOf(at) + " for this fetcher; not fetched");
            }
            HttpResponse<InputStream> r = send(at, uri.toString());
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(r.body());
                Optional<String> loc = r.headers().firstValue("location");
                if (loc.isEmpty()) throw new InputException(uri.toString(), "HTTP " + status + " redirect without a Location header");
                try {
                    at = at.resolve(loc.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new InputException(uri.toString(), "HTTP " + status + " redirect to a malformed URL: " + loc.get(), e);
                }
                continue;
            }
            if (status != 200) {
                closeQuietly(r.body());
                throw new InputException(uri.toString(), describe(status, r));
            }
            return new Page(at, r.headers().firstValue("content-type"), readCapped(r, uri.toString()));
        }
        throw new InputException(uri.toString(), "more than " + options.maxRedirects() + " redirects; last to " + at);
    }

    private static String describe(int status, HttpResponse<?> r) {
        return switch (status) {
            case 401, 403 -> "HTTP " + status + ": the site refuses this fetcher (blocked or behind a login); not retried";
            case 404, 410 -> "HTTP " + status + ": no such page";
            case 429 -> "HTTP 429: rate-limited by the site" + r.headers().firstValue("retry-after").map(s -> " (Retry-After: " + s + ")").orElse("")
                    + "; try again later or raise the per-host delay";
            default -> status >= 500 ? "HTTP " + status + ": the site's server failed; try again later" : "HTTP " + status + ": not a page";
        };
    }

    private HttpResponse<InputStream> send(URI at, String forMessage) throws InputException {
        waitForHost(at);
        HttpRequest req = HttpRequest.newBuilder(at).timeout(options.timeout()).header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5").GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InputException(forMessage, "timed out after " + options.timeout().toSeconds() + " s fetching " + at, e);
        } catch (IOException e) {
            throw new InputException(forMessage, "cannot fetch " + at + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(forMessage, "interrupted while fetching", e);
        }
    }

    private static String hostKey(URI at) {
        return at.getHost().toLowerCase(Locale.ROOT) + ":" + at.getPort();
    }

    /** Sleeps until this host may be asked again, and books the next slot (the larger of our delay and its Crawl-delay). */
    private void waitForHost(URI at) throws InputException {
        String host = hostKey(at);
        long wait;
        synchronized (nextAllowed) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
            long delay = Math.max(options.perHostDelay().toNanos(), crawlDelays.getOrDefault(host, 0L));
            nextAllowed.put(host, slot + delay);
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException(at.toString(), "interrupted while waiting for the per-host delay", e);
            }
        }
    }

    private byte[] readCapped(HttpResponse<InputStream> r, String forMessage) throws InputException {
        long declared = r.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > options.maxBytes()) {
            closeQuietly(r.body());
            throw new InputException(forMessage, "page is " + declared + " bytes, over the limit of " + options.maxBytes());
        }
        try (InputStream in = r.body()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(65536);
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > options.maxBytes()) throw new InputException(forMessage, "page is over the limit of " + options.maxBytes() + " bytes");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputException(forMessage, "cannot read the page body: " + e.getMessage(), e);
        }
    }

    /**
     * The robots.txt rules of the URL's site, fetched on first use and kept for the fetcher's life. Redirects are
     * followed (up to the redirect limit); a 4xx answer means no rules (allow all), a 5xx or 429 one "disallow all"
     * for now (RFC 9309, as crawler-commons reads it). A Crawl-delay spaces this host's later requests.
     */
    private BaseRobotRules robotsFor(URI at) throws InputException {
        String key = at.getScheme() + "://" + at.getHost().toLowerCase(Locale.ROOT) + ":" + at.getPort();
        synchronized (robots) {
            BaseRobotRules cached = robots.get(key);
            if (cached != null) return cached;
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robotsUri = at.resolve("/robots.txt");
        BaseRobotRules found = null;
        for (int hop = 0; hop <= options.maxRedirects() && found == null; hop++) {
            HttpResponse<InputStream> r = send(robotsUri, at.toString());
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304 && r.headers().firstValue("location").isPresent()) {
                closeQuietly(r.body());
                try {
                    robotsUri = robotsUri.resolve(r.headers().firstValue("location").get().strip());
                } catch (IllegalArgumentException e) {
                    found = parser.failedFetch(404); // a redirect nowhere: as if there were none
                }
                if (found == null && robotsUri.getHost() == null) found = parser.failedFetch(404);
                continue;
            }
            if (status == 200) {
                byte[] body = readCapped(r, robotsUri.toString());
                found = parser.parseContent(robotsUri.toString(), body, r.headers().firstValue("content-type").orElse("text/plain"),
                        java.util.List.of(robotName));
            } else {
                closeQuietly(r.body());
                found = parser.failedFetch(status);
            }
        }
        if (found == null) found = parser.failedFetch(404); // more redirects than allowed: RFC 9309 reads that as unavailable
        synchronized (robots) {
            robots.put(key, found);
        }
        if (found.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && found.getCrawlDelay() > 0) {
            long delay = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(found.getCrawlDelay());
            synchronized (nextAllowed) {
                crawlDelays.put(hostKey(at), delay);
                // The robots.txt request itself counts: the next one waits the delay after it.
                nextAllowed.merge(hostKey(at), System.nanoTime() + delay, Math::max);
            }
        }
        return found;
    }

    private static String pathOf(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // a body we do not read
        }
    }
}
