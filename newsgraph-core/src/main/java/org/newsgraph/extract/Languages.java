package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small language guesser for the body text: the script for non-Latin text, function words for the
 * common Latin-script news languages. Enough to route text to the right NLP models; not a general
 * identifier. Stateless.
 */
public final class Languages {
    private Languages() {}

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "he", "it", "by", "has", "have"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich", "auf", "dem", "auch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans", "pas", "qui", "sur", "au"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "de", "en", "un", "una", "por", "con", "para", "del", "se", "es"),
            "it", Set.of("il", "la", "di", "che", "e", "per", "un", "una", "del", "della", "non", "sono", "con", "gli", "è", "le"),
            "pt", Set.of("o", "a", "os", "as", "e", "que", "de", "do", "da", "em", "um", "uma", "para", "com", "não", "no"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "ook", "die", "worden"));

    private static final java.util.List<String> ORDER = java.util.List.of("en", "de", "fr", "es", "it", "pt", "nl");
    /** Each function word with the languages (bits in {@link #ORDER}) it belongs to. */
    private static final Map<String, Integer> WORD_LANGUAGES = new java.util.HashMap<>();

    static {
        for (int k = 0; k < ORDER.size(); k++) {
            for (String word : STOPWORDS.get(ORDER.get(k))) WORD_LANGUAGES.merge(word, 1 << k, (a, b) -> a | b);
        }
    }

    /** The ISO 639-1 code of the text's language, when it can be told from a sample. */
    public static Optional<String> detect(CharSequence text) {
        int n = Math.min(text.length(), 20_000);
        if (n < 20) return Optional.empty();
        int latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                default -> { }
            }
        }
        if (letters == 0) return Optional.empty();
        if (kana * 10 > letters) return Optional.of("ja");
        if (hangul * 2 > letters) return Optional.of("ko");
        if (han * 2 > letters) return Optional.of("zh");
        if (cyrillic * 2 > letters) return Optional.of("ru");
        if (arabic * 2 > letters) return Optional.of("ar");
        if (greek * 2 > letters) return Optional.of("el");
        if (hebrew * 2 > letters) return Optional.of("he");
        if (latin * 2 <= letters) return Optional.empty();
        // count function words per language in one pass over the words of the sample
        int[] counts = new int[ORDER.size()];
        int total = 0;
        StringBuilder w = new StringBuilder();
        int limit = Math.min(n, 3000); // a few hundred words decide it
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (!w.isEmpty()) {
                total++;
                Integer langs = WORD_LANGUAGES.get(w.toString());
                if (langs != null) {
                    for (int k = 0; k < counts.length; k++) if ((langs & (1 << k)) != 0) counts[k]++;
                }
                w.setLength(0);
            }
        }
        String best = null;
        int bestCount = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > bestCount) {
                bestCount = counts[k];
                best = ORDER.get(k);
            }
        }
        return bestCount * 10 >= total && bestCount >= 3 ? Optional.ofNullable(best) : Optional.empty();
    }
}
