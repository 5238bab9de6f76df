package org.newsgraph.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Readability4J ({@code new Readability4J(url, html).parse().getTextContent()}), loaded through a
 * {@link PeerClassLoader}. The constructor parses the page with jsoup, so both extractors are timed from the
 * decoded string to the body text.
 */
final class Readability4jExtractor implements Extractor {
    /** Which jsoup the peer runs on. */
    public enum Jsoup {
        /** The jsoup Readability4J was released against (as its users get it). */
        BUNDLED,
        /** The jsoup newsgraph-core uses: what Maven would pick if Readability4J were a plain dependency. */
        CORE
    }

    /** The page URL the peer gets: it only resolves relative links against it. */
    private static final String BASE_URL = "https://bench.invalid/";

    private final MethodHandle create;
    private final MethodHandle parse;
    private final MethodHandle textContent;
    private final String description;

    Readability4jExtractor(Jsoup jsoup) {
        List<String> shared = jsoup == Jsoup.CORE ? List.of("org.jsoup.") : List.of();
        ClassLoader loader = new PeerClassLoader("readability4j", Readability4jExtractor.class.getClassLoader(),
                Versions.get("readability4j.dir"), shared);
        try {
            Class<?> r4j = Class.forName("net.dankito.readability4j.Readability4J", true, loader);
            Class<?> article = Class.forName("net.dankito.readability4j.Article", true, loader);
            Class<?> parser = Class.forName("org.jsoup.Jsoup", false, loader);
            if ((parser.getClassLoader() == loader) != (jsoup == Jsoup.BUNDLED)) {
                throw new IllegalStateException("Readability4J's jsoup came from the wrong loader: " + parser.getClassLoader());
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            create = lookup.findConstructor(r4j, MethodType.methodType(void.class, String.class, String.class))
                    .asType(MethodType.methodType(Object.class, String.class, String.class));
            parse = lookup.findVirtual(r4j, "parse", MethodType.methodType(article))
                    .asType(MethodType.methodType(Object.class, Object.class));
            textContent = lookup.findVirtual(article, "getTextContent", MethodType.methodType(String.class))
                    .asType(MethodType.methodType(String.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load Readability4J from " + Versions.get("readability4j.dir")
                    + " on the class path (build newsgraph-bench with Maven: it unpacks the peer there)", e);
        }
        String jsoupVersion = jsoup == Jsoup.BUNDLED ? Versions.get("readability4j.jsoup.version")
                : Versions.get("jsoup.core.version") + ", newsgraph-core's";
        description = "Readability4J " + Versions.get("readability4j.version") + " (jsoup " + jsoupVersion
                + ", Kotlin stdlib " + Versions.get("readability4j.kotlin.version") + ")";
    }

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String extractText(Page page) throws Exception {
        try {
            Object r = (Object) create.invokeExact(BASE_URL, page.html());
            Object article = (Object) parse.invokeExact(r);
            return (String) textContent.invokeExact(article);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
