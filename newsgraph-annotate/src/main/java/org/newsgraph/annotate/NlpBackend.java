package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The linguistic backend: tokens, sentences, part of speech, lemmas, entity tags, time expressions and a
 * dependency parse, in our own types. Implementations keep their library's classes to their own package, so
 * that another backend can replace them. Implementations are thread-safe and are loaded once per process.
 */
public interface NlpBackend extends AutoCloseable {

    /**
     * Analyses a text.
     *
     * @param text         the text; offsets in the result are into it
     * @param documentDate the date relative expressions ("Monday", "last week") are resolved against
     */
    Analysis analyze(String text, Optional<LocalDate> documentDate);

    /** A short name for reports ("corenlp-4.5.10 conll4+fine+sutime+depparse"). */
    String describe();

    @Override
    default void close() {}
}
