package org.newsgraph.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;

/**
 * The bundled reference document (Al Jazeera, 10 April 2017), extracted, annotated with the shared CoreNLP
 * annotator, coded and given places (as {@code CodingAnnotator} does) once per test JVM (lazily, on first use).
 */
final class ReferenceDocument {
    private ReferenceDocument() {}

    static final Path FILE = Path.of("..", "examples", "al-jazeera-2017-04-10.txt");

    private static final class Holder {
        static final Article ARTICLE;
        static final Annotations ANNOTATIONS;

        static {
            try {
                String text = Files.readString(FILE, StandardCharsets.UTF_8);
                ARTICLE = Newsgraph.extract(InputDocument.text("al-jazeera-2017-04-10", text), ExtractOptions.builder()
                        .published(Published.of(LocalDate.of(2017, 4, 10), DateSource.USER)).build());
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + FILE, e);
            }
            Annotations a = SharedAnnotator.annotator().annotate(ARTICLE);
            ANNOTATIONS = a.withEvents(new org.newsgraph.code.geo.EventPlaces(SharedAnnotator.annotator().geocoder())
                    .place(ARTICLE.text(), a, SharedAnnotator.coder().code(ARTICLE, a)));
        }
    }

    static Article article() {
        return Holder.ARTICLE;
    }

    static Annotations annotations() {
        return Holder.ANNOTATIONS;
    }
}
