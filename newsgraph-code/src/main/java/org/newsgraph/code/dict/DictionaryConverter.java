package org.newsgraph.code.dict;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the PETRARCH-2 / Phoenix dictionaries (openeventdata/petrarch2, MIT) into the project's compact
 * formats ({@link DictionaryFiles}), reproducibly: the same inputs give the same bytes (no dates; gzip
 * without a timestamp), and each output names its inputs with their SHA-256. Patterns whose event code is
 * not in the CAMEO table, and lines the PETRARCH readers cannot read, are left out and reported. Run by
 * {@code newsgraph dict convert}. Stateless.
 */
public final class DictionaryConverter {
    private DictionaryConverter() {}

    /** The PETRARCH files read, by role. */
    public static final String VERB_FILE = "CAMEO.2.0.txt";
    public static final String PREPOSITION_FILE = "Phoenix.prepositions.txt";
    public static final String ONTOLOGY_FILE = "PETR.Internal.Coding.Ontology.txt";
    public static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt");
    public static final String AGENT_FILE = "Phoenix.agents.txt";

    /**
     * Actor code prefixes the CAMEO tables lack but CAMEO coders use: international, group and unknown-country
     * codes, and states that no longer exist (the Soviet Union, Yugoslavia, East Germany, Czechoslovakia, Serbia
     * and Montenegro).
     */
    public static final java.util.Set<String> HISTORICAL_AND_GROUP_PREFIXES = java.util.Set.of("IGO", "NGO", "IMG", "MNC", "INT", "---",
            "USR", "SUN", "YUG", "DDR", "CSK", "SCG", "FRY");

    /** What a conversion wrote and left out. */
    public record Summary(int patterns, int transformations, int ontologyCodes, int actorNames, int actorEntries, int agents,
            int skippedLines, int unknownCodes, int unknownActorPrefixes) {}

    /**
     * Converts.
     *
     * @param in        the folder with the PETRARCH files
     * @param out       the folder to write into (created if missing)
     * @param knownCode whether an event code is in the CAMEO table
     * @param warnings  one message per line left out
     */
    public static Summary convert(Path in, Path out, Predicate<String> knownCode, Consumer<String> warnings) throws IOException {
        return convert(in, out, knownCode, p -> true, warnings);
    }

