package org.newsgraph.code.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.code.CameoCodes;
import org.newsgraph.data.Tsv;

/**
 * The PETRARCH converter on small dictionaries written for this test in PETRARCH's formats (synsets, blocks,
 * patterns with phrases and markers, paired codes, transformations, dated actors, agents with plurals and
 * substitution markers), and, when ../shared holds the real files, that the committed converted files are what
 * the converter makes of them, byte for byte.
 */
class DictionaryConverterTest {
    private static final Path SHARED = Path.of("..", "..", "shared", "data", "cameo", "dictionaries");
    private static final Path SHIPPED = Path.of("src", "main", "resources", "org", "newsgraph", "code", "dict");
    private static final CameoCodes CODES = CameoCodes.load();
    private static final Predicate<String> KNOWN = c -> CODES.get(c).isPresent();

    private static final String VERBS = """
            # a test verb dictionary
            &AID_
            +AID
            +HUMANITARIAN_ASSISTANCE
            &MONEY
            +CASH_
            +&AID

            --- GIVE [070] ---
            GIVE {GAVE GIVEN}
            DONATE [071]
            +HAND_OVER [073]
            - * &MONEY (TO +)                  [071]  # GIVE
            - * TROOPS                          [---]
            - NOT_* SUPPORT                     [121]

            --- MEET [040:040] ---
            MEET
            - * (IN SECRET)                     [042:043]
            - * UP (WITH +)                     [046]
            - * ON                              [190]

            --- SPEAK [---] ---
            SAY
            - * THAT + WILL PULLOUT             [0356]
            - * QUACK                           [999]

            ~ a (a b GIVE) SAY = a b 033
            ~ a (b . GIVE) SAY = a b 112
            """;

