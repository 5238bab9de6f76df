package org.newsgraph.code.dict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Role words ("minister", "riot police", "rebels") with the codes they add to an actor: the Phoenix agent
 * dictionary under the project's own list ({@code agents.tsv}), whose entries win. Lookups take the
 * normalised key ({@link Names#key}) of a surface form or a lemma. Immutable, thread-safe.
 */
public final class AgentDictionary {
    private final Map<String, AgentEntry> byPhrase;
    private final int longest;

    private AgentDictionary(Map<String, AgentEntry> byPhrase, int longest) {
        this.byPhrase = byPhrase;
        this.longest = longest;
    }

    /** A dictionary of these entries; the overrides win, and within a list the first entry of a phrase. */
    public static AgentDictionary of(List<AgentEntry> overrides, List<AgentEntry> entries) {
        Map<String, AgentEntry> by = new HashMap<>();
        int longest = 1;
        for (List<AgentEntry> list : List.of(overrides, entries)) {
            for (AgentEntry e : list) {
                by.putIfAbsent(e.phrase(), e);
                longest = Math.max(longest, e.phrase().split(" ").length);
            }
        }
        return new AgentDictionary(Map.copyOf(by), longest);
    }

    /** This dictionary with entries added on top, which win. */
    public AgentDictionary withOverrides(List<AgentEntry> entries) {
        return of(entries, List.copyOf(byPhrase.values()));
    }

    /** The role of a word or phrase, if it is one. */
    public Optional<AgentEntry> get(String key) {
        return Optional.ofNullable(byPhrase.get(key));
    }

    /** The most words a role phrase has. */
    public int longest() {
        return longest;
    }

    /** How many surface forms the dictionary holds. */
    public int size() {
        return byPhrase.size();
    }
}