    /**
     * Converts, leaving out actor entries whose code does not open with a known country, region or group code
     * (the Phoenix files carry a few hundred with typos or private prefixes: "KKL", "FRN").
     *
     * @param actorPrefix whether an actor code's first three letters are a country, region or group code
     */
    public static Summary convert(Path in, Path out, Predicate<String> knownCode, Predicate<String> actorPrefix,
            Consumer<String> warnings) throws IOException {
        int[] skipped = {0};
        Consumer<String> warn = w -> {
            skipped[0]++;
            warnings.accept(w);
        };
        Set<String> prepositions = new LinkedHashSet<>();
        for (String line : read(in, PREPOSITION_FILE)) {
            String w = line.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !w.startsWith("#")) prepositions.add(w);
        }
        PetrarchVerbs.Result verbs = PetrarchVerbs.read(read(in, VERB_FILE), VERB_FILE, prepositions, warn);
        List<VerbPattern> kept = new ArrayList<>();
        int unknown = 0;
        for (VerbPattern p : verbs.patterns()) {
            boolean ok = true;
            for (String c : List.of(p.code(), p.reverse())) {
                if (!c.isEmpty() && !c.equals("---") && !knownCode.test(c)) {
                    ok = false;
                    warnings.accept(p.origin() + ": '" + c + "' is not a CAMEO code, pattern left out");
                }
            }
            if (ok) kept.add(p);
            else unknown++;
        }
        List<Transformation> transformations = new ArrayList<>();
        for (Transformation t : verbs.transformations()) {
            if (!t.code().isEmpty() && !knownCode.test(t.code())) {
                unknown++;
                warnings.accept(t.origin() + ": '" + t.code() + "' is not a CAMEO code, transformation left out");
            } else {
                transformations.add(t);
            }
        }
        Map<String, List<Integer>> ontology = CodingOntology.read(read(in, ONTOLOGY_FILE), ONTOLOGY_FILE, warn);
        List<ActorEntry> actors = new ArrayList<>();
        Set<ActorEntry> seen = new java.util.HashSet<>();
        int badPrefix = 0;
        for (String f : ACTOR_FILES) {
            for (ActorEntry e : PetrarchActors.read(read(in, f), f, warn)) {
                if (!e.code().equals("---") && !actorPrefix.test(e.code().substring(0, 3))) {
                    badPrefix++;
                    warnings.accept(f + ": '" + e.phrase() + "' has code " + e.code() + ", whose first three letters are no"
                            + " country, region or group code: left out");
                    continue;
                }
                if (seen.add(e)) actors.add(e);
            }
        }
        Map<String, AgentEntry> agents = new LinkedHashMap<>();
        for (AgentEntry e : PetrarchAgents.read(read(in, AGENT_FILE), AGENT_FILE, warn)) {
            AgentEntry old = agents.putIfAbsent(e.phrase(), e);
            if (old != null && !old.equals(e)) {
                warn.accept(AGENT_FILE + ": '" + e.phrase() + "' listed again as " + e.code() + "; the first, " + old.code() + ", is kept");
            }
        }
        Files.createDirectories(out);
        String licence = "MIT licence, (c) 2015 Open Event Data Alliance (openeventdata/petrarch2); see NOTICE.";
        String regenerate = "Written by org.newsgraph.code.dict.DictionaryConverter: do not edit; regenerate with "
                + "`./newsgraph dict convert --petrarch DIR --out newsgraph-code/src/main/resources/org/newsgraph/code/dict`.";
        try (Writer w = writer(out.resolve(DictionaryFiles.VERBS), false)) {
            DictionaryFiles.writeVerbs(w, List.of(
                    "CAMEO verb patterns converted from PETRARCH-2's " + VERB_FILE + " (sha256 " + sha256(in, VERB_FILE) + ").",
                    licence, regenerate, "",
                    "One pattern a line: CODE (source->target; empty when only REVERSE; --- = no event), REVERSE",
                    "(target->source), VERB lemma, PARTICLE, PRE and POST terms (space-separated; a term's alternatives",
                    "split by '|', the words of one alternative joined by '_'; synsets expanded), PHRASES (PREP[+][$]:TERMS",
                    "split by ';', + = the target, $ = the source), SOURCE and TARGET slots (empty = default), BLOCK, ORIGIN."),
                    kept);
        }
        try (Writer w = writer(out.resolve(DictionaryFiles.TRANSFORMATIONS), false)) {
            DictionaryFiles.writeTransformations(w, List.of(
                    "PETRARCH transformations converted from " + VERB_FILE + " (sha256 " + sha256(in, VERB_FILE) + ").",
                    licence, regenerate, "",
                    "HEAD verb block, SHAPE of the inner act's source (same-source, other-source, no-subject), INNER verb",
                    "block (empty = any), CODE (empty = the inner act's), ORIGIN."), transformations);
        }
        try (Writer w = writer(out.resolve(DictionaryFiles.ONTOLOGY), false)) {
            DictionaryFiles.writeOntology(w, List.of(
                    "PETRARCH internal coding ontology (PICO) converted from " + ONTOLOGY_FILE + " (sha256 " + sha256(in, ONTOLOGY_FILE) + "),",
                    "openeventdata/UniversalPetrarch, MIT licence, (c) Open Event Data Alliance; see NOTICE.", regenerate, "",
                    "CODE and its VALUES (signed hexadecimal, '|'-separated; the first is the main one)."), ontology);
        }
        List<String> actorSources = new ArrayList<>();
        for (String f : ACTOR_FILES) actorSources.add(f + " (sha256 " + sha256(in, f) + ")");
        try (Writer w = writer(out.resolve(DictionaryFiles.ACTORS), true)) {
            DictionaryFiles.writeActors(w, List.of("Phoenix actor names converted from " + String.join(", ", actorSources) + ".",
                    licence, regenerate, "",
                    "NAME (normalised: lower case, words split by one space), CODE (--- = no actor then), FROM and TO",
                    "(ISO dates, inclusive; both empty = the name's default). A name's dated rows come before its default."), actors);
        }
        try (Writer w = writer(out.resolve(DictionaryFiles.AGENTS), false)) {
            DictionaryFiles.writeAgents(w, List.of("Phoenix role words converted from " + AGENT_FILE + " (sha256 " + sha256(in, AGENT_FILE) + ").",
                    licence, regenerate, "",
                    "PHRASE (one surface form, normalised; plurals and substitution markers expanded), CODE, ATTACH",
                    "(suffix: after the actor's code, ~GOV; prefix: before it, NGO~)."), new ArrayList<>(agents.values()));
        }
        long names = actors.stream().map(ActorEntry::phrase).distinct().count();
        return new Summary(kept.size(), transformations.size(), ontology.size(), (int) names, actors.size(), agents.size(), skipped[0],
                unknown, badPrefix);
    }

    private static List<String> read(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try {
            // Phoenix.Countries.actors.txt carries a few stray control bytes from its source: still valid UTF-8.
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(p + " (the PETRARCH-2 dictionary folder must hold " + name + ")");
        }
    }

    private static String sha256(Path dir, String name) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(dir.resolve(name))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Writer writer(Path p, boolean gzip) throws IOException {
        OutputStream os = Files.newOutputStream(p);
        // GZIPOutputStream writes no timestamp, so the bytes depend on the content only.
        if (gzip) os = new GZIPOutputStream(os, 1 << 16);
        return new OutputStreamWriter(os, StandardCharsets.UTF_8);
    }
}
