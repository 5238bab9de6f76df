package org.newsgraph.code.gdelt;

import java.util.Locale;
import java.util.Set;

/**
 * A small tone measure in GDELT's V1.5TONE shape: the share of positive and negative words (percent of all
 * words) from two short word lists written for Newsgraph, their difference (tone) and sum (polarity), the
 * share of activity words (action verbs) and of self/group pronouns, and the word count. A rough stand-in
 * for GDELT's much larger tone dictionaries: compare tones across Newsgraph exports, not with GDELT's.
 *
 * @param tone        positive minus negative
 * @param positive    percent of words that are positive
 * @param negative    percent of words that are negative
 * @param polarity    positive plus negative
 * @param activity    percent of words that are activity words
 * @param selfGroup   percent of words that are self or group references
 * @param words       word count
 */
public record Tone(double tone, double positive, double negative, double polarity, double activity, double selfGroup, int words) {
    private static final Set<String> POSITIVE = Set.of("agree", "agreed", "agreement", "support", "supported", "supports",
            "peace", "peaceful", "progress", "opportunity", "solution", "settlement", "cooperation", "cooperate", "welcome",
            "welcomed", "hope", "help", "helped", "improve", "improved", "success", "successful", "lasting", "better",
            "best", "allies", "ally", "alliance", "praise", "praised", "win", "won", "safe", "secure",
            "stable", "friendly", "positive", "benefit", "resolve", "relief", "aid", "protect", "free", "freedom");
    private static final Set<String> NEGATIVE = Set.of("attack", "attacks", "attacked", "killed", "kill", "killing",
            "killings", "war", "chemical", "strike", "strikes", "sanctions", "sanction", "pressure", "tyrant",
            "crisis", "accusations", "accused", "blamed", "blame", "rejected", "denied", "refused", "devastated",
            "displaced", "suspected", "civil", "foes", "defeat", "threat", "threatened", "violence", "dead", "death",
            "deaths", "bomb", "bombing", "wounded", "injured", "fighting", "conflict", "terror", "terrorist", "condemn",
            "condemned", "protest", "crackdown", "arrested", "victims", "destroyed", "oppose");
    private static final Set<String> ACTIVITY = Set.of("attack", "attacked", "strike", "struck", "travel", "meet",
            "meeting", "invited", "imposed", "impose", "cut", "break", "push", "intervene", "killed", "sent",
            "launched", "fired", "visit", "build", "sit", "discuss", "work", "end");
    private static final Set<String> SELF_GROUP = Set.of("we", "us", "our", "ours", "ourselves", "i", "me", "my");

    /** Measures a text. */
    public static Tone of(String text) {
        int words = 0, pos = 0, neg = 0, act = 0, self = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (w.isEmpty()) continue;
            words++;
            if (POSITIVE.contains(w)) pos++;
            if (NEGATIVE.contains(w)) neg++;
            if (ACTIVITY.contains(w)) act++;
            if (SELF_GROUP.contains(w)) self++;
        }
        if (words == 0) return new Tone(0, 0, 0, 0, 0, 0, 0);
        double p = 100.0 * pos / words, n = 100.0 * neg / words;
        return new Tone(p - n, p, n, p + n, 100.0 * act / words, 100.0 * self / words, words);
    }
}
