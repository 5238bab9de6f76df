package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Published;

/**
 * Turns command-line inputs into documents, lazily, one at a time: files ({@code .html}, {@code .htm},
 * {@code .xhtml}, {@code .txt}, {@code .jsonl}, each optionally {@code .gz}), directories (recursive, in
 * name order, files of other kinds skipped), and {@code -} for standard input (HTML, text or jsonl, told
 * apart by the first character). A bad input becomes a {@link Item.Failure} naming it; reading goes on
 * with the next. The size limit holds per document: per file, or per line of a jsonl file, which is read
 * as a stream. One instance per batch; not thread-safe. {@link #close()} releases a jsonl file left open
 * when the iteration stops early.
 */
public final class InputReader implements AutoCloseable {

    /** Size limits that keep a hostile input from exhausting memory. */
    public record Limits(long maxBytes) {
        /** 32 MiB of (decompressed) input per document: far above any real article page. */
        public static final Limits DEFAULT = new Limits(32L << 20);

        public Limits {
            if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** One result of reading: a document, or a failure that names the input. */
    public sealed interface Item {
        record Doc(InputDocument document) implements Item {}

        record Failure(InputException error) implements Item {}
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Limits limits;
    private final Supplier<InputStream> stdin;
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Deque<Item> ready = new ArrayDeque<>();
    private final List<String> arguments;
    private int nextArgument;
    private JsonlCursor jsonl;

    public InputReader(List<String> arguments, Limits limits, Supplier<InputStream> stdin) {
        this.arguments = List.copyOf(arguments);
        this.limits = limits;
        this.stdin = stdin;
    }

    /** The items of all arguments, in order. The iterator reads lazily; it never throws for a bad input. */
    public Iterator<Item> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return fill();
            }

            @Override
            public Item next() {
                if (!fill()) throw new NoSuchElementException();
                return ready.poll();
            }
        };
    }

    /** Closes the jsonl file being read, if any; the iterator then ends. */
    @Override
    public void close() {
        if (jsonl != null) jsonl.close();
        jsonl = null;
        pending.clear();
        ready.clear();
        nextArgument = arguments.size();
    }

    private boolean fill() {
        while (ready.isEmpty()) {
            if (jsonl != null) {
                Item item = jsonl.next();
                if (item != null) {
                    ready.add(item);
                    return true;
                }
                jsonl.close();
                jsonl = null;
                continue;
            }
            if (!pending.isEmpty()) {
                readPath(pending.poll());
                continue;
            }
            if (nextArgument < arguments.size()) {
                expand(arguments.get(nextArgument++));
                continue;
            }
            return false;
        }
        return true;
    }

    private void expand(String arg) {
        if (arg.equals("-")) {
            readStdin();
            return;
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            walk(p, arg);
        } else if (Files.isRegularFile(p)) {
            pending.add(p);
        } else if (Files.exists(p)) {
            ready.add(failure(arg, notARegularFile(p), null));
        } else {
            ready.add(failure(arg, "no such file or directory", null));
        }
    }

