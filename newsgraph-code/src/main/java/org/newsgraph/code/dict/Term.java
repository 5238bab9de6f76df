package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One slot of a verb pattern: any of several alternatives, each a sequence of lower-case words that must
 * stand together in the text ("sanctions", "new economic relations"). A PETRARCH synset used in a pattern
 * becomes one term with every member as an alternative. Written as {@code a|b_c} (alternatives split by
 * {@code |}, the words of one by {@code _}). Immutable.
 *
 * @param alternatives the alternatives, each a non-empty list of words
 */
public record Term(List<List<String>> alternatives) {
    public Term {
        if (alternatives.isEmpty()) throw new IllegalArgumentException("a term needs an alternative");
        List<List<String>> copy = new ArrayList<>(alternatives.size());
        for (List<String> a : alternatives) {
            if (a.isEmpty()) throw new IllegalArgumentException("empty alternative in a term");
            copy.add(List.copyOf(a));
        }
        alternatives = List.copyOf(copy);
    }

    /** A term of one word or one phrase ({@code "peace plan"}). */
    public static Term of(String phrase) {
        return new Term(List.of(words(phrase)));
    }

    /** Parses the written form {@code a|b_c} (lower case, as the converter writes it). */
    public static Term parse(String text) {
        Set<List<String>> alts = new LinkedHashSet<>();
        int from = 0;
        // A plain scan: the converted verb patterns hold some hundred thousand words, and load time counts.
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '|') continue;
            if (i == from) throw new IllegalArgumentException("empty alternative in term '" + text + "'");
            List<String> words = new ArrayList<>(2);
            int w = from;
            for (int j = from; j <= i; j++) {
                if (j < i && text.charAt(j) != '_') continue;
                if (j > w) words.add(text.substring(w, j).toLowerCase(Locale.ROOT));
                w = j + 1;
            }
            if (words.isEmpty()) throw new IllegalArgumentException("empty alternative in term '" + text + "'");
            alts.add(List.copyOf(words));
            from = i + 1;
        }
        return new Term(new ArrayList<>(alts));
    }

    /** Parses a space-separated list of written terms; empty text gives an empty list. */
    public static List<Term> parseList(String text) {
        List<Term> out = new ArrayList<>();
        for (String t : text.trim().split("\\s+")) if (!t.isEmpty()) out.add(parse(t));
        return out;
    }

    /** The written form. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (List<String> a : alternatives) {
            if (!sb.isEmpty()) sb.append('|');
            sb.append(String.join("_", a));
        }
        return sb.toString();
    }

    /** Writes a list of terms, space-separated. */
    public static String formatList(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.format());
        }
        return sb.toString();
    }

    private static List<String> words(String phrase) {
        List<String> w = Arrays.stream(phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (w.isEmpty()) throw new IllegalArgumentException("empty phrase");
        for (String x : w) {
            if (x.indexOf('|') >= 0 || x.indexOf('\t') >= 0) throw new IllegalArgumentException("bad word '" + x + "'");
        }
        return w;
    }
}
