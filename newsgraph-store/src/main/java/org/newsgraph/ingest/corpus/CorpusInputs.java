package org.newsgraph.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.ingest.Charsets;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.csv.CsvInput;
import org.newsgraph.ingest.cursor.ItemCursor;
import org.newsgraph.ingest.feed.Feeds;
import org.newsgraph.ingest.fetch.Fetcher;
import org.newsgraph.ingest.warc.WarcInput;
import org.newsgraph.model.InputFormat;

/**
 * Everything {@code newsgraph ingest} takes, as one lazy stream of documents and failures: what
 * {@code extract} takes (HTML, text, JSON Lines, gzip, directories, {@code -}) plus WARC files, CSV files
 * ({@code url,date,title,text}), RSS/Atom feed files ({@code .rss}, {@code .atom}, {@code .xml}) and
 * {@code http(s)://} URLs (a feed's items are fetched; any other URL is one page). Pages are fetched
 * through one polite {@link Fetcher}; URLs already stored are not fetched again. A directory is walked in
 * name order. Not thread-safe; close it when done.
 */
public final class CorpusInputs implements Iterator<InputReader.Item>, AutoCloseable {
    private final Deque<String> arguments;
    private final InputReader.Limits limits;
    private final Supplier<InputStream> stdin;
    private final Fetcher fetcher;
    private final Predicate<String> alreadyStored;
    private final Deque<Supplier<Iterator<InputReader.Item>>> pending = new ArrayDeque<>();
    private Iterator<InputReader.Item> current;
    private AutoCloseable currentCloser;

    /**
     * @param alreadyStored whether a page URL is in the store (then a feed item is not fetched again)
     */
    public CorpusInputs(List<String> arguments, InputReader.Limits limits, Supplier<InputStream> stdin, Fetcher fetcher,
            Predicate<String> alreadyStored) {
        this.arguments = new ArrayDeque<>(arguments);
        this.limits = limits;
        this.stdin = stdin;
        this.fetcher = fetcher;
        this.alreadyStored = alreadyStored;
    }

