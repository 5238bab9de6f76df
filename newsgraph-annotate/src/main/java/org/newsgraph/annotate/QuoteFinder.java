package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Token;

/**
 * Finds quotations and reported speech and who said them.
 *
 * <p>Quotation marks are paired in the text itself (curly, straight and guillemets; a quotation left open at the
 * end of a paragraph goes on when the next paragraph opens with a quotation mark, the news convention for
 * long quotes). A quotation that starts its sentence or follows a colon or comma is direct; one embedded in the
 * reporter's own words is partial. Reported speech is a speech verb's clausal complement without quotation marks.
 *
 * <p>The speaker is the subject of the speech verb that governs the quotation (or, when none does, the nearest
 * one in its sentence, then a short attribution sentence just after it or a lead-in ending with a colon just
 * before it). Subjects are followed up through participles and conjoined verbs ("Calling it a 'game changer',
 * Johnson said"); pronouns go to their antecedent; "a spokeswoman for May's Downing Street office" speaks for
 * the entity she represents; "according to X" names X. Stateless and thread-safe.
 */
final class QuoteFinder {
    private static final int MAX_QUOTE_CHARS = 6000;

    /** A quotation-mark span: content from {@code start} to {@code end}. */
    record Span(int open, int start, int end, int close) {}

    List<Quote> find(String text, List<SentenceTree> trees, List<Mention> mentions, List<Entity> entities, PronounResolver pronouns) {
        List<Span> spans = spans(text);
        PronounResolver antecedents = pronouns;
        List<Quote> out = new ArrayList<>();
        for (Span s : spans) {
            int si = sentenceOf(trees, s.start());
            if (si < 0) continue;
            SentenceTree tree = trees.get(si);
            QuoteKind kind = kind(text, tree, s);
            Speaker sp = speakerFor(s, si, trees, spans, mentions, entities, antecedents, text);
            if (sp == Speaker.NONE && kind == QuoteKind.DIRECT && !out.isEmpty()) {
                // A quotation standing alone right after another one goes on with the same speaker (news prose
                // attributes the first paragraph of a long statement and not the ones that follow).
                Quote prev = out.get(out.size() - 1);
                if (prev.kind() == QuoteKind.DIRECT && prev.speakerText().isPresent() && si - prev.sentence() <= 3) {
                    sp = new Speaker(prev.speaker(), prev.speakerText(), prev.speakerStart(), prev.speakerEnd(), Optional.empty(), -1);
                }
            }
            out.add(new Quote(text.substring(s.start(), s.end()), kind, s.start(), s.end(), si, sp.entity,
                    sp.text, sp.start, sp.end, sp.verb, sp.verbStart));
        }
        for (SentenceTree tree : trees) indirect(tree, spans, mentions, entities, antecedents, text, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Pairs quotation marks. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char closing = switch (c) {
                case '“' -> '”';
                case '"' -> '"';
                case '«' -> '»';
                case '„' -> '“';
                default -> 0;
            };
            if (closing == 0) {
                i++;
                continue;
            }
            int open = i;
            int j = i + 1;
            int end = -1;
            while (j < n && j - open < MAX_QUOTE_CHARS) {
                char d = text.charAt(j);
                if (d == closing || (closing == '”' && d == '"' && c != '"')) {
                    end = j;
                    break;
                }
                if (d == '\n' && j + 1 < n && text.charAt(j + 1) == '\n') {
                    // End of paragraph with the quotation still open: it goes on if the next paragraph opens one.
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) k++;
                    if (k < n && text.charAt(k) == c) {
                        j = k + 1;
                        continue;
                    }
                    end = j;
                    break;
                }
                j++;
            }
            if (end < 0) end = Math.min(j, n);
            int cs = open + 1;
            while (cs < end && Character.isWhitespace(text.charAt(cs))) cs++;
            int ce = end;
            while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) ce--;
            if (ce - cs >= 2) out.add(new Span(open, cs, ce, Math.min(end + 1, n)));
            i = Math.max(end + 1, open + 1);
        }
        return out;
    }

    private static int sentenceOf(List<SentenceTree> trees, int offset) {
        for (SentenceTree t : trees) if (offset < t.sentence.end() && offset >= t.sentence.start() - 2) return t.sentence.index();
        return -1;
    }

    private static QuoteKind kind(String text, SentenceTree tree, Span s) {
        int k = s.open() - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        if (k < tree.sentence.start() || k < 0) return QuoteKind.DIRECT;
        char prev = text.charAt(k);
        if (prev == ':' || prev == ',' || prev == '\n') return QuoteKind.DIRECT;
        // "said “..." with nothing between verb and quote is direct too.
        int t = tree.tokenAt(k);
        if (t >= 0 && SpeechVerbs.quotes(tree.token(t).lemma())
                && s.end() - s.start() > 60) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.PARTIAL;
    }

    /** Who said something. */
    private record Speaker(int entity, Optional<String> text, int start, int end, Optional<String> verb, int verbStart) {
        static final Speaker NONE = new Speaker(-1, Optional.empty(), -1, -1, Optional.empty(), -1);
    }

    private Speaker speakerFor(Span s, int si, List<SentenceTree> trees, List<Span> spans, List<Mention> mentions,
            List<Entity> entities, PronounResolver antecedents, String text) {
        int last = sentenceOf(trees, Math.max(s.start(), s.end() - 1));
        if (last < si) last = si;
        // The quote's own sentences first, the last one before the first (attribution usually closes a quote).
        for (int k = last; k >= si; k--) {
            Speaker sp = fromSentence(trees.get(k), s, spans, mentions, entities, antecedents, text, true);
            if (sp != null) return sp;
        }
        // A short attribution just after ("..." he said.) or a lead-in ending with a colon just before.
        if (last + 1 < trees.size()) {
            SentenceTree next = trees.get(last + 1);
            if (next.size() <= 14 && next.sentence.start() - s.close() < 4) {
                Speaker sp = fromSentence(next, s, spans, mentions, entities, antecedents, text, false);
                if (sp != null) return sp;
            }
        }
        if (si > 0) {
            SentenceTree prev = trees.get(si - 1);
            String pt = text.substring(prev.sentence.start(), prev.sentence.end()).strip();
            if (pt.endsWith(":")) {
                Speaker sp = fromSentence(prev, s, spans, mentions, entities, antecedents, text, false);
                if (sp != null) return sp;
            }
        }
        return Speaker.NONE;
    }

    private Speaker fromSentence(SentenceTree tree, Span s, List<Span> spans, List<Mention> mentions,
            List<Entity> entities, PronounResolver antecedents, String text, boolean preferGoverning) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        List<Integer> quoteTokens = tree.tokensIn(s.start(), s.end());
        for (int i = 0; i < tree.size(); i++) {
            Token t = tree.token(i);
            if (insideAny(spans, t.start())) continue;
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean according = t.text().equalsIgnoreCase("according");
            if (!according && !(SentenceTree.isVerb(t) && SpeechVerbs.quotes(lemma))) continue;
            int subject = according ? t.head() : tree.subjectWithFallbacks(i);
            if (subject < 0 || insideAny(spans, tree.token(subject).start())) continue;
            int distance = t.start() >= s.end() ? t.start() - s.end() : s.start() - t.end();
            int score = Math.abs(distance);
            if (preferGoverning) {
                for (int q : quoteTokens) {
                    if (tree.dominates(i, q)) {
                        score -= 100_000;
                        break;
                    }
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) return null;
        Token verb = tree.token(best);
        boolean according = verb.text().equalsIgnoreCase("according");
        int subject = according ? verb.head() : tree.subjectWithFallbacks(best);
        return describe(tree, subject, according ? Optional.of("according to") : Optional.of(verb.text()),
                verb.start(), mentions, entities, antecedents, text);
    }

    private Speaker describe(SentenceTree tree, int subject, Optional<String> verb, int verbStart,
            List<Mention> mentions, List<Entity> entities, PronounResolver antecedents, String text) {
        Token head = tree.token(subject);
        int first = tree.subtreeFirst(subject);
        int last = tree.subtreeLast(subject);
        // Keep the speaker phrase to the subject's own words: drop a trailing comma or clause after it.
        while (last > first && tree.token(last).pos().matches("[,.:]|``|''")) last--;
        int start = tree.token(first).start();
        int end = tree.token(last).end();
        Mention named = mentionAt(mentions, head.start(), head.end());
        if (named != null) {
            // A named speaker: the name with the titles written before it, and names joined to it by "and".
            start = named.start();
            end = named.end();
            for (int i = mentions.indexOf(named) - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.sentence() != named.sentence() || !text.substring(m.end(), start).isBlank()) break;
                if (m.type() != EntityType.TITLE && m.type() != EntityType.NATIONALITY && m.type() != EntityType.COUNTRY) break;
                start = m.start();
            }
            // "... and US President Donald Trump": titles and nationalities may come between "and" and the name.
            int j = mentions.indexOf(named) + 1;
            while (j < mentions.size()) {
                Mention m = mentions.get(j);
                String gap = text.substring(end, Math.max(end, m.start())).strip();
                if (m.sentence() != named.sentence() || !gap.equals("and")) break;
                int k2 = j;
                int chainEnd = -1;
                while (k2 < mentions.size()) {
                    Mention c = mentions.get(k2);
                    if (k2 > j && !text.substring(mentions.get(k2 - 1).end(), c.start()).isBlank()) break;
                    if (c.type() == EntityType.PERSON) {
                        chainEnd = k2;
                        break;
                    }
                    if (c.type() != EntityType.TITLE && c.type() != EntityType.NATIONALITY && c.type() != EntityType.COUNTRY) break;
                    k2++;
                }
                if (chainEnd < 0) break;
                end = mentions.get(chainEnd).end();
                j = chainEnd + 1;
            }
            int k = mentions.indexOf(named) - 1;
            while (k >= 0) {
                Mention m = mentions.get(k);
                String gap = text.substring(m.end(), Math.max(m.end(), start)).strip();
                if (m.sentence() != named.sentence() || !gap.equals("and") || m.type() != EntityType.PERSON) break;
                start = m.start();
                k--;
            }
        }
        int entity = -1;
        if (head.pos().startsWith("PRP") || PronounResolver.isPronoun(head.text())) {
            entity = antecedents.resolve(tree.sentence.index(), subject);
            start = head.start();
            end = head.end();
        } else {
            entity = named != null ? named.entity() : representedEntity(tree, subject, mentions, entities);
        }
        return new Speaker(entity, Optional.of(text.substring(start, end)), start, end, verb, verbStart);
    }

    /** "a spokeswoman for May's Downing Street office" speaks for the office; "the Syrian government" for Syria. */
    private static int representedEntity(SentenceTree tree, int subject, List<Mention> mentions, List<Entity> entities) {
        int first = tree.subtreeFirst(subject);
        int last = tree.subtreeLast(subject);
        int fallback = -1;
        for (Mention m : mentions) {
            if (m.start() < tree.token(first).start() || m.end() > tree.token(last).end() || m.entity() < 0) continue;
            if (m.type() == EntityType.NATIONALITY) {
                Entity nat = entities.get(m.entity());
                if (nat.country().isPresent()) {
                    for (Entity e : entities) {
                        if (e.type() == EntityType.COUNTRY && e.country().equals(nat.country())) return e.id();
                    }
                }
                if (fallback < 0) fallback = m.entity();
                continue;
            }
            // The last named organisation or person in the phrase is the one represented.
            fallback = m.entity();
        }
        return fallback;
    }

    /** The entity mention (not a bare title or nationality) overlapping the span, or null. */
    private static Mention mentionAt(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end() && m.entity() >= 0 && m.type() != EntityType.NATIONALITY
                    && m.type() != EntityType.TITLE) {
                return m;
            }
        }
        return null;
    }

    private static boolean insideAny(List<Span> spans, int offset) {
        for (Span s : spans) if (offset >= s.open() && offset < s.close()) return true;
        return false;
    }

    private static boolean overlapsAny(List<Span> spans, int start, int end) {
        for (Span s : spans) if (start < s.close() && s.open() < end) return true;
        return false;
    }

    /** Reported speech: "Trudeau said his country was also ready to stiffen sanctions". */
    private void indirect(SentenceTree tree, List<Span> spans, List<Mention> mentions, List<Entity> entities,
            PronounResolver antecedents, String text, List<Quote> out) {
        List<Span> direct = new ArrayList<>();
        for (Span sp : spans) if (kind(text, tree, sp) == QuoteKind.DIRECT) direct.add(sp);
        accordingTo(tree, spans, direct, mentions, entities, antecedents, text, out);
        for (int i = 0; i < tree.size(); i++) {
            Token v = tree.token(i);
            if (!SentenceTree.isVerb(v) || !SpeechVerbs.reports(v.lemma())) continue;
            if (insideAny(spans, v.start())) continue;
            int[] clause = clause(tree, i);
            if (clause == null) continue;
            int first = clause[0];
            int last = clause[1];
            while (first < last && (tree.token(first).text().equalsIgnoreCase("that") || tree.token(first).pos().equals(","))) first++;
            while (last > first && tree.token(last).pos().matches("[,.:]|``|''")) last--;
            if (last - first < 2) continue;
            int start = tree.token(first).start();
            int end = tree.token(last).end();
            // Quoted words inside reported speech are kept as partial quotes as well; a direct quotation is not
            // reported speech.
            if (overlapsAny(direct, start, end)) continue;
            int subject = tree.subjectWithFallbacks(i);
            Speaker sp = subject < 0 || subject >= first && subject <= last
                    ? new Speaker(-1, Optional.empty(), -1, -1, Optional.of(v.text()), v.start())
                    : describe(tree, subject, Optional.of(v.text()), v.start(), mentions, entities, antecedents, text);
            out.add(new Quote(text.substring(start, end), QuoteKind.INDIRECT, start, end,
                    tree.sentence.index(), sp.entity, sp.text, sp.start, sp.end, sp.verb, sp.verbStart));
        }
    }

    /**
     * "Two million people have been displaced, according to the United Nations": the rest of the sentence is
     * what the source reports. Only at the start or the end of a sentence, where the report is unambiguous.
     */
    private void accordingTo(SentenceTree tree, List<Span> spans, List<Span> direct, List<Mention> mentions,
            List<Entity> entities, PronounResolver antecedents, String text, List<Quote> out) {
        for (int i = 0; i + 2 < tree.size(); i++) {
            if (!tree.token(i).text().equalsIgnoreCase("according") || !tree.token(i + 1).text().equalsIgnoreCase("to")) continue;
            if (insideAny(spans, tree.token(i).start())) continue;
            int source = tree.token(i).head() > i + 1 ? tree.token(i).head() : tree.token(i + 1).head();
            if (source <= i + 1 || source >= tree.size()) continue;
            int phraseEnd = tree.subtreeLast(source);
            int first;
            int last;
            if (phraseEnd >= tree.size() - 2) {
                first = 0;
                last = i - 1;
            } else if (i == 0) {
                first = phraseEnd + 1;
                last = tree.size() - 1;
            } else {
                continue;
            }
            while (first < last && tree.token(first).pos().matches("[,:]|``|''")) first++;
            while (last > first && tree.token(last).pos().matches("[,.:]|``|''")) last--;
            if (last - first < 2) continue;
            int start = tree.token(first).start();
            int end = tree.token(last).end();
            if (overlapsAny(direct, start, end)) continue;
            Speaker sp = describe(tree, source, Optional.of("according to"), tree.token(i).start(), mentions, entities,
                    antecedents, text);
            out.add(new Quote(text.substring(start, end), QuoteKind.INDIRECT, start, end, tree.sentence.index(), sp.entity,
                    sp.text, sp.start, sp.end, sp.verb, sp.verbStart));
        }
    }

    /**
     * The reported clause of a speech verb, as token bounds: its clausal complement, an xcomp with a subject of
     * its own ("said it will not cut"), or, where the parse has none, the words after the verb when they read
     * as a clause (a noun or pronoun, then a finite verb or modal within a few words).
     */
    private static int[] clause(SentenceTree tree, int verb) {
        int c = tree.child(verb, "ccomp");
        if (c < 0) {
            int x = tree.child(verb, "xcomp");
            if (x >= 0 && x > verb && tree.child(x, "nsubj") >= 0) c = x;
        }
        if (c >= 0) {
            int first = tree.subtreeFirst(c);
            int last = tree.subtreeLast(c);
            if (first <= verb && verb <= last) return null;
            // A clause before the verb is reported only when the verb follows it as an attribution
            // ("..., officials said"), not when the clause merely precedes the verb's own clause.
            if (last < verb && !(verb - last <= 4 && tree.token(last + 1).pos().equals(","))) return null;
            return new int[] {first, last};
        }
        // "Police arrested 1,345 people, officials said.": the attribution follows the clause it reports, and
        // the parser hangs it under that clause.
        Token v = tree.token(verb);
        String rel = v.relation();
        if ((rel.equals("parataxis") || rel.equals("ccomp")) && v.head() >= 0 && v.head() < verb) {
            int first = tree.subtreeFirst(v.head());
            int last = tree.subtreeFirst(verb) - 1;
            while (last > first && tree.token(last).pos().matches("[,:]|``|''")) last--;
            if (last > first) return new int[] {first, last};
        }
        int k = verb + 1;
        if (k < tree.size() && tree.token(k).text().equalsIgnoreCase("that")) k++;
        if (k >= tree.size()) return null;
        String pos = tree.token(k).pos();
        if (!(pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("DT") || pos.startsWith("JJ"))) return null;
        for (int j = k + 1; j < tree.size() && j <= k + 6; j++) {
            String p = tree.token(j).pos();
            if (p.equals("MD") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
                return new int[] {k, tree.size() - 1};
            }
            if (p.equals(",") || p.equals(".")) return null;
        }
        return null;
    }
}
