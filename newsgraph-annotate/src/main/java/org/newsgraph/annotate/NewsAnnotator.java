package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.Published;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;

/**
 * The annotate stage: runs the backend over an article's text, then our own news-specific steps — mention
 * repair, entity merging with roles and countries, dates under news conventions, quotations with speakers,
 * counts and amounts, and geocoding (places resolved to coordinates, {@link org.newsgraph.annotate.geo.Geocoder}).
 *
 * <p>Thread-safe when the backend is (the CoreNLP backend is): one instance serves all threads. Closing it
 * closes the backend.
 */
public final class NewsAnnotator implements Annotator {
    private final NlpBackend backend;
    private final MentionFinder mentionFinder;
    private final EntityResolver entityResolver;
    private final DateNormalizer dateNormalizer = new DateNormalizer();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final CountFinder countFinder = new CountFinder();
    private final org.newsgraph.annotate.geo.Geocoder geocoder;

    private final java.util.function.Consumer<String> warnings;

    /**
     * @param backend  the linguistic backend
     * @param warnings receives one line per document whose text was cut at the backend's size limit
     */
    public NewsAnnotator(NlpBackend backend, java.util.function.Consumer<String> warnings) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        Countries countries = Countries.load();
        this.mentionFinder = new MentionFinder(countries);
        this.entityResolver = new EntityResolver(countries);
        this.geocoder = new org.newsgraph.annotate.geo.Geocoder(org.newsgraph.annotate.geo.Gazetteer.load(), countries);
    }

    /** The default annotator: CoreNLP with our default limits. Loads the models (10-30 s, about 1 GB of heap). */
    public static NewsAnnotator withCoreNlp() {
        return withCoreNlp(w -> {});
    }

    /** The default annotator, with a callback for warnings. */
    public static NewsAnnotator withCoreNlp(java.util.function.Consumer<String> warnings) {
        return new NewsAnnotator(new org.newsgraph.annotate.corenlp.CoreNlpBackend(), warnings);
    }

    /** The geocoder this annotator resolves places with (its gazetteer is loaded once, with the annotator). */
    public org.newsgraph.annotate.geo.Geocoder geocoder() {
        return geocoder;
    }

    /** The backend this annotator runs on. */
    public NlpBackend backend() {
        return backend;
    }

    /**
     * Annotates an article in a language with models (English); any other is left unannotated (empty
     * annotations; {@link #notAnnotated} says why), never read by the English models.
     */
    @Override
    public Annotations annotate(Article article) {
        if (LanguageGate.refusal(article).isPresent()) return Annotations.empty();
        return annotate(article.text(), article.published().map(Published::date), article.source());
    }

    @Override
    public Optional<String> notAnnotated(Article article) {
        return LanguageGate.refusal(article);
    }

    /**
     * Annotates any text.
     *
     * @param text      the text; offsets in the result are into it
     * @param published the date relative expressions are resolved against
     */
    public Annotations annotate(String text, Optional<LocalDate> published) {
        return annotate(text, published, "text");
    }

    private Annotations annotate(String text, Optional<LocalDate> published, String source) {
        if (text.isBlank()) return Annotations.empty();
        Analysis analysis = backend.analyze(text, published);
        if (analysis.truncated() > 0) {
            warnings.accept(source + ": text of " + text.length() + " characters, annotated the first "
                    + (text.length() - analysis.truncated()) + " (the backend's size limit)");
        }
        List<SentenceTree> trees = new ArrayList<>(analysis.sentences().size());
        for (Sentence s : analysis.sentences()) trees.add(new SentenceTree(s));
        MentionFinder.Found found = mentionFinder.find(trees, analysis.times(), text);
        EntityResolver.Resolved resolved = entityResolver.resolve(found.mentions(), trees, text);
        List<TimeExpression> dates = dateNormalizer.normalize(found.times(), trees, published);
        // One pronoun resolution for every stage: quotes' speakers here, events' actors in the code stage.
        PronounResolver pronouns = new PronounResolver(trees, resolved.mentions(), resolved.entities());
        var quotes = quoteFinder.find(text, trees, resolved.mentions(), resolved.entities(), pronouns);
        CountFinder.Found counts = countFinder.find(trees, analysis.numbers(), resolved.mentions(), dates, text);
        Annotations plain = new Annotations(analysis.sentences(), resolved.mentions(), resolved.entities(), quotes, dates,
                counts.counts(), counts.amounts(), List.of(), pronouns.references(), List.of());
        return plain.withLocations(geocoder.locate(text, plain));
    }

    @Override
    public void close() {
        try {
            backend.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the NLP backend failed", e);
        }
    }
}