    /** Whether an argument is fetched over the network (re-polled by {@code --watch}). */
    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    static boolean isFeedFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
    }

    private static boolean isReaderFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /**
     * False once the thread is interrupted: an interrupted ingest ends at a document boundary and stores
     * what it has read (a fetch cut short by the interrupt is not an input failure).
     */
    @Override
    public boolean hasNext() {
        if (Thread.currentThread().isInterrupted()) return false;
        while (current == null || !current.hasNext()) {
            closeCurrent();
            if (!pending.isEmpty()) {
                current = pending.poll().get();
                if (current instanceof AutoCloseable c) currentCloser = c;
                continue;
            }
            if (arguments.isEmpty()) return false;
            expand(arguments.poll());
        }
        return true;
    }

    @Override
    public InputReader.Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private void expand(String arg) {
        if (isUrl(arg)) {
            pending.add(() -> fromUrl(arg));
            return;
        }
        if (arg.equals("-")) {
            pending.add(() -> readerFor(arg));
            return;
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile).filter(f -> WarcInput.isWarc(f) || CsvInput.isCsv(f) || isFeedFile(f) || isReaderFile(f))
                        .sorted().forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                pending.add(() -> failure(arg, "cannot list directory: " + e.getMessage()));
            }
            for (Path f : files) pending.add(() -> forFile(f));
        } else {
            pending.add(() -> forFile(p));
        }
    }

    private Iterator<InputReader.Item> forFile(Path f) {
        if (!Files.exists(f)) return failure(f.toString(), "no such file or directory");
        if (!Files.isRegularFile(f)) return failure(f.toString(), InputReader.notARegularFile(f));
        if (WarcInput.isWarc(f)) return new WarcInput(f, limits.maxBytes());
        if (CsvInput.isCsv(f)) return new CsvInput(f, limits.maxBytes());
        if (isFeedFile(f)) {
            try {
                long size = Files.size(f);
                if (size > limits.maxBytes()) return failure(f.toString(), "feed file is " + size + " bytes, over the limit");
                return fromFeed(Feeds.parse(Files.readAllBytes(f), f.toString()), f.toString());
            } catch (InputException e) {
                return List.<InputReader.Item>of(new InputReader.Item.Failure(e)).iterator();
            } catch (IOException e) {
                return failure(f.toString(), "cannot read: " + e.getMessage());
            }
        }
        return readerFor(f.toString());
    }

    private Iterator<InputReader.Item> readerFor(String arg) {
        InputReader reader = new InputReader(List.of(arg), limits, stdin);
        Iterator<InputReader.Item> it = reader.iterator();
        return new ClosingIterator(it, reader);
    }

    private Iterator<InputReader.Item> fromUrl(String url) {
        try {
            Fetcher.Page page = fetcher.fetch(URI.create(url));
            if (Feeds.looksLikeFeed(page.body())) return fromFeed(Feeds.parse(page.body(), url), url);
            return List.<InputReader.Item>of(new InputReader.Item.Doc(pageDocument(page, url, url, Optional.empty()))).iterator();
        } catch (InputException e) {
            if (Thread.currentThread().isInterrupted()) return java.util.Collections.emptyIterator();
            return List.<InputReader.Item>of(new InputReader.Item.Failure(e)).iterator();
        } catch (IllegalArgumentException e) {
            return failure(url, "not a URL: " + e.getMessage());
        }
    }

    /** The feed's items, each fetched when reached (not all up front), skipping pages already stored. */
    private Iterator<InputReader.Item> fromFeed(List<Feeds.Item> items, String feedSource) {
        Deque<Feeds.Item> todo = new ArrayDeque<>(items);
        return new ItemCursor() {
            @Override
            protected InputReader.Item advance() {
                while (!todo.isEmpty()) {
                    Feeds.Item it = todo.poll();
                    if (alreadyStored.test(it.link())) continue;
                    try {
                        URI base = isUrl(feedSource) ? URI.create(feedSource) : null;
                        URI link = base == null ? URI.create(it.link()) : base.resolve(it.link());
                        Fetcher.Page page = fetcher.fetch(link);
                        return new InputReader.Item.Doc(pageDocument(page, link.toString(), link.toString(), it.published()));
                    } catch (InputException e) {
                        if (Thread.currentThread().isInterrupted()) return null;
                        return new InputReader.Item.Failure(e);
                    } catch (IllegalArgumentException e) {
                        return new InputReader.Item.Failure(new InputException(feedSource, "item link is not a URL: " + it.link()));
                    }
                }
                return null;
            }

            @Override
            protected void release() {
                todo.clear();
            }
        };
    }

    private static InputDocument pageDocument(Fetcher.Page page, String source, String url, Optional<org.newsgraph.model.Published> published) {
        Optional<String> charset = page.contentType().flatMap(ct -> {
            for (String part : ct.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return Optional.of(p.substring(8).replace("\"", ""));
            }
            return Optional.empty();
        });
        String text = Charsets.decode(page.body(), charset).text();
        boolean plain = page.contentType().map(ct -> ct.toLowerCase(Locale.ROOT).startsWith("text/plain")).orElse(false);
        String path = page.uri().getPath() == null ? "" : page.uri().getPath().replaceAll("/+$", "");
        String id = path.isEmpty() ? page.uri().getHost() : path.substring(path.lastIndexOf('/') + 1);
        return new InputDocument(id, source, plain ? InputFormat.TEXT : InputFormat.HTML, text, Optional.of(page.uri().toString()), published);
    }

    private static Iterator<InputReader.Item> failure(String source, String why) {
        return List.<InputReader.Item>of(new InputReader.Item.Failure(new InputException(source, why))).iterator();
    }

    private record ClosingIterator(Iterator<InputReader.Item> it, InputReader closer) implements Iterator<InputReader.Item>, AutoCloseable {
        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public InputReader.Item next() {
            return it.next();
        }

        @Override
        public void close() {
            closer.close();
        }
    }

    private void closeCurrent() {
        if (currentCloser != null) {
            try {
                currentCloser.close();
            } catch (Exception ignored) {
                // an input we are done reading
            }
        }
        currentCloser = null;
        current = null;
    }

    @Override
    public void close() {
        closeCurrent();
        pending.clear();
        arguments.clear();
    }
}
