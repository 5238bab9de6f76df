package org.newsgraph.annotate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one lexicon of speech verbs the annotate and code stages share, so a sentence's quotation and its events
 * get the same speaker. Lemmas, lower case. Immutable.
 */
public final class SpeechVerbs {
    private SpeechVerbs() {}

    /**
     * Verbs whose clausal complement is reported speech: its subject says, writes or holds the content
     * ("Trudeau said his country was ready", "Russia denied it was behind"). The speaker reports what the
     * complement tells.
     */
    public static final Set<String> REPORTING = Set.of("say", "tell", "warn", "claim", "deny", "insist", "suggest",
            "announce", "state", "add", "argue", "agree", "stress", "note", "acknowledge", "admit", "confirm", "report",
            "allege", "assert", "maintain", "explain", "predict", "reiterate", "declare", "believe", "estimate", "write",
            "concede", "contend", "reveal", "disclose", "indicate");

    /** Verbs that may introduce a quotation: the reporting ones and others that speak ("urged", "asked", "quipped"). */
    public static final Set<String> QUOTING = union(REPORTING, Set.of("call", "describe", "ask", "urge", "accuse", "reply",
            "respond", "threaten", "promise", "vow", "pledge", "complain", "demand", "caution", "emphasise", "emphasize",
            "remark", "comment", "tweet", "post", "continue", "conclude", "recall", "quip", "speak"));

    /** Whether a lemma reports speech. */
    public static boolean reports(String lemma) {
        return REPORTING.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a lemma may introduce a quotation. */
    public static boolean quotes(String lemma) {
        return QUOTING.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
