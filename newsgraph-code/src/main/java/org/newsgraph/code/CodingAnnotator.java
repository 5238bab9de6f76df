package org.newsgraph.code;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.code.geo.EventPlaces;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * An {@link Annotator} that annotates, codes events and gives them their places ({@link EventPlaces}): what
 * callers use to get {@code events} filled.
 * Thread-safe when its annotator is (the CoreNLP one is). Closing it closes the annotator.
 */
public final class CodingAnnotator implements Annotator {
    private final NewsAnnotator annotator;
    private final EventCoder coder;
    private final EventPlaces places;

    public CodingAnnotator(NewsAnnotator annotator, EventCoder coder) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.places = new EventPlaces(annotator.geocoder());
    }

    /** CoreNLP annotation and the shipped coder. Loads the models (10-30 s, about 1 GB of heap). */
    public static CodingAnnotator withCoreNlp() {
        return new CodingAnnotator(NewsAnnotator.withCoreNlp(), new EventCoder());
    }

    /** The same, with a callback for the annotate stage's warnings (texts cut at the size limit). */
    public static CodingAnnotator withCoreNlp(java.util.function.Consumer<String> warnings) {
        return new CodingAnnotator(NewsAnnotator.withCoreNlp(warnings), new EventCoder());
    }

    @Override
    public Annotations annotate(Article article) {
        if (annotator.notAnnotated(article).isPresent()) return Annotations.empty(); // no models for its language: nothing to code
        Annotations a = annotator.annotate(article);
        return a.withEvents(places.place(article.text(), a, coder.code(article, a)));
    }

    @Override
    public Optional<String> notAnnotated(Article article) {
        return annotator.notAnnotated(article);
    }

    /** Annotates and codes any text; offsets are into it. */
    public Annotations annotate(String text, Optional<LocalDate> published) {
        Annotations a = annotator.annotate(text, published);
        return a.withEvents(places.place(text, a, coder.code(text, published, a)));
    }

    /** The coder this annotator uses. */
    public EventCoder coder() {
        return coder;
    }

    @Override
    public void close() {
        annotator.close();
    }
}
