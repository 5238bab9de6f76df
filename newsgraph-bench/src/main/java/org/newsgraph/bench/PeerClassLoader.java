package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * Loads a peer's classes, unmodified, from a folder of the bench's own class path ({@code peer/NAME/}, where the
 * build unpacks the peer's jars). Its parent is the platform loader, so the peer sees the JDK and its own
 * libraries only: Readability4J gets the jsoup it was built against while newsgraph-core keeps its own, in one
 * JVM, with nothing relocated. Packages named in {@code shared} are taken from the application loader instead
 * (to run a peer against the product's copy of a library, for comparison).
 */
final class PeerClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final ClassLoader files;
    private final String prefix;
    private final List<String> shared;

    /**
     * @param name   the loader's name, for stack traces
     * @param files  the loader whose resources hold the peer's files
     * @param prefix the folder, ending with {@code /}, that holds them
     * @param shared package prefixes ({@code "org.jsoup."}) to take from {@code files} itself rather than the folder
     */
    PeerClassLoader(String name, ClassLoader files, String prefix, List<String> shared) {
        super(name, ClassLoader.getPlatformClassLoader());
        this.files = Objects.requireNonNull(files);
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.shared = List.copyOf(shared);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String p : shared) {
            if (name.startsWith(p)) return files.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = prefix + name.replace('.', '/') + ".class";
        try (InputStream in = files.getResourceAsStream(path)) {
            if (in == null) throw new ClassNotFoundException(name);
            byte[] b = in.readAllBytes();
            return defineClass(name, b, 0, b.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    protected URL findResource(String name) {
        return files.getResource(prefix + name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return files.getResources(prefix + name);
    }
}
