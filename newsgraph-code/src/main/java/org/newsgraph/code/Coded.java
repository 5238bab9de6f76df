package org.newsgraph.code;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;

/**
 * One act coded at one word, before statements, compositions and merging: its code (and reverse code), its
 * actors, how the text presents it, who reports it and where.
 *
 * @param sentence the sentence index
 * @param token    the verb's or noun's token index
 * @param code     CAMEO code from the sources to the targets; empty when only the reverse is coded
 * @param reverse  CAMEO code from the targets to the sources (visiting is being visited), empty when none
 * @param sources  who acts (may be empty)
 * @param targets  who is acted on (may be empty)
 * @param mood     modality and what makes it so
 * @param reporter who reports it
 * @param mention  the mention every event of this act carries
 * @param derived  whether this is a statement derived from another act (an intent, threat, demand, refusal)
 */
record Coded(int sentence, int token, String code, String reverse, List<EventActor> sources, List<EventActor> targets,
        Provenance.Mood mood, Provenance.Reporter reporter, EventMention mention, boolean derived) {
    Coded {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reverse, "reverse");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(mention, "mention");
    }

    /** The CAMEO root of the code (or of the reverse code when there is no code). */
    String root() {
        String c = code.isEmpty() ? reverse : code;
        return c.substring(0, 2);
    }
}
