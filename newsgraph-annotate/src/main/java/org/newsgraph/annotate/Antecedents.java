package org.newsgraph.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Resolves third-person pronouns to document entities the way news prose uses them: "he"/"his" is the
 * nearest person named as a grammatical subject before it ("Tillerson said ... how far he will push", not the
 * Assad named in between); "it"/"its" the nearest country or organisation subject. Looks back three
 * sentences at most. Immutable and thread-safe.
 */
final class Antecedents {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");

    private final List<SentenceTree> trees;
    private final List<Mention> mentions;

    Antecedents(List<SentenceTree> trees, List<Mention> mentions) {
        this.trees = trees;
        this.mentions = mentions;
    }

    /** Whether the word is a pronoun this class resolves. */
    static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSONAL.contains(w) || NEUTER.contains(w);
    }

    /** The entity id a pronoun token refers to, or -1. */
    int resolve(int sentence, int token) {
        String w = trees.get(sentence).token(token).text().toLowerCase(Locale.ROOT);
        boolean person = PERSONAL.contains(w);
        if (!person && !NEUTER.contains(w)) return -1;
        int offset = trees.get(sentence).token(token).start();
        int fallback = -1;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= offset || m.entity() < 0) continue;
            if (m.sentence() < sentence - 3) break;
            if (!compatible(m.type(), person)) continue;
            if (isSubject(m)) return m.entity();
            if (fallback < 0) fallback = m.entity();
        }
        return fallback;
    }

    private static boolean compatible(EntityType type, boolean person) {
        if (person) return type == EntityType.PERSON || type == EntityType.TITLE;
        return type == EntityType.COUNTRY || type == EntityType.ORGANIZATION;
    }

    private boolean isSubject(Mention m) {
        SentenceTree tree = trees.get(m.sentence());
        List<Integer> toks = tree.tokensIn(m.start(), m.end());
        if (toks.isEmpty()) return false;
        int head = tree.headOf(toks.get(0), toks.get(toks.size() - 1));
        String rel = tree.token(head).relation();
        return rel.startsWith("nsubj");
    }
}
