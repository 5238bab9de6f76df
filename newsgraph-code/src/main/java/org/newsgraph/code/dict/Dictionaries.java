package org.newsgraph.code.dict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newsgraph.data.Tsv;

/**
 * The knowledge the coder codes with: verb patterns, named actors, role words and the coding ontology. The
 * shipped set is the PETRARCH-2 / Phoenix dictionaries as converted by {@link DictionaryConverter} (MIT,
 * Open Event Data Alliance; see NOTICE) under the project's own overrides ({@code verbs.tsv},
 * {@code actors.tsv}, {@code agents.tsv} in {@code org/newsgraph/code}). Loading checks every event code
 * against the CAMEO table and names file and line of any bad row. Immutable, thread-safe; load once.
 *
 * @param verbs    verb patterns and transformations
 * @param actors   named actors with dates
 * @param agents   role words
 * @param ontology PETRARCH's coding ontology, for composed codes
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, CodingOntology ontology) {
    public Dictionaries {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(ontology, "ontology");
    }

    /**
     * The shipped dictionaries.
     *
     * @param knownCode whether an event code exists (the CAMEO table); a pattern with another code is an error
     */
    public static Dictionaries shipped(Predicate<String> knownCode) {
        Class<?> dict = Dictionaries.class;
        Class<?> code = org.newsgraph.code.CameoCodes.class;
        // The actor names (the largest file) load beside the verbs on a second thread.
        java.util.concurrent.CompletableFuture<ActorDictionary> actorsLoad = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ActorDictionary.of(DictionaryFiles.readActorOverrides(Tsv.resource(code, "actors.tsv", 2, 4, false)),
                        DictionaryFiles.readActors(Tsv.resource(dict, DictionaryFiles.ACTORS, 4, 4, true))),
                r -> Thread.ofPlatform().daemon().name("newsgraph-dictionary-load").start(r));
        List<VerbPattern> overrides = DictionaryFiles.readVerbOverrides(Tsv.resource(code, "verbs.tsv", 2, 12, false));
        List<VerbPattern> converted = DictionaryFiles.readVerbs(Tsv.resource(dict, DictionaryFiles.VERBS, 11, 11, true));
        checkCodes(overrides, knownCode);
        checkCodes(converted, knownCode);
        List<Transformation> transformations = DictionaryFiles.readTransformations(
                Tsv.resource(dict, DictionaryFiles.TRANSFORMATIONS, 5, 5, true));
        for (Transformation t : transformations) {
            if (!t.code().isEmpty() && !knownCode.test(t.code())) throw new IllegalStateException(t.origin() + ": unknown CAMEO code " + t.code());
        }
        ActorDictionary actors;
        try {
            actors = actorsLoad.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        AgentDictionary agents = AgentDictionary.of(
                DictionaryFiles.readAgents(Tsv.resource(code, "agents.tsv", 2, 3, false)),
                DictionaryFiles.readAgents(Tsv.resource(dict, DictionaryFiles.AGENTS, 3, 3, true)));
        CodingOntology ontology = CodingOntology.of(DictionaryFiles.readOntology(Tsv.resource(dict, DictionaryFiles.ONTOLOGY, 2, 2, true)));
        return new Dictionaries(VerbDictionary.of(overrides, converted, transformations), actors, agents, ontology);
    }

    private static void checkCodes(List<VerbPattern> patterns, Predicate<String> knownCode) {
        for (VerbPattern p : patterns) {
            for (String c : List.of(p.code(), p.reverse())) {
                if (!c.isEmpty() && !c.equals("---") && !knownCode.test(c)) {
                    throw new IllegalStateException(p.origin() + ": unknown CAMEO code " + c);
                }
            }
        }
    }

    /**
     * These dictionaries with PETRARCH-format files in: what the evaluation of PETRARCH's unit-test records
     * needs ({@code PETR.Validate.verbs.txt}, {@code .actors.txt}, {@code .agents.txt}, with their own,
     * non-CAMEO codes). A verb file replaces the verb patterns and transformations (the records expect its
     * codes only); actor and agent files are added on top, their entries winning. Any file may be null.
     *
     * @param warnings receives the lines the PETRARCH readers skip
     */
    public Dictionaries withPetrarch(Path verbFile, Path actorFile, Path agentFile, java.util.Set<String> prepositions,
            Consumer<String> warnings) throws IOException {
        VerbDictionary v = verbs;
        if (verbFile != null) {
            PetrarchVerbs.Result r = PetrarchVerbs.read(lines(verbFile), verbFile.getFileName().toString(), prepositions, warnings);
            v = VerbDictionary.of(r.patterns(), List.of(), r.transformations());
        }
        ActorDictionary a = actors;
        if (actorFile != null) {
            a = actors.withOverrides(PetrarchActors.read(lines(actorFile), actorFile.getFileName().toString(), warnings));
        }
        AgentDictionary g = agents;
        if (agentFile != null) {
            g = agents.withOverrides(PetrarchAgents.read(lines(agentFile), agentFile.getFileName().toString(), warnings));
        }
        return new Dictionaries(v, a, g, ontology);
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}
