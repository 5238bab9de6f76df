package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of Newsgraph and the peers, as the build filled them into {@code bench.properties}. */
final class Versions {
    private static final Properties PROPS = load();

    private Versions() {}

    static String get(String key) {
        String v = PROPS.getProperty(key);
        if (v == null || v.startsWith("${")) {
            throw new IllegalStateException("bench.properties lacks " + key + " (was the module built by Maven?)");
        }
        return v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("bench.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
