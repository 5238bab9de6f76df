package org.newsgraph.annotate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Languages;
import org.newsgraph.model.Article;

/**
 * Which articles the annotate stage may read: only those in a language it has models for (English today).
 * An article in another language would be run through the English models and fill the store with nonsense
 * entities and events; it is stored and searchable, unannotated, with the reason. The language is the one the
 * body's text shows ({@link Languages#detect}), else the one the page declares; a text whose language cannot be
 * told is annotated unless it is long enough to show and has next to no English function words. Stateless.
 */
public final class LanguageGate {
    private LanguageGate() {}

    /** ISO 639-1 codes of the languages with annotation models. */
    public static final Set<String> ANNOTATED = Set.of("en");

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on",
            "said", "he", "it", "by", "has", "have", "a", "an", "are", "were", "be", "from", "as", "at", "his", "her", "they", "this", "not");

    /** Why the article is not to be annotated, or empty when it is. */
    public static Optional<String> refusal(Article article) {
        Optional<String> detected = Languages.detect(article.text());
        Optional<String> language = detected.or(article::language).map(LanguageGate::primary).filter(l -> !l.isEmpty());
        if (language.isPresent()) {
            if (ANNOTATED.contains(language.get())) return Optional.empty();
            return Optional.of("language " + language.get() + " (" + (detected.isPresent() ? "from the text" : "declared by the page")
                    + "): no annotation models for it; only " + String.join(", ", new java.util.TreeSet<>(ANNOTATED)) + " is annotated");
        }
        int words = 0, english = 0;
        StringBuilder w = new StringBuilder();
        String text = article.text();
        int limit = Math.min(text.length(), 5000);
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (!w.isEmpty()) {
                words++;
                if (ENGLISH_WORDS.contains(w.toString())) english++;
                w.setLength(0);
            }
        }
        if (words >= 40 && english * 20 < words) {
            return Optional.of("language not recognised, and not English (" + english + " English function words in " + words
                    + "): no annotation models for it; only " + String.join(", ", new java.util.TreeSet<>(ANNOTATED)) + " is annotated");
        }
        return Optional.empty();
    }

    /** "en" from "en-GB", "EN_us", "en". */
    private static String primary(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }
}
