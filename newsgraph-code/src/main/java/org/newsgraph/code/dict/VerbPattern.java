package org.newsgraph.code.dict;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One verb pattern: which verb, with which words around it, is which CAMEO event. PETRARCH's patterns
 * ({@code - PRE * POST (PREP WORDS) [CODE]}) and the project's own ({@code verbs.tsv}) both become these.
 *
 * <p>Matching on a dependency parse (see the coder): {@link #pre} terms must appear, in order, among the
 * words before the verb in its clause (its subject, auxiliaries, adverbs, and the verb governing it);
 * {@link #post} terms, in order, among its particle, objects, complements and phrases after it; each
 * {@link Phrase} is a prepositional phrase on the verb or its object. The most specific pattern that matches
 * wins; on a tie, the override, then the earlier line.
 *
 * @param code          CAMEO code of the event from source to target; empty when the pattern codes only the
 *                      reverse event; {@code ---} when the match means "no event"
 * @param reverse       CAMEO code of the event from target to source (PETRARCH's {@code [042:043]}: visiting
 *                      is also being visited), empty when none
 * @param verb          the verb's lemma (or the noun's, for {@link #noun} patterns)
 * @param particle      a particle or fixed preposition the verb must have ("call on", "crack down"), empty
 *                      when none
 * @param pre           terms before the verb
 * @param post          terms after the verb
 * @param phrases       prepositional phrases the verb (or its object) must have
 * @param source        where the source comes from
 * @param target        where the target comes from
 * @param objectHead    the patient's head must be one of these (the project's {@code obj=})
 * @param objectModifier a modifier of the patient must be one of these ({@code mod=})
 * @param targetPreps   prepositions whose object is the target ({@code to=}); empty for the default ones
 * @param noTarget      the object is never the target ({@code notarget})
 * @param noun          the word is a noun naming the act ("strike", "visit"), not a verb
 * @param under         the lemma of a verb that must govern this one as its "to" complement, empty when none
 * @param intransitive  the verb must have no object ({@code noobj})
 * @param block         the PETRARCH verb block (synonym set) the pattern belongs to, empty for the project's
 * @param origin        {@code file:line}, for messages and explanations
 * @param override      whether the pattern is one of the project's overrides, which win ties
 */
public record VerbPattern(String code, String reverse, String verb, String particle, List<Term> pre, List<Term> post,
        List<Phrase> phrases, Slot source, Slot target, Optional<Term> objectHead, Optional<Term> objectModifier,
        Set<String> targetPreps, boolean noTarget, boolean noun, String under, boolean intransitive, String block,
        String origin, boolean override) {

    /** Where an actor comes from. */
    public enum Slot {
        /** The coder's default: the subject for the source; for the target, the object or a phrase. */
        DEFAULT,
        /** The verb's subject. */
        SUBJECT,
        /** The verb's object (or passive subject). */
        OBJECT,
        /** The object of the pattern's phrase marked for it. */
        PHRASE
    }

    /**
     * A prepositional phrase of a pattern: {@code (TO BORDER)}, {@code (WITH +)}.
     *
     * @param prep   the preposition(s) it may open with
     * @param terms  words its noun phrase must hold, in order
     * @param target whether its object is the event's target
     * @param source whether its object is the event's source
     */
    public record Phrase(Term prep, List<Term> terms, boolean target, boolean source) {
        public Phrase {
            Objects.requireNonNull(prep, "prep");
            terms = List.copyOf(terms);
        }
    }

    public VerbPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reverse, "reverse");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(particle, "particle");
        pre = List.copyOf(pre);
        post = List.copyOf(post);
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(objectHead, "objectHead");
        Objects.requireNonNull(objectModifier, "objectModifier");
        targetPreps = Set.copyOf(targetPreps);
        Objects.requireNonNull(under, "under");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(origin, "origin");
        if (code.isEmpty() && reverse.isEmpty()) throw new IllegalArgumentException(origin + ": a pattern needs a code");
        if (verb.isEmpty()) throw new IllegalArgumentException(origin + ": a pattern needs a verb");
    }

    /** The verb of a block's pattern, which applies to every verb of the block. */
    public static final String ANY_VERB = "*";

    /** Whether this pattern applies to every verb of its block. */
    public boolean forBlock() {
        return verb.equals(ANY_VERB);
    }

    /**
     * This block pattern for one verb of the block: the verb's own words (a multi-word verb's particle and
     * words before or after it) join the pattern's.
     */
    public VerbPattern forVerb(VerbPattern member) {
        List<Term> p = member.pre.isEmpty() ? pre : concat(pre, member.pre);
        List<Term> q = member.post.isEmpty() ? post : concat(member.post, post);
        // A multi-word verb's own particle ("ask for") wins; else the pattern's ("* ON": "press on").
        String prt = member.particle.isEmpty() ? particle : member.particle;
        return new VerbPattern(code, reverse, member.verb, prt, p, q, phrases, source, target, objectHead,
                objectModifier, targetPreps, noTarget, noun, under, intransitive, block, origin, override);
    }

    private static List<Term> concat(List<Term> a, List<Term> b) {
        List<Term> out = new java.util.ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** Whether a match means "no event" ({@code [---]}): a more specific pattern that blocks the verb's code. */
    public boolean blocks() {
        return code.equals("---") && reverse.isEmpty();
    }

    /** A bare verb's pattern: the verb alone gives the code. */
    public boolean bare() {
        return particle.isEmpty() && pre.isEmpty() && post.isEmpty() && phrases.isEmpty() && objectHead.isEmpty()
                && objectModifier.isEmpty() && under.isEmpty() && !intransitive;
    }
}
