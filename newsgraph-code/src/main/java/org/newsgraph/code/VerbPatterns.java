package org.newsgraph.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb patterns the project ships ({@code verbs.tsv}, format in its header): which verb, with which
 * object, particle and preposition, is which CAMEO code. Immutable, thread-safe.
 */
final class VerbPatterns {

    /**
     * One pattern.
     *
     * @param code      CAMEO code
     * @param verb      verb lemma
     * @param particle  particle or fixed preposition, empty when none
     * @param objects   lemmas the patient's head must have, empty when any
     * @param modifiers lemmas a modifier of the patient must have, empty when any
     * @param targetPreps prepositions that introduce the target
     * @param noTarget  whether the object is never the target
     * @param noun      whether the word is a noun naming the act ("strike", "visit"), not a verb
     * @param under     the lemma of a verb that must govern this one as its "to" complement ("fail" in "failed
     *                  to reach agreement"), empty when none
     * @param phrasePrep the preposition of a phrase the verb must have ("as" in "held them as human shields"),
     *                  empty when none
     * @param phraseHeads lemmas that phrase's head must have
     * @param intransitive whether the verb must have no object ("the troops withdrew from the town")
     * @param line      line in the resource, for messages
     */
    record Pattern(String code, String verb, String particle, Set<String> objects, Set<String> modifiers,
            Set<String> targetPreps, boolean noTarget, boolean noun, String under, String phrasePrep,
            Set<String> phraseHeads, boolean intransitive, int line) {
        int specificity() {
            return (particle.isEmpty() ? 0 : 1) + (objects.isEmpty() ? 0 : 2) + (modifiers.isEmpty() ? 0 : 2)
                    + (under.isEmpty() ? 0 : 2) + (phrasePrep.isEmpty() ? 0 : 2);
        }
    }

    private static final String RESOURCE = "verbs.tsv";
    private final Map<String, List<Pattern>> byVerb;

    private VerbPatterns(Map<String, List<Pattern>> byVerb) {
        this.byVerb = byVerb;
    }

    static VerbPatterns load(CameoCodes codes) {
        try (InputStream in = VerbPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from newsgraph-code");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), codes, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    static VerbPatterns parse(BufferedReader r, CameoCodes codes, String name) throws IOException {
        Map<String, List<Pattern>> out = new HashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IllegalStateException(name + ":" + n + ": expected CODE<TAB>VERB[<TAB>OPTIONS]");
            String code = f[0].trim();
            if (codes.get(code).isEmpty()) throw new IllegalStateException(name + ":" + n + ": unknown CAMEO code " + code);
            String[] verb = f[1].trim().toLowerCase(Locale.ROOT).split(" ");
            Set<String> objects = Set.of(), modifiers = Set.of(), preps = Set.of();
            boolean noTarget = false, noun = false, intransitive = false;
            String under = "", phrasePrep = "";
            Set<String> phraseHeads = Set.of();
            for (int i = 2; i < f.length; i++) {
                String o = f[i].trim();
                if (o.startsWith("obj=")) objects = Set.of(o.substring(4).split("\\|"));
                else if (o.startsWith("mod=")) modifiers = Set.of(o.substring(4).split("\\|"));
                else if (o.startsWith("to=")) preps = Set.of(o.substring(3).split("\\|"));
                else if (o.equals("notarget")) noTarget = true;
                else if (o.equals("noun")) noun = true;
                else if (o.equals("noobj")) intransitive = true;
                else if (o.startsWith("under=")) under = o.substring(6);
                else if (o.startsWith("pp=") && o.indexOf(':') > 3) {
                    phrasePrep = o.substring(3, o.indexOf(':'));
                    phraseHeads = Set.of(o.substring(o.indexOf(':') + 1).split("\\|"));
                }
                else throw new IllegalStateException(name + ":" + n + ": unknown option '" + o + "'");
            }
            Pattern p = new Pattern(code, verb[0], verb.length > 1 ? verb[1] : "", objects, modifiers, preps, noTarget, noun, under,
                    phrasePrep, phraseHeads, intransitive, n);
            out.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new VerbPatterns(Map.copyOf(out));
    }

    /** The patterns of a lemma (verbs and nouns alike), in file order; empty when none. */
    List<Pattern> forVerb(String lemma) {
        return byVerb.getOrDefault(lemma, List.of());
    }
}
