package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verb patterns by lemma, with the verb blocks each lemma belongs to and the transformations. The
 * project's overrides come before the converted dictionary's patterns of the same verb. Immutable,
 * thread-safe.
 */
public final class VerbDictionary {
    private final Map<String, List<VerbPattern>> byVerb;
    private final Map<String, Set<String>> blocks;
    private final List<Transformation> transformations;
    private final int size;

    private VerbDictionary(Map<String, List<VerbPattern>> byVerb, Map<String, Set<String>> blocks,
            List<Transformation> transformations, int size) {
        this.byVerb = byVerb;
        this.blocks = blocks;
        this.transformations = List.copyOf(transformations);
        this.size = size;
    }

    /**
     * A dictionary of these patterns (overrides first) and transformations. Block patterns
     * ({@link VerbPattern#forBlock()}) apply to every verb of their block, after the verb's own pattern.
     */
    public static VerbDictionary of(List<VerbPattern> overrides, List<VerbPattern> patterns, List<Transformation> transformations) {
        Map<String, List<VerbPattern>> by = new HashMap<>();
        Map<String, Set<String>> bl = new HashMap<>();
        Map<String, List<VerbPattern>> members = new HashMap<>();
        for (List<VerbPattern> list : List.of(overrides, patterns)) {
            for (VerbPattern p : list) if (!p.forBlock() && !p.block().isEmpty()) members.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
        }
        int n = 0;
        for (List<VerbPattern> list : List.of(overrides, patterns)) {
            for (VerbPattern p : list) {
                List<VerbPattern> concrete = p.forBlock()
                        ? members.getOrDefault(p.block(), List.of()).stream().map(p::forVerb).toList() : List.of(p);
                for (VerbPattern c : concrete) {
                    by.computeIfAbsent(c.verb(), k -> new ArrayList<>()).add(c);
                    if (!c.block().isEmpty()) bl.computeIfAbsent(c.verb(), k -> new LinkedHashSet<>()).add(c.block());
                    n++;
                }
            }
        }
        // Never changed after this: plain maps behind unmodifiable views.
        by.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
        bl.replaceAll((k, v) -> java.util.Collections.unmodifiableSet(v));
        return new VerbDictionary(java.util.Collections.unmodifiableMap(by), java.util.Collections.unmodifiableMap(bl), transformations, n);
    }

    /** The patterns of a lemma (verbs and act nouns), overrides first, then in file order; empty when none. */
    public List<VerbPattern> patterns(String lemma) {
        return byVerb.getOrDefault(lemma, List.of());
    }

    /** The PETRARCH verb blocks a lemma belongs to ({@code SAY}, {@code ATTACK}). */
    public Set<String> blocks(String lemma) {
        return blocks.getOrDefault(lemma, Set.of());
    }

    /** Every lemma with patterns. */
    public Set<String> verbs() {
        return byVerb.keySet();
    }

    /** The transformations, in file order. */
    public List<Transformation> transformations() {
        return transformations;
    }

    /** How many patterns the dictionary holds. */
    public int size() {
        return size;
    }
}
