package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads geoparsing gold files in the two common XML layouts: LGL's ({@code <article docid><text/><toponyms>
 * <toponym><phrase/><start/><end/><gaztag geonameid><lat/><lon/>}, also TR-News and GeoWebNews) and GeoVirus's
 * ({@code <article><source/><text/><locations><location><name/><start/><end/><lat/><lon/>}). Offsets are
 * character offsets into the article's text. Stateless.
 */
public final class GeoGold {
    private GeoGold() {}

    /**
     * A gold toponym.
     *
     * @param phrase    the words as annotated
     * @param start     offset in the text
     * @param end       offset just past it
     * @param lat       latitude, when the annotators gave coordinates
     * @param lon       longitude, when they did
     * @param geonameId the GeoNames id they chose, when the layout has one
     */
    public record Toponym(String phrase, int start, int end, OptionalDouble lat, OptionalDouble lon, OptionalLong geonameId) {
        public Toponym {
            Objects.requireNonNull(phrase, "phrase");
        }

        /** Whether the gold gives coordinates (accuracy is measured over these only). */
        public boolean located() {
            return lat.isPresent() && lon.isPresent();
        }
    }

    /**
     * A gold article.
     *
     * @param id        the docid, else the article's position in the file ({@code 0}, {@code 1}, ...)
     * @param index     0-based position in the file (the dev-set split alternates on it)
     * @param text      the text the offsets point into
     * @param published the download or publication date, when the layout gives one
     * @param toponyms  the gold toponyms, in file order
     */
    public record Article(String id, int index, String text, Optional<LocalDate> published, List<Toponym> toponyms) {
        public Article {
            toponyms = List.copyOf(toponyms);
        }
    }

    /** Reads a gold file of either layout, strictly: a toponym whose offsets fall outside its text is an error. */
    public static List<Article> read(Path file) throws IOException {
        return read(file, w -> {
            throw new IllegalArgumentException(w);
        });
    }

    /**
     * Reads a gold file of either layout. A toponym whose offsets do not cover its phrase is moved to the
     * nearest place (up to 20 characters away) where the phrase stands, as some TR-News offsets are shifted by
     * a character or two; one that cannot be placed is left out and reported to {@code warnings}, naming the
     * file, the article and the toponym. Malformed XML and missing offsets are errors.
     */
    public static List<Article> read(Path file, java.util.function.Consumer<String> warnings) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder().parse(in);
        } catch (SAXException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
        List<Article> out = new ArrayList<>();
        NodeList articles = doc.getDocumentElement().getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String id = a.hasAttribute("docid") ? a.getAttribute("docid") : Integer.toString(i);
            String text = childText(a, "text").orElseThrow(() -> new IOException(file + ": article " + id + " has no <text>"));
            Optional<LocalDate> date = childText(a, "dltime").flatMap(GeoGold::date);
            List<Toponym> toponyms = new ArrayList<>();
            for (String tag : List.of("toponym", "location")) {
                NodeList ts = a.getElementsByTagName(tag);
                for (int k = 0; k < ts.getLength(); k++) {
                    Element t = (Element) ts.item(k);
                    Toponym g;
                    try {
                        g = toponym(t);
                    } catch (RuntimeException e) {
                        throw new IOException(file + ": article " + id + ", " + tag + " " + k + ": " + e.getMessage(), e);
                    }
                    Toponym placed = place(g, text);
                    if (placed == null) {
                        try {
                            warnings.accept(file + ": article " + id + ", " + tag + " " + k + " '" + g.phrase() + "' at "
                                    + g.start() + ".." + g.end() + " is not in the text: left out");
                        } catch (IllegalArgumentException e) {
                            throw new IOException(e.getMessage(), e);
                        }
                    } else {
                        toponyms.add(placed);
                    }
                }
            }
            out.add(new Article(id, i, text, date, toponyms));
        }
        return out;
    }

    /** The toponym where its phrase stands: at its offsets, else the nearest occurrence within 20 characters. */
    private static Toponym place(Toponym g, String text) {
        if (g.end() <= text.length() && text.substring(g.start(), g.end()).equals(g.phrase())) return g;
        if (g.phrase().isEmpty()) return g.end() <= text.length() ? g : null;
        int best = -1;
        for (int at = text.indexOf(g.phrase(), Math.max(0, g.start() - 20)); at >= 0 && at <= g.start() + 20;
             at = text.indexOf(g.phrase(), at + 1)) {
            if (best < 0 || Math.abs(at - g.start()) < Math.abs(best - g.start())) best = at;
        }
        if (best >= 0) return new Toponym(g.phrase(), best, best + g.phrase().length(), g.lat(), g.lon(), g.geonameId());
        return g.end() <= text.length() ? g : null;
    }

    private static Toponym toponym(Element t) {
        String phrase = childText(t, "phrase").or(() -> childText(t, "name")).orElse("").strip();
        int start = Integer.parseInt(childText(t, "start").orElseThrow(() -> new IllegalArgumentException("no <start>")).strip());
        int end = Integer.parseInt(childText(t, "end").orElseThrow(() -> new IllegalArgumentException("no <end>")).strip());
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        Element coords = t;
        OptionalLong gid = OptionalLong.empty();
        NodeList gaz = t.getElementsByTagName("gaztag");
        if (gaz.getLength() > 0) {
            coords = (Element) gaz.item(0);
            String g = coords.getAttribute("geonameid");
            if (!g.isBlank()) gid = OptionalLong.of(Long.parseLong(g.strip()));
        } else if (t.getTagName().equals("toponym")) {
            // An LGL-style toponym without a gaztag has no coordinates; never read coordinates from elsewhere.
            return new Toponym(phrase, start, end, OptionalDouble.empty(), OptionalDouble.empty(), OptionalLong.empty());
        }
        OptionalDouble lat = childText(coords, "lat").filter(s -> !s.isBlank()).map(s -> OptionalDouble.of(Double.parseDouble(s.strip())))
                .orElse(OptionalDouble.empty());
        OptionalDouble lon = childText(coords, "lon").filter(s -> !s.isBlank()).map(s -> OptionalDouble.of(Double.parseDouble(s.strip())))
                .orElse(OptionalDouble.empty());
        return new Toponym(phrase, start, end, lat, lon, gid);
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> childText(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) return Optional.of(c.getTextContent());
        }
        return Optional.empty();
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // Gold files are data: no DTDs, no external entities.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser", e);
        }
    }
}
