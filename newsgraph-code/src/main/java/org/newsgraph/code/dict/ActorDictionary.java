package org.newsgraph.code.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named actors with their codes over time: the Phoenix dictionaries (about 49,000 names, current to about
 * 2015) under the project's own list ({@code actors.tsv}: office holders since, corrections), whose entries
 * for a name replace the dictionary's. Lookups take the normalised key ({@link Names#key}). Immutable,
 * thread-safe.
 */
public final class ActorDictionary {
    private final Map<String, List<ActorEntry>> byName;
    private final Map<String, List<ActorEntry>> bySurname;
    private final int longest;

    private ActorDictionary(Map<String, List<ActorEntry>> byName, Map<String, List<ActorEntry>> bySurname, int longest) {
        this.byName = byName;
        this.bySurname = bySurname;
        this.longest = longest;
    }

    /** A dictionary of these entries; a name the overrides give keeps only their entries. */
    public static ActorDictionary of(List<ActorEntry> overrides, List<ActorEntry> entries) {
        Map<String, List<ActorEntry>> by = new HashMap<>();
        for (ActorEntry e : overrides) by.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
        java.util.Set<String> overridden = java.util.Set.copyOf(by.keySet());
        for (ActorEntry e : entries) {
            if (!overridden.contains(e.phrase())) by.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<ActorEntry>> surnames = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, List<ActorEntry>> e : by.entrySet()) {
            String[] words = e.getKey().split(" ");
            longest = Math.max(longest, words.length);
            // People only: names of two or more words whose codes change with office (dated entries).
            if (words.length < 2 || e.getValue().stream().allMatch(ActorEntry::isDefault)) continue;
            surnames.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).addAll(e.getValue());
        }
        // Never changed after this: plain maps behind an unmodifiable view (copying 34,000 names again costs load time).
        by.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
        surnames.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
        return new ActorDictionary(java.util.Collections.unmodifiableMap(by), java.util.Collections.unmodifiableMap(surnames), longest);
    }

    /**
     * The code of a name on a date: the first restriction that holds, else the default; {@code ---} entries
     * mean the name is known but names no actor then. Without a date, the default, else the latest
     * restriction.
     */
    public Optional<String> code(String key, Optional<LocalDate> date) {
        List<ActorEntry> entries = byName.get(key);
        if (entries == null) return Optional.empty();
        return pick(entries, date).filter(c -> !c.equals("---"));
    }

    /** This dictionary with entries added on top: a name they give keeps only their entries. */
    public ActorDictionary withOverrides(List<ActorEntry> entries) {
        List<ActorEntry> all = new ArrayList<>();
        byName.values().forEach(all::addAll);
        return of(entries, all);
    }

    /** Whether the dictionary has the name at all. */
    public boolean contains(String key) {
        return byName.containsKey(key);
    }

    /**
     * The code of a person named by surname alone ("Obama"): the code every listed person of that surname
     * holds on the date; when they disagree but share a country ("Bush" without a date), that country; empty
     * when none.
     */
    public Optional<String> surname(String word, Optional<LocalDate> date) {
        List<ActorEntry> entries = bySurname.get(word);
        if (entries == null) return Optional.empty();
        Map<String, List<ActorEntry>> byPerson = new HashMap<>();
        for (ActorEntry e : entries) byPerson.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
        String found = null;
        boolean agree = true;
        for (List<ActorEntry> person : byPerson.values()) {
            Optional<String> c = date.isPresent() ? pickRestricted(person, date.get()) : pick(person, date);
            if (c.isEmpty() || c.get().equals("---")) continue;
            if (found == null) found = c.get();
            else if (!found.equals(c.get())) {
                agree = false;
                if (c.get().length() < 3 || found.length() < 3 || !c.get().substring(0, 3).equals(found.substring(0, 3))) return Optional.empty();
            }
        }
        if (found != null && !agree) return Optional.of(found.substring(0, 3));
        return Optional.ofNullable(found);
    }

    /** The most words a name has. */
    public int longest() {
        return longest;
    }

    /** How many names the dictionary holds. */
    public int size() {
        return byName.size();
    }

    private static Optional<String> pick(List<ActorEntry> entries, Optional<LocalDate> date) {
        if (date.isPresent()) {
            Optional<String> r = pickRestricted(entries, date.get());
            if (r.isPresent()) return r;
            for (ActorEntry e : entries) if (e.isDefault()) return Optional.of(e.code());
            return Optional.empty();
        }
        for (ActorEntry e : entries) if (e.isDefault()) return Optional.of(e.code());
        return entries.stream().max(Comparator.comparing((ActorEntry e) -> e.to().orElse(LocalDate.MAX)))
                .map(ActorEntry::code);
    }

    /** The first dated restriction that holds on the date (defaults are not restrictions). */
    private static Optional<String> pickRestricted(List<ActorEntry> entries, LocalDate d) {
        for (ActorEntry e : entries) if (!e.isDefault() && e.holdsOn(d)) return Optional.of(e.code());
        return Optional.empty();
    }
}
