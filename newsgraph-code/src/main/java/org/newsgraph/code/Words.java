package org.newsgraph.code;

import java.util.Set;

/** The closed word lists the coder reads modality and provenance from. */
final class Words {
    private Words() {}

    /** Verbs whose complement the subject says did not happen. */
    static final Set<String> DENY = Set.of("deny", "reject", "dismiss", "refute", "rebuff", "rubbish");
    /** Nouns whose "that" clause is someone's claim. */
    static final Set<String> ALLEGATION = Set.of("accusation", "allegation", "claim", "charge", "report", "suggestion",
            "rumour", "rumor", "assertion");
    /** Auxiliaries of possibility, obligation and condition. */
    static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "might", "may", "should", "must", "can", "ca",
            "cannot", "ought", "'d");
    /** Auxiliaries of the future. */
    static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    /** Markers of a conditional or open question. */
    static final Set<String> CONDITION = Set.of("if", "unless", "whether", "lest");
    /** Negation words. */
    static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");
    /** Heads whose "to" complement is wished for, demanded, threatened or possible, not done. */
    static final Set<String> HYPOTHETICAL_HEADS = Set.of("want", "wish", "hope", "ready", "willing", "keen", "eager",
            "prepared", "threaten", "seek", "urge", "call", "ask", "demand", "pressure", "press",
            "push", "persuade", "convince", "able", "unable", "propose", "suggest", "consider", "need", "refuse",
            "offer", "threat", "warn", "likely", "unlikely", "possible", "opportunity", "chance", "would", "could",
            "mandate", "effort", "bid", "appeal", "request", "fail", "encourage", "allow");
    /** Heads by which the subject commits itself to its "to" complement ("ready to", "vowed to"). */
    static final Set<String> COMMITMENT_HEADS = Set.of("ready", "willing", "prepared", "threaten", "offer", "keen",
            "eager", "committed", "commit", "pledge", "vow", "swear", "promise", "agree", "decide", "resolve", "determined");
    /** Auxiliaries that put an obligation on the subject. */
    static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");
    /** Auxiliaries that, in reported speech, announce what the subject will do ("said they would boycott"). */
    static final Set<String> ANNOUNCING_AUX = Set.of("will", "shall", "'ll", "wo", "would", "'d");
    /** Heads whose "to" complement is planned. */
    static final Set<String> FUTURE_HEADS = Set.of("due", "set", "plan", "schedule", "expect", "intend", "look",
            "prepare", "about", "agree", "decide", "invite", "go", "promise", "pledge", "vow", "swear", "aim", "resolve",
            "arrange", "poised");
    /** Heads whose object is the subject of their "to" complement ("urged Russia to cut ties"). */
    static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "press", "pressure", "persuade", "convince",
            "invite", "tell", "force", "allow", "prompt", "encourage", "call", "push", "order", "help", "want",
            "expect", "compel", "lead");
    /** Personal pronouns that refer to a person. */
    static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    /** Pronouns that refer to a country or organisation. */
    static final Set<String> NEUTER = Set.of("it", "its", "itself");
    /** Plural pronouns. */
    static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
    /** Relative pronouns. */
    static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that", "whose");
    /** Modifiers that make an act named by a noun unproven. */
    static final Set<String> UNPROVEN = Set.of("suspected", "alleged", "possible", "potential", "threatened",
            "rumoured", "rumored", "reported", "apparent", "purported", "feared");
    /** Modifiers that make an act named by a noun planned. */
    static final Set<String> PLANNED = Set.of("planned", "proposed", "upcoming", "forthcoming", "expected",
            "scheduled", "future", "next", "coming");
    /** Nouns whose "of" phrase is still to come ("on the eve of the visit"). */
    static final Set<String> BEFORE = Set.of("eve", "run-up", "ahead", "prelude", "preparation", "preparations");
    /** Role words that say only that someone leads or speaks for a group, whose role the group gives. */
    static final Set<String> LEADING = Set.of("leader", "leadership", "spokesman", "spokeswoman", "spokesperson",
            "official", "officer", "chief", "head", "commander", "member", "representative", "delegation", "negotiator");
    /** Nouns of quantity or part whose "of" phrase names what is acted on ("700 kg of medicine", "part of"). */
    static final Set<String> QUANTITY = Set.of("part", "portion", "half", "most", "some", "rest", "bulk", "majority",
            "kg", "kilogram", "kilo", "ton", "tonne", "tons", "tonnes", "dozen", "dozens", "hundred", "hundreds",
            "thousand", "thousands", "million", "millions", "number", "group", "batch", "shipment", "consignment",
            "convoy", "load", "lot");
    /** Verbs that only say that the act their object names was done ("carried out strikes"). */
    static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "engage", "commit", "perpetrate", "wage", "mount",
            "stage", "undertake", "launch", "unleash", "resume", "intensify", "step", "continue");
    /** Head nouns that stand for the country itself ("his country"). */
    static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state");
}