    /**
     * Why a path that exists but is neither a file nor a directory is refused: reading a FIFO or a device could
     * block for ever or never end.
     */
    public static String notARegularFile(Path p) {
        String what = "a special file";
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
            if (a.isOther()) what = "a FIFO, socket or device";
        } catch (IOException e) {
            // the generic words will do
        }
        return "not a regular file (" + what + "): give a file, a directory, or - for standard input";
    }

    /**
     * Queues the input files under a directory, in path order. Symbolic links are followed (a linked
     * directory given as the argument included); a link loop or an unreadable folder is a failure naming
     * it, and the walk goes on.
     */
    private void walk(Path root, String arg) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && kindOf(file).isPresent()) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                            : e instanceof java.nio.file.AccessDeniedException ? "cannot read: permission denied"
                            : "cannot read: " + e.getMessage();
                    ready.add(failure(file.toString(), why, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            ready.add(failure(arg, "cannot list directory: " + e.getMessage(), e));
        }
        found.sort(null);
        pending.addAll(found);
    }

    private enum Kind { HTML, TEXT, JSONL, SNIFF }

    /** The kind a file name says; empty for names a directory walk skips. */
    static Optional<Kind> kindOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Optional.of(Kind.HTML);
        if (n.endsWith(".txt")) return Optional.of(Kind.TEXT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(Kind.JSONL);
        return Optional.empty();
    }

    /** The id of a file: its name without extensions ({@code a.html.gz} gives {@code a}). */
    public static String idOf(Path file) {
        String n = file.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void readPath(Path file) {
        String source = file.toString();
        Optional<Kind> named = kindOf(file);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        InputStream in = null;
        try {
            if (!gzip && named.isPresent() && named.get() != Kind.JSONL) {
                // A plain file is refused by its size, before any reading.
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    throw new InputException(source, "file is " + size + " bytes, over the limit of " + limits.maxBytes()
                            + " bytes per document (raise it with --max-bytes)");
                }
            }
            in = Files.newInputStream(file);
            if (gzip) in = new GZIPInputStream(in, 65536);
            read(in, named.orElse(Kind.SNIFF), idOf(file), source);
            in = null; // handed over
        } catch (InputException e) {
            ready.add(new Item.Failure(e));
        } catch (IOException e) {
            ready.add(new Item.Failure(readError(source, e)));
        } finally {
            closeQuietly(in);
        }
    }

    private void readStdin() {
        try {
            read(stdin.get(), Kind.SNIFF, "stdin", "-");
        } catch (InputException e) {
            ready.add(new Item.Failure(e));
        } catch (IOException e) {
            ready.add(failure("-", "cannot read standard input: " + e.getMessage(), e));
        }
    }

    /**
     * Reads one opened input: a jsonl one line by line (each line is a document under the limit), any other
     * whole (under the limit). Takes over {@code in}: closes it when done or hands it to the jsonl cursor.
     */
    private void read(InputStream in, Kind kind, String id, String source) throws IOException, InputException {
        boolean handedOver = false;
        try {
            if (kind == Kind.SNIFF) {
                byte[] head = readHead(in, 4096);
                kind = sniff(head);
                in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
            }
            if (kind == Kind.JSONL) {
                jsonl = new JsonlCursor(source, in, limits.maxBytes());
                handedOver = true;
                return;
            }
            byte[] bytes = readCapped(in, source);
            String text = Charsets.decode(bytes, Optional.empty()).text();
            if (Binary.looksBinary(text)) {
                ready.add(new Item.Failure(new InputException(source, "binary data, not HTML or text")));
                return;
            }
            InputFormat format = kind == Kind.HTML ? InputFormat.HTML : InputFormat.TEXT;
            ready.add(new Item.Doc(new InputDocument(id, source, format, text, Optional.empty(), Optional.empty())));
        } finally {
            if (!handedOver) closeQuietly(in);
        }
    }

    private static byte[] readHead(InputStream in, int max) throws IOException {
        byte[] head = new byte[max];
        int n = 0, r;
        while (n < max && (r = in.read(head, n, max - n)) > 0) n += r;
        return java.util.Arrays.copyOf(head, n);
    }

    private static InputException readError(String source, IOException e) {
        if (e instanceof java.util.zip.ZipException) {
            return new InputException(source, "not a valid gzip file: " + e.getMessage(), e);
        }
        if (e instanceof java.io.EOFException) {
            return new InputException(source, "truncated gzip file (or an empty one)", e);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new InputException(source, "cannot read: permission denied", e);
        }
        return new InputException(source, "cannot read: " + e.getMessage(), e);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing more to do for an input we are done with
        }
    }

    private static Kind sniff(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            int c = bytes[i] & 0xFF;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF) continue;
            if (c == '{') return Kind.JSONL;
            if (c == '<') return Kind.HTML;
            return Kind.TEXT;
        }
        return Kind.TEXT;
    }

    /** Reads a stream up to the limit; one byte more is an error (a gzip bomb stops here). */
    private byte[] readCapped(InputStream in, String source) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        byte[] buf = new byte[65536];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > limits.maxBytes()) {
                throw new InputException(source, total, "input decompresses or reads to more than " + limits.maxBytes()
                        + " bytes, the limit per document (raise it with --max-bytes)", null);
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static Item failure(String source, String message, Throwable cause) {
        return new Item.Failure(new InputException(source, message, cause));
    }

    /**
     * Reads a jsonl stream line by line, {@code {id, text|html, url, published}} per line, never holding more
     * than one line: each line is one document, so the size limit applies per line, not to the file. A line
     * over the limit, or a read error, ends the file with a failure (what follows cannot be trusted to be
     * cheap to skip: a gzip bomb is one endless line). A file without a single line is a failure too, so
     * that an empty input is never silent.
     */
    private static final class JsonlCursor {
        private final String source;
        private final InputStream in;
        private final long maxLineBytes;
        private final byte[] buf = new byte[65536];
        private int pos, lim;
        private int lineNo;
        private boolean sawLine;
        private boolean done;

        JsonlCursor(String source, InputStream in, long maxLineBytes) {
            this.source = source;
            this.in = in;
            this.maxLineBytes = maxLineBytes;
        }

        /** The next document or failure; null at the end. */
        Item next() {
            if (done) return null;
            try {
                while (true) {
                    byte[] line = readLine();
                    if (line == null) {
                        done = true;
                        return sawLine ? null : failure(source, "no documents: the jsonl file is empty or holds only blank lines", null);
                    }
                    lineNo++;
                    String text = Charsets.decode(line, Optional.empty()).text(); // also drops a byte-order mark
                    if (text.isBlank()) continue;
                    sawLine = true;
                    String where = source + ":" + lineNo;
                    try {
                        return new Item.Doc(parse(text, where, lineNo));
                    } catch (InputException e) {
                        return new Item.Failure(e);
                    }
                }
            } catch (InputException e) {
                done = true;
                return new Item.Failure(e);
            } catch (IOException e) {
                done = true;
                InputException err = readError(source, e);
                String after = lineNo > 0 ? " (after line " + lineNo + "; the rest of the file is skipped)" : "";
                return new Item.Failure(new InputException(source, -1, stripSource(err.getMessage()) + after, e));
            }
        }

        private String stripSource(String message) {
            return message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
        }

        /** The bytes of the next line without its line break; null at the end of the input. */
        private byte[] readLine() throws IOException, InputException {
            ByteArrayOutputStream line = null;
            long length = 0;
            while (true) {
                if (pos == lim) {
                    lim = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        if (line == null) return null;
                        return trimCr(line.toByteArray());
                    }
                }
                if (line == null) line = new ByteArrayOutputStream(256);
                int nl = pos;
                while (nl < lim && buf[nl] != '\n') nl++;
                length += nl - pos;
                if (length > maxLineBytes) {
                    throw new InputException(source + ":" + (lineNo + 1), "line is longer than " + maxLineBytes
                            + " bytes, the limit per document (raise it with --max-bytes); the rest of the file is skipped");
                }
                line.write(buf, pos, nl - pos);
                if (nl < lim) {
                    pos = nl + 1;
                    return trimCr(line.toByteArray());
                }
                pos = lim;
            }
        }

        private static byte[] trimCr(byte[] b) {
            return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
        }

        void close() {
            closeQuietly(in);
        }
    }

    static InputDocument parse(String line, String where, int lineNo) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new InputException(where, col, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) throw new InputException(where, "a jsonl line must be a JSON object");
        List<String> problems = new ArrayList<>();
        String html = textField(node, "html", problems);
        String text = textField(node, "text", problems);
        if (html != null && text != null) problems.add("has both \"html\" and \"text\"; give one");
        if (html == null && text == null) problems.add("has neither \"html\" nor \"text\"");
        JsonNode idNode = node.get("id");
        String id = String.valueOf(lineNo);
        if (idNode != null && !idNode.isNull()) {
            if ((idNode.isTextual() && !idNode.asText().isBlank()) || idNode.isIntegralNumber()) id = idNode.asText();
            else problems.add("\"id\" must be a non-empty string or an integer");
        }
        String url = textField(node, "url", problems);
        String published = textField(node, "published", problems);
        Optional<Published> pub = Optional.empty();
        if (published != null) {
            pub = Published.parse(published, DateSource.USER);
            if (pub.isEmpty()) problems.add("\"published\" is not a date: " + published);
        }
        if (!problems.isEmpty()) throw new InputException(where, String.join("; ", problems));
        InputFormat format = html != null ? InputFormat.HTML : InputFormat.TEXT;
        return new InputDocument(id, where, format, html != null ? html : text, Optional.ofNullable(url), pub);
    }

    private static String textField(JsonNode node, String name, List<String> problems) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            problems.add("\"" + name + "\" must be a string");
            return null;
        }
        return v.asText();
    }
}
