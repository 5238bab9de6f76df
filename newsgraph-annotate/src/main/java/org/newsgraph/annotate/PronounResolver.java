package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Resolves third-person pronouns to document entities the way news prose uses them, for every stage that reads
 * speakers or actors (quotes and events get the same answer). A pronoun that is the subject of a clause some
 * speech verb reports goes to that verb's subject when compatible ("Britain said it fully supported"); otherwise
 * the candidates are the compatible entities named before it, in its sentence and the three before, scored:
 * the same sentence counts, a grammatical subject counts as much, each sentence back costs, and nearer wins a
 * tie ("Tillerson said ... how far he will want": Tillerson, not the Assad named in between). A pronoun inside a
 * relative clause never refers to the noun the clause describes ("the Assad government which it has blamed").
 * he/she go to people, it/its to countries and organisations, they/their also to nationalities. One per
 * document; immutable once built.
 */
final class PronounResolver {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

    private final List<SentenceTree> trees;
    private final List<Mention> mentions;
    private final List<Entity> entities;

    PronounResolver(List<SentenceTree> trees, List<Mention> mentions, List<Entity> entities) {
        this.trees = trees;
        this.mentions = mentions;
        this.entities = entities;
    }

    /** Whether the word is a pronoun this class resolves. */
    static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSONAL.contains(w) || NEUTER.contains(w) || PLURAL.contains(w);
    }

    /** Every pronoun resolved, as a mention of its entity (the pronoun's own words and offsets), in text order. */
    List<Mention> references() {
        List<Mention> out = new ArrayList<>();
        for (int s = 0; s < trees.size(); s++) {
            SentenceTree t = trees.get(s);
            for (int k = 0; k < t.size(); k++) {
                if (!t.token(k).pos().startsWith("PRP") || !isPronoun(t.token(k).text())) continue;
                if (t.token(k).relation().equals("expl")) continue;
                int e = resolve(s, k);
                if (e < 0) continue;
                out.add(new Mention(t.token(k).text(), entities.get(e).type(), t.token(k).start(), t.token(k).end(), s, e));
            }
        }
        return out;
    }

    /** The entity id a pronoun token refers to, or -1. */
    int resolve(int sentence, int token) {
        SentenceTree t = trees.get(sentence);
        String w = t.token(token).text().toLowerCase(Locale.ROOT);
        Set<EntityType> ok;
        if (PERSONAL.contains(w)) ok = Set.of(EntityType.PERSON);
        else if (NEUTER.contains(w)) ok = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION);
        else if (PLURAL.contains(w)) ok = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.NATIONALITY);
        else return -1;
        int speaker = speakerOf(t, token, ok);
        if (speaker >= 0) return speaker;
        int excluded = describedNoun(t, token);
        int offset = t.token(token).start();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.sentence() < sentence - 3) break;
            if (m.start() >= offset || m.entity() < 0 || m.entity() >= entities.size()) continue;
            if (!ok.contains(entities.get(m.entity()).type())) continue;
            SentenceTree mt = trees.get(m.sentence());
            List<Integer> toks = mt.tokensIn(m.start(), m.end());
            if (toks.isEmpty()) continue;
            int head = mt.headOf(toks.get(0), toks.get(toks.size() - 1));
            if (m.sentence() == sentence && excluded >= 0 && (head == excluded || mt.token(head).head() == excluded)) continue;
            double score = (m.sentence() == sentence ? 2 : 0) + (isSubject(mt, head) ? 2 : 0) - (sentence - m.sentence())
                    - (offset - m.start()) / 10_000.0;
            if (score > bestScore) {
                bestScore = score;
                best = m.entity();
            }
        }
        return best;
    }

    /** The entity of the subject of a speech verb whose complement has the pronoun as its subject, or -1. */
    private int speakerOf(SentenceTree t, int k, Set<EntityType> ok) {
        if (!t.token(k).relation().startsWith("nsubj")) return -1;
        int a = k;
        for (int step = 0; step < 6; step++) {
            a = t.token(a).head();
            if (a < 0 || a >= t.size()) return -1;
            if (SentenceTree.isVerb(t.token(a)) && SpeechVerbs.reports(t.token(a).lemma())) break;
        }
        int sub = t.subjectWithFallbacks(a);
        if (sub < 0 || sub == k || t.token(sub).pos().startsWith("PRP")) return -1;
        for (Mention m : mentions) {
            if (m.sentence() != t.sentence.index() || m.entity() < 0) continue;
            if (m.start() <= t.token(sub).start() && t.token(sub).start() < m.end() && ok.contains(entities.get(m.entity()).type())) {
                return m.entity();
            }
        }
        return -1;
    }

    /** The noun a relative clause holding the pronoun describes, or -1. */
    private static int describedNoun(SentenceTree t, int k) {
        int a = k;
        for (int step = 0; step < 8 && a >= 0; step++) {
            String rel = t.token(a).relation();
            int h = t.token(a).head();
            if (rel.startsWith("acl")) return h;
            a = h;
        }
        return -1;
    }

    private static boolean isSubject(SentenceTree t, int head) {
        String rel = t.token(head).relation();
        if (rel.startsWith("nsubj")) return true;
        int h = t.token(head).head();
        return (rel.equals("compound") || rel.equals("flat")) && h >= 0 && t.token(h).relation().startsWith("nsubj");
    }
}
