package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountType;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * GKG-style counts ("killed 87 people": KILL 87 people) and amounts (every number with what it counts).
 *
 * <p>A count is a number on the object of an active verb ("killed 87 people"), the subject of a passive one
 * ("87 people were killed"), or a number on a count noun ("87 deaths", "200 protesters"). Fractions of a
 * population count too ("displaced half its population"). The place is the most specific place the sentence
 * gives; when it gives none, the place of the same event noun in another sentence ("a chemical attack ... killed
 * 87" and "the April 4 attack in the town of Khan Sheikhoun"). Stateless and thread-safe.
 */
final class CountFinder {
    private static final Map<String, CountType> VERBS = Map.ofEntries(
            Map.entry("kill", CountType.KILL), Map.entry("murder", CountType.KILL), Map.entry("execute", CountType.KILL),
            Map.entry("slay", CountType.KILL), Map.entry("massacre", CountType.KILL),
            Map.entry("wound", CountType.WOUND), Map.entry("injure", CountType.WOUND), Map.entry("hurt", CountType.WOUND),
            Map.entry("arrest", CountType.ARREST), Map.entry("detain", CountType.ARREST), Map.entry("jail", CountType.ARREST),
            Map.entry("imprison", CountType.ARREST),
            Map.entry("kidnap", CountType.KIDNAP), Map.entry("abduct", CountType.KIDNAP), Map.entry("seize", CountType.SEIZE),
            Map.entry("displace", CountType.DISPLACE), Map.entry("evacuate", CountType.EVACUATE),
            Map.entry("affect", CountType.AFFECT), Map.entry("sicken", CountType.SICKEN),
            Map.entry("protest", CountType.PROTEST), Map.entry("march", CountType.PROTEST), Map.entry("rally", CountType.PROTEST));
    private static final Map<String, CountType> NOUNS = Map.ofEntries(
            Map.entry("death", CountType.KILL), Map.entry("dead", CountType.KILL), Map.entry("fatality", CountType.KILL),
            Map.entry("body", CountType.KILL), Map.entry("casualty", CountType.WOUND), Map.entry("injury", CountType.WOUND),
            Map.entry("arrest", CountType.ARREST), Map.entry("detainee", CountType.ARREST), Map.entry("hostage", CountType.KIDNAP),
            Map.entry("protester", CountType.PROTEST), Map.entry("protestor", CountType.PROTEST),
            Map.entry("demonstrator", CountType.PROTEST), Map.entry("refugee", CountType.DISPLACE),
            Map.entry("evacuee", CountType.EVACUATE));
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "third", 1.0 / 3, "quarter", 0.25,
            "two-thirds", 2.0 / 3, "three-quarters", 0.75);
    static final Set<String> EVENT_NOUNS = Set.of("attack", "strike", "airstrike", "bombing", "blast", "explosion",
            "raid", "shelling", "clash", "massacre", "protest", "offensive", "assault", "ambush", "fighting", "battle");

    record Found(List<Count> counts, List<Amount> amounts) {}

    Found find(List<SentenceTree> trees, List<Analysis.NumberSpan> numbers, List<Mention> mentions,
            List<TimeExpression> times, String text) {
        List<Count> counts = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        for (Analysis.NumberSpan n : numbers) {
            if (n.ordinal() || insideTime(times, n.start()) || insideName(mentions, n.start())) continue;
            SentenceTree tree = trees.get(n.sentence());
            List<Integer> toks = tree.tokensIn(n.start(), n.end());
            if (toks.isEmpty()) continue;
            int after = toks.get(toks.size() - 1) + 1;
            // "one of Assad's main foes" is a pronoun, not an amount.
            if (n.value() == 1 && after < tree.size() && tree.token(after).text().equalsIgnoreCase("of")) continue;
            int numberHead = tree.headOf(toks.get(0), toks.get(toks.size() - 1));
            // "half a million": the fraction scales the number written after it.
            int numberStart = n.start();
            double value = n.value();
            int before = toks.get(0) - 1;
            if (before >= 1 && Set.of("a", "an").contains(tree.token(before).text().toLowerCase(Locale.ROOT))) {
                Double f = FRACTIONS.get(tree.token(before - 1).text().toLowerCase(Locale.ROOT));
                if (f != null) {
                    value *= f;
                    numberStart = tree.token(before - 1).start();
                }
            }
            String numberText = text.substring(numberStart, n.end());
            Token nt = tree.token(numberHead);
            String object = "";
            int objectToken = -1;
            if (nt.relation().startsWith("nummod") && nt.head() >= 0) {
                objectToken = nt.head();
                object = tree.token(objectToken).text();
            }
            amounts.add(new Amount(value, numberText, object, numberStart, n.end(), n.sentence()));
            int counted = objectToken >= 0 ? objectToken : numberHead;
            CountType type = countType(tree, counted);
            if (type == null) continue;
            int phraseStart = Math.min(numberStart, tree.token(counted).start());
            int phraseEnd = Math.max(n.end(), tree.token(counted).end());
            int verb = tree.token(counted).head();
            if (verb >= 0 && VERBS.containsKey(tree.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                phraseStart = Math.min(phraseStart, tree.token(verb).start());
                phraseEnd = Math.max(phraseEnd, tree.token(verb).end());
            }
            Mention place = place(trees, tree, verb >= 0 ? verb : counted, mentions);
            counts.add(new Count(type, value, numberText, object,
                    Optional.ofNullable(place).map(Mention::text), place == null ? -1 : place.entity(), phraseStart,
                    phraseEnd, n.sentence()));
        }
        fractions(trees, mentions, text, counts, amounts);
        counts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        amounts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Found(counts, amounts);
    }

    /** What happened to the counted word: the verb it is object of (or passive subject of), or a count noun. */
    private static CountType countType(SentenceTree tree, int counted) {
        Token c = tree.token(counted);
        CountType noun = NOUNS.get(c.lemma().toLowerCase(Locale.ROOT));
        if (c.head() >= 0) {
            // The verb decides first: "police arrested 1,345 protesters" is an arrest, not a protest.
            Token v = tree.token(c.head());
            CountType type = VERBS.get(v.lemma().toLowerCase(Locale.ROOT));
            String rel = c.relation();
            if (type != null && SentenceTree.isVerb(v)) {
                if (rel.equals("obj") || rel.equals("dobj") || rel.equals("nsubj:pass") || rel.equals("nsubjpass")) return type;
                // "5,000 people protested": the verb's own participants; "the protest drew 5,000" is not one.
                if (type == CountType.PROTEST && rel.equals("nsubj")) return type;
            }
        }
        return noun;
    }

    private static boolean insideName(List<Mention> mentions, int offset) {
        for (Mention m : mentions) if (offset >= m.start() && offset < m.end()) return true;
        return false;
    }

    private static boolean insideTime(List<TimeExpression> times, int offset) {
        for (TimeExpression t : times) if (offset >= t.start() && offset < t.end()) return true;
        return false;
    }

    /** "displaced half its population". */
    private void fractions(List<SentenceTree> trees, List<Mention> mentions, String text, List<Count> counts,
            List<Amount> amounts) {
        for (SentenceTree tree : trees) {
            for (int i = 0; i < tree.size(); i++) {
                Token t = tree.token(i);
                Double f = FRACTIONS.get(t.text().toLowerCase(Locale.ROOT));
                if (f == null) continue;
                // "half a million" is one number, taken with the number it scales.
                if (i + 2 < tree.size() && Set.of("a", "an").contains(tree.token(i + 1).text().toLowerCase(Locale.ROOT))
                        && tree.token(i + 2).pos().equals("CD")) {
                    continue;
                }
                // "half" modifies its noun ("half its population") or heads it ("half of the town").
                int noun = t.head() >= 0 && SentenceTree.isNoun(tree.token(t.head())) && !t.relation().startsWith("nsubj")
                        && !t.relation().equals("obj") ? t.head() : -1;
                int objectToken = noun;
                if (objectToken < 0) {
                    for (int c : tree.children(i)) if (SentenceTree.isNoun(tree.token(c))) objectToken = c;
                }
                if (objectToken < 0) continue;
                int from = Math.min(i, tree.subtreeFirst(objectToken));
                int to = Math.max(i, objectToken);
                String object = text.substring(tree.token(Math.min(i + 1, to)).start(), tree.token(to).end());
                amounts.add(new Amount(f, t.text(), object, t.start(), t.end(), tree.sentence.index()));
                int verb = noun >= 0 ? tree.token(noun).head() : t.head();
                int carrier = noun >= 0 ? noun : i;
                if (verb < 0) continue;
                CountType type = VERBS.get(tree.token(verb).lemma().toLowerCase(Locale.ROOT));
                String rel = tree.token(carrier).relation();
                if (type == null || !(rel.equals("obj") || rel.equals("nsubj:pass"))) continue;
                Mention place = place(trees, tree, verb, mentions);
                int start = Math.min(tree.token(verb).start(), tree.token(from).start());
                int end = Math.max(tree.token(verb).end(), tree.token(to).end());
                counts.add(new Count(type, f, t.text(), object, Optional.ofNullable(place).map(Mention::text),
                        place == null ? -1 : place.entity(), start, end, tree.sentence.index()));
            }
        }
    }

    /**
     * The place of a count: the most specific place in the smallest clause around the count that names one
     * ("a war that has devastated Syria and displaced half its population" is Syria, not the Russia that opens
     * the sentence); a town or city there wins outright; otherwise the place of the same event noun elsewhere
     * in the article; otherwise the country found.
     */
    private static Mention place(List<SentenceTree> trees, SentenceTree tree, int anchor, List<Mention> mentions) {
        Mention own = null;
        int node = anchor;
        for (int depth = 0; node >= 0 && depth <= tree.size(); depth++) {
            own = mostSpecific(mentions, tree.sentence.index(), tree.token(tree.subtreeFirst(node)).start(),
                    tree.token(tree.subtreeLast(node)).end());
            if (own != null) break;
            node = tree.token(node).head();
        }
        if (own == null) own = mostSpecific(mentions, tree.sentence.index(), -1, -1);
        if (own != null && own.type() != EntityType.COUNTRY) return own;
        for (int i = 0; i < tree.size(); i++) {
            String lemma = tree.token(i).lemma().toLowerCase(Locale.ROOT);
            if (!EVENT_NOUNS.contains(lemma) || !tree.token(i).pos().startsWith("NN")) continue;
            for (SentenceTree other : trees) {
                if (other == tree) continue;
                for (int j = 0; j < other.size(); j++) {
                    Token t = other.token(j);
                    if (!t.lemma().equalsIgnoreCase(lemma) || !t.pos().startsWith("NN")) continue;
                    Mention m = mostSpecific(mentions, other.sentence.index(), other.token(other.subtreeFirst(j)).start(),
                            other.token(other.subtreeLast(j)).end());
                    if (m != null && m.type() != EntityType.COUNTRY) return m;
                }
            }
        }
        return own;
    }

    private static Mention mostSpecific(List<Mention> mentions, int sentence, int from, int to) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() != sentence || !m.type().isPlace()) continue;
            if (from >= 0 && (m.start() < from || m.end() > to)) continue;
            if (best == null || rank(m.type()) > rank(best.type())) best = m;
        }
        return best;
    }

    private static int rank(EntityType t) {
        return switch (t) {
            case CITY, LOCATION -> 3;
            case STATE_OR_PROVINCE -> 2;
            case COUNTRY -> 1;
            default -> 0;
        };
    }
}
