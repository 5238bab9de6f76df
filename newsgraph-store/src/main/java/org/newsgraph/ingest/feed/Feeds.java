package org.newsgraph.ingest.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.ingest.InputException;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/**
 * RSS 2.0 and Atom feeds: the items' links, titles and dates. DTDs and external entities are refused (a feed
 * is untrusted XML). Stateless.
 */
public final class Feeds {
    private Feeds() {}

    /** One feed entry. */
    public record Item(String link, Optional<String> title, Optional<Published> published) {}

    /** Whether bytes look like a feed: an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root near the start. */
    public static boolean looksLikeFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        int i = head.indexOf('<');
        while (i >= 0 && (head.startsWith("<?", i) || head.startsWith("<!--", i))) i = head.indexOf('<', i + 1);
        return i >= 0 && (head.startsWith("<rss", i) || head.startsWith("<feed", i) || head.startsWith("<rdf:rdf", i));
    }

    /** Parses a feed; {@code source} names it in errors. */
    public static List<Item> parse(byte[] xml, String source) throws InputException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Item> items = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            String link = null, title = null, date = null;
            boolean inItem = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("item") || name.equals("entry")) {
                        inItem = true;
                        link = title = date = null;
                    } else if (inItem) {
                        switch (name) {
                            case "link" -> {
                                String href = r.getAttributeValue(null, "href");
                                String rel = r.getAttributeValue(null, "rel");
                                if (href != null) {
                                    if (link == null || rel == null || rel.equals("alternate")) link = href.strip();
                                } else {
                                    link = r.getElementText().strip();
                                }
                            }
                            case "title" -> title = r.getElementText().strip();
                            case "pubDate", "published", "date" -> date = r.getElementText().strip();
                            case "updated" -> {
                                String u = r.getElementText().strip();
                                if (date == null) date = u;
                            }
                            default -> { }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && inItem && (r.getLocalName().equals("item") || r.getLocalName().equals("entry"))) {
                    inItem = false;
                    if (link != null && !link.isEmpty()) {
                        items.add(new Item(link, Optional.ofNullable(title).filter(t -> !t.isEmpty()),
                                date == null ? Optional.empty() : Published.parse(date, DateSource.META)));
                    }
                }
            }
            return items;
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getCharacterOffset();
            throw new InputException(source, at, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // parsing is over
                }
            }
        }
    }
}
