package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.Charsets;

/** Finds and decodes the pages of a corpus folder. */
public final class Pages {
    private Pages() {}

    /** Whether the bench reads this file: {@code *.html}, {@code *.htm}, and either gzipped. */
    static boolean isPage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    /**
     * Reads every page under {@code dir} (recursively), in path order, and decodes it with
     * {@link Charsets#decode} as the product does (no HTTP header).
     */
    public static List<Page> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(Pages::isPage).sorted().toList();
        }
        List<Page> pages = new ArrayList<>(files.size());
        for (Path f : files) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f)) {
                bytes = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            }
            String html = Charsets.decode(bytes, Optional.empty()).text();
            String id = dir.relativize(f).toString().replace('\\', '/');
            pages.add(new Page(id, html, html.getBytes(StandardCharsets.UTF_8).length));
        }
        return pages;
    }
}
