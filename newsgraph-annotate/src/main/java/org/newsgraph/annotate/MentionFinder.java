package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Entity mentions from the backend's token tags, repaired where news text trips the tagger: an expansion
 * before an acronym in brackets is one organisation ("Islamic State of Iraq and the Levant (ISIL)", not
 * IDEOLOGY + COUNTRY + PERSON); a nationality word glued to an organisation belongs to it ("Syrian Observatory
 * for Human Rights"); a month name that is a person's surname in the article is that person, not a date
 * ("Trump and May", "May's Downing Street office"). Stateless and thread-safe.
 */
final class MentionFinder {

    /** A mention being built; ids and entity links are filled by {@link EntityResolver}. */
    static final class Draft {
        int start;
        int end;
        final int sentence;
        int first;
        int last;
        EntityType type;
        int entity = -1;
        /** The mention this one abbreviates or expands ("ISIL" and its expansion), null when none. */
        Draft partner;

        Draft(int sentence, int first, int last, int start, int end, EntityType type) {
            this.sentence = sentence;
            this.first = first;
            this.last = last;
            this.start = start;
            this.end = end;
            this.type = type;
        }

        String text(String doc) {
            return doc.substring(start, end);
        }
    }

    /** Mentions and the time expressions left once those that are really people are taken out. */
    record Found(List<Draft> mentions, List<TimeExpression> times) {}

    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "de", "&", "in", "al", "at");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten"};
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&.-]{1,9}");
    private static final Pattern MONTH_ONLY = Pattern.compile("(XXXX|\\d{4})-\\d{2}");

    private final Countries countries;

    MentionFinder(Countries countries) {
        this.countries = countries;
    }

    Found find(List<SentenceTree> trees, List<TimeExpression> times, String text) {
        List<Draft> out = new ArrayList<>();
        for (SentenceTree tree : trees) {
            List<Draft> mentions = fromTags(tree);
            expandAcronyms(tree, mentions, text);
            mergeNationalityIntoOrganisation(tree, mentions);
            // The tagger calls plural nationalities MISC ("the Russians").
            for (Draft d : mentions) {
                if (d.type == EntityType.MISC && countries.byDemonym(d.text(text)).isPresent()) d.type = EntityType.NATIONALITY;
            }
            out.addAll(mentions);
        }
        propagateAcronyms(trees, out);
        List<TimeExpression> kept = peopleNotDates(trees, out, times, text);
        out.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
        return new Found(out, kept);
    }

    private static EntityType typeOf(String tag) {
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "STATE_OR_PROVINCE" -> EntityType.STATE_OR_PROVINCE;
            case "CITY" -> EntityType.CITY;
            case "LOCATION" -> EntityType.LOCATION;
            case "NATIONALITY" -> EntityType.NATIONALITY;
            case "TITLE" -> EntityType.TITLE;
            case "MISC", "RELIGION", "IDEOLOGY" -> EntityType.MISC;
            default -> null;
        };
    }

    private static List<Draft> fromTags(SentenceTree tree) {
        List<Draft> out = new ArrayList<>();
        int n = tree.size();
        int i = 0;
        while (i < n) {
            Token t = tree.token(i);
            EntityType type = typeOf(t.ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && tree.token(j + 1).ner().equals(t.ner())) j++;
            if (worthKeeping(tree, i, j, type)) {
                out.add(new Draft(tree.sentence.index(), i, j, t.start(), tree.token(j).end(), type));
            }
            i = j + 1;
        }
        return out;
    }

    /** Pronouns and all-lower-case words are not names (titles excepted: "spokesman", "president"). */
    private static boolean worthKeeping(SentenceTree tree, int first, int last, EntityType type) {
        if (type == EntityType.TITLE) return true;
        boolean capital = false;
        for (int k = first; k <= last; k++) {
            Token t = tree.token(k);
            if (t.pos().startsWith("PRP")) return false;
            if (!t.text().isEmpty() && (Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0)))) {
                capital = true;
            }
        }
        return capital;
    }

    /**
     * "Group of Seven (G7)": when a bracketed acronym follows capitalised words whose initials spell it, the
     * words are one organisation and the acronym its alias, whatever the tagger made of either.
     */
    private static void expandAcronyms(SentenceTree tree, List<Draft> mentions, String text) {
        int n = tree.size();
        for (int i = 2; i + 1 < n; i++) {
            Token acr = tree.token(i);
            if (!tree.token(i - 1).text().equals("(") && !tree.token(i - 1).text().equals("-LRB-")) continue;
            String close = tree.token(i + 1).text();
            if (!close.equals(")") && !close.equals("-RRB-")) continue;
            String letters = acr.text().replace(".", "");
            if (!ACRONYM.matcher(acr.text()).matches() || upperOrDigits(letters) < 2) continue;
            int startWord = matchExpansion(tree, i - 2, letters);
            if (startWord < 0) continue;
            int endWord = i - 2;
            Draft acronym = covering(mentions, i, i);
            EntityType guess = acronym != null && acronym.type != EntityType.PERSON ? acronym.type : EntityType.ORGANIZATION;
            if (guess == EntityType.TITLE || guess == EntityType.NATIONALITY) guess = EntityType.ORGANIZATION;
            // Countries spelled out ("United Arab Emirates (UAE)") stay countries.
            Draft old = covering(mentions, startWord, endWord);
            if (old != null && old.first == startWord && old.last == endWord && old.type.isPlace()) guess = old.type;
            final EntityType type = guess;
            final int acrIndex = i;
            mentions.removeIf(d -> d.first >= startWord && d.last <= endWord || d.first == acrIndex && d.last == acrIndex
                    || d.first < startWord && d.last >= startWord && d.last <= endWord);
            Draft expansion = new Draft(tree.sentence.index(), startWord, endWord, tree.token(startWord).start(),
                    tree.token(endWord).end(), type);
            Draft abbr = new Draft(tree.sentence.index(), i, i, acr.start(), acr.end(), type);
            mentions.add(expansion);
            mentions.add(abbr);
            mentions.sort(Comparator.comparingInt(d -> d.first));
            expansion.partner = abbr;
            abbr.partner = expansion;
        }
    }

    private static int upperOrDigits(String s) {
        int c = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) c++;
        }
        return c;
    }

    /**
     * Walks back from {@code last} over capitalised words and connectors and returns the first word of an
     * expansion whose initials spell the acronym (number words count as digits), or -1.
     */
    private static int matchExpansion(SentenceTree tree, int last, String acronym) {
        String want = acronym.toUpperCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (int k = last; k >= 0 && last - k < 12; k--) {
            String w = tree.token(k).text();
            if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) return -1;
            initials.insert(0, initial(w));
            String got = initials.toString();
            if (got.equals(want)) return k;
            if (!want.endsWith(got)) {
                // Hyphenated or compound words may give two letters: "Al-Qaeda in the Arabian Peninsula (AQAP)".
                return -1;
            }
        }
        return -1;
    }

    private static String initial(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int d = 0; d < NUMBER_WORDS.length; d++) if (NUMBER_WORDS[d].equals(lower)) return Integer.toString(d);
        if (Character.isDigit(word.charAt(0))) return word.replaceAll("\\D", "");
        return String.valueOf(Character.toUpperCase(word.charAt(0)));
    }

    private static Draft covering(List<Draft> mentions, int first, int last) {
        for (Draft d : mentions) if (d.first <= first && d.last >= last) return d;
        return null;
    }

    /** "Syrian" + "Observatory for Human Rights" with nothing between them: one organisation. */
    private static void mergeNationalityIntoOrganisation(SentenceTree tree, List<Draft> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Draft a = mentions.get(k);
            Draft b = mentions.get(k + 1);
            if (a.type == EntityType.NATIONALITY && b.type == EntityType.ORGANIZATION && b.first == a.last + 1) {
                a.last = b.last;
                a.end = b.end;
                a.type = EntityType.ORGANIZATION;
                a.partner = b.partner;
                if (a.partner != null) a.partner.partner = a;
                mentions.remove(k + 1);
            }
        }
    }

    /**
     * An acronym the article has spelled out ("Group of Seven (G7)") is that organisation wherever else it stands
     * ("the G7 group"), even where the tagger missed it.
     */
    private static void propagateAcronyms(List<SentenceTree> trees, List<Draft> mentions) {
        java.util.Map<String, EntityType> acronyms = new java.util.HashMap<>();
        for (Draft d : mentions) {
            if (d.partner != null && d.first == d.last) acronyms.put(trees.get(d.sentence).token(d.first).text(), d.type);
        }
        if (acronyms.isEmpty()) return;
        for (SentenceTree tree : trees) {
            for (int i = 0; i < tree.size(); i++) {
                Token t = tree.token(i);
                EntityType type = acronyms.get(t.text());
                if (type == null) continue;
                final int at = i;
                int s = tree.sentence.index();
                boolean covered = mentions.stream().anyMatch(d -> d.sentence == s && d.first <= at && d.last >= at);
                if (!covered) mentions.add(new Draft(s, i, i, t.start(), t.end(), type));
            }
        }
    }

    /**
     * Takes out time expressions that are people and adds them as person mentions: a bare month name
     * ("May") that is the surname of a person named in the article, or that stands next to a person or a
     * title. Time expressions inside a person mention are dropped.
     */
    private static List<TimeExpression> peopleNotDates(List<SentenceTree> trees, List<Draft> mentions,
            List<TimeExpression> times, String text) {
        Set<String> surnames = new HashSet<>();
        for (Draft d : mentions) {
            if (d.type != EntityType.PERSON || d.last == d.first) continue;
            SentenceTree tree = trees.get(d.sentence);
            surnames.add(tree.token(d.last).text());
        }
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression t : times) {
            boolean insidePerson = false;
            for (Draft d : mentions) {
                if (d.type == EntityType.PERSON && d.start < t.end() && t.start() < d.end) insidePerson = true;
            }
            if (insidePerson) continue;
            String word = t.text().strip();
            if (MONTH_ONLY.matcher(t.value()).matches() && surnames.contains(word) && !afterTimePreposition(trees.get(t.sentence()), t)) {
                SentenceTree tree = trees.get(t.sentence());
                List<Integer> toks = tree.tokensIn(t.start(), t.end());
                if (!toks.isEmpty()) {
                    Draft p = new Draft(t.sentence(), toks.get(0), toks.get(toks.size() - 1), t.start(), t.end(),
                            EntityType.PERSON);
                    mentions.add(p);
                }
                continue;
            }
            kept.add(t);
        }
        return kept;
    }

    /** "in May", "since May", "last May", "early May" are months even when a Mrs May is in the story. */
    private static boolean afterTimePreposition(SentenceTree tree, TimeExpression t) {
        int first = tree.tokenAt(t.start());
        if (first <= 0) return false;
        String prev = tree.token(first - 1).text().toLowerCase(Locale.ROOT);
        return Set.of("in", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "of", "during",
                "this", "before", "after", "from", "through").contains(prev);
    }
}