    private static final String ACTORS = """
            # test actors
            ERIADOR_  [ERI]
            +ERIADORAN_
            ROMENDACIL_  ; a test ruler
            \t[ERIGOV 990101-101231]
            \t[ERIELI >110101]
            \t[ERIMIL]
            GREY_COMPANY_(GC)_ [ERIREB]
            BAD_PREFIX_ [KKLGOV]
            """;

    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN, WOMEN
            MINISTER [~GOV]
            POLICE {} [~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            RIGHTS_GROUP [NGO~]
            PARTY {PARTIES} [~PTY]
            SPOKES!PERSON! [~GOV]
            NO_CODE_HERE
            """;

    private static final String ONTOLOGY = """
            # PICO
            030:0x3000#Intend
            033:0x3040
            040:0xB000#Consult
            060:0x0070
            070:0x0040#Aid
            121:-0xFFFF+0x0070
            130:0x6000#Threaten
            138:0x60A0
            190:0x00A0#Fight
            110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
            """;

    private static Path fixture(Path dir) throws IOException {
        Files.writeString(dir.resolve("CAMEO.2.0.txt"), VERBS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.prepositions.txt"), "to\nwith\non\nin\nup\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("PETR.Internal.Coding.Ontology.txt"), ONTOLOGY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.Countries.actors.txt"), ACTORS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.International.actors.txt"), "UNITED_NATIONS_ [IGOUNO]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.MilNonState.actors.txt"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.agents.txt"), AGENTS, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void convertsVerbsActorsAgentsAndTheOntology(@TempDir Path tmp) throws IOException {
        Path in = fixture(Files.createDirectories(tmp.resolve("in")));
        Path out = tmp.resolve("out");
        List<String> warnings = new ArrayList<>();
        DictionaryConverter.Summary s = DictionaryConverter.convert(in, out, KNOWN,
                p -> Set.of("ERI", "IGO").contains(p), warnings::add);

        List<VerbPattern> verbs = DictionaryFiles.readVerbs(Tsv.read(Files.newInputStream(out.resolve(DictionaryFiles.VERBS)),
                DictionaryFiles.VERBS, 11, 11, true));
        VerbDictionary dict = VerbDictionary.of(List.of(), verbs, List.of());
        // Each verb's own code, the block's code for the others; the irregular forms are not needed (lemmas).
        assertEquals("070", bare(dict, "give").code());
        assertEquals("071", bare(dict, "donate").code());
        VerbPattern handOver = bare(dict, "hand");
        assertEquals("over", handOver.particle());
        assertEquals("073", handOver.code());
        // A block's patterns apply to every verb of the block, synsets expanded (nested ones too).
        VerbPattern money = dict.patterns("donate").stream().filter(p -> p.code().equals("071") && !p.phrases().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(List.of("cash"), List.of("aid"), List.of("humanitarian", "assistance")), money.post().get(0).alternatives());
        assertTrue(money.phrases().get(0).target(), "(TO +) marks the phrase's object as the target");
        assertEquals(VerbPattern.Slot.PHRASE, money.target());
        // [---] blocks; [042:043] codes both ways; a lone preposition after the verb is its particle.
        assertTrue(dict.patterns("give").stream().anyMatch(VerbPattern::blocks));
        VerbPattern secret = dict.patterns("meet").stream().filter(p -> p.code().equals("042")).findFirst().orElseThrow();
        assertEquals("043", secret.reverse());
        VerbPattern on = dict.patterns("meet").stream().filter(p -> p.code().equals("190")).findFirst().orElseThrow();
        assertEquals("on", on.particle());
        assertTrue(on.post().isEmpty());
        // Words glued to the verb before it stand before it.
        VerbPattern not = dict.patterns("give").stream().filter(p -> p.code().equals("121")).findFirst().orElseThrow();
        assertEquals(List.of(List.of("not")), not.pre().get(0).alternatives());
        // A code the CAMEO table lacks is left out and reported.
        assertTrue(dict.patterns("say").stream().noneMatch(p -> p.code().equals("999")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'999' is not a CAMEO code")), warnings.toString());
        assertEquals(1, s.unknownCodes());

        // Transformations name verbs; each stands for its block.
        List<Transformation> tr = DictionaryFiles.readTransformations(Tsv.read(Files.newInputStream(out.resolve(DictionaryFiles.TRANSFORMATIONS)),
                DictionaryFiles.TRANSFORMATIONS, 5, 5, true));
        assertEquals(2, tr.size());
        assertEquals(new Transformation("SPEAK", Transformation.Shape.SAME_SOURCE, "GIVE", "033", "CAMEO.2.0.txt:28"), tr.get(0));
        assertEquals(Transformation.Shape.OTHER_SOURCE, tr.get(1).shape());

        // Actors: every name of an entry gets every code; dates in both forms; a parenthesised acronym is left
        // out of the name; an unknown prefix is left out.
        List<ActorEntry> actors = DictionaryFiles.readActors(Tsv.read(Files.newInputStream(out.resolve(DictionaryFiles.ACTORS)),
                DictionaryFiles.ACTORS, 4, 4, true));
        ActorDictionary ad = ActorDictionary.of(List.of(), actors);
        assertEquals(Optional.of("ERI"), ad.code("eriadoran", Optional.empty()));
        assertEquals(Optional.of("ERIGOV"), ad.code("romendacil", Optional.of(LocalDate.of(2005, 6, 1))));
        assertEquals(Optional.of("ERIELI"), ad.code("romendacil", Optional.of(LocalDate.of(2015, 6, 1))));
        assertEquals(Optional.of("ERIMIL"), ad.code("romendacil", Optional.of(LocalDate.of(1980, 6, 1))), "the default outside the ranges");
        assertEquals(Optional.of("ERIREB"), ad.code("grey company", Optional.empty()));
        assertFalse(ad.contains("bad prefix"));
        assertEquals(1, s.unknownActorPrefixes());

        // Agents: plurals generated or given, {} for none, substitution markers expanded, prefix codes.
        List<AgentEntry> agents = DictionaryFiles.readAgents(Tsv.read(Files.newInputStream(out.resolve(DictionaryFiles.AGENTS)),
                DictionaryFiles.AGENTS, 3, 3, true));
        AgentDictionary ag = AgentDictionary.of(List.of(), agents);
        assertEquals("GOV", ag.get("ministers").orElseThrow().code());
        assertTrue(ag.get("polices").isEmpty());
        assertEquals("GOVATG", ag.get("attorneys general").orElseThrow().code());
        assertTrue(ag.get("rights group").orElseThrow().prefix());
        assertEquals("PTY", ag.get("parties").orElseThrow().code());
        assertTrue(ag.get("spokeswomen").isPresent());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Phoenix.agents.txt:8")), warnings.toString());

        // The ontology composes and refuses.
        CodingOntology o = CodingOntology.of(DictionaryFiles.readOntology(Tsv.read(Files.newInputStream(out.resolve(DictionaryFiles.ONTOLOGY)),
                DictionaryFiles.ONTOLOGY, 2, 2, true)));
        assertEquals(Optional.of("138"), o.compose("130", "190"));
        assertEquals(Optional.of("033"), o.compose("030", "070"));
        assertEquals(Optional.of("121"), o.refuse("060"));
        assertEquals(3, o.values("110").size());
    }

    @Test
    void theOutputIsReproducible(@TempDir Path tmp) throws IOException {
        Path in = fixture(Files.createDirectories(tmp.resolve("in")));
        DictionaryConverter.convert(in, tmp.resolve("a"), KNOWN, p -> true, w -> { });
        DictionaryConverter.convert(in, tmp.resolve("b"), KNOWN, p -> true, w -> { });
        for (String f : List.of(DictionaryFiles.VERBS, DictionaryFiles.TRANSFORMATIONS, DictionaryFiles.ONTOLOGY, DictionaryFiles.ACTORS,
                DictionaryFiles.AGENTS)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void theShippedFilesAreTheConvertersOutput(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "../shared is absent: the shipped dictionaries are checked against their sources only beside it");
        java.util.Set<String> prefixes = new java.util.HashSet<>(org.newsgraph.annotate.Countries.load().codes());
        prefixes.addAll(DictionaryConverter.HISTORICAL_AND_GROUP_PREFIXES);
        for (String l : Files.readAllLines(SHARED.getParent().resolve("cameo_country_codes.tsv"))) {
            if (l.split("\t").length > 1) prefixes.add(l.split("\t")[1].trim());
        }
        for (String l : Files.readAllLines(SHARED.getParent().resolve("cameo_actor_types.tsv"))) if (!l.isBlank()) prefixes.add(l.split("\t")[0].trim());
        DictionaryConverter.convert(SHARED, tmp, KNOWN, prefixes::contains, w -> { });
        for (String f : List.of(DictionaryFiles.VERBS, DictionaryFiles.TRANSFORMATIONS, DictionaryFiles.ONTOLOGY, DictionaryFiles.ACTORS,
                DictionaryFiles.AGENTS)) {
            assertArrayEquals(Files.readAllBytes(SHIPPED.resolve(f)), Files.readAllBytes(tmp.resolve(f)),
                    f + " differs from the converter's output: run `./newsgraph dict convert` (see the file's header)");
        }
    }

    private static VerbPattern bare(VerbDictionary d, String verb) {
        return d.patterns(verb).stream().filter(VerbPattern::bare).findFirst()
                .or(() -> d.patterns(verb).stream().filter(p -> p.pre().isEmpty() && p.post().isEmpty() && p.phrases().isEmpty()).findFirst())
                .orElseThrow();
    }
}
