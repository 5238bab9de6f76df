package org.newsgraph.code.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Countries;
import org.newsgraph.code.CameoCodes;
import org.newsgraph.data.Tsv;

/** The shipped dictionaries load, hold what they should, and agree with each other and the code tables. */
class ShippedDictionariesTest {
    private static final CameoCodes CODES = CameoCodes.load();
    private static final Dictionaries DICT = Dictionaries.shipped(c -> CODES.get(c).isPresent());

    /** CAMEO's role, religion and group codes (with PETRARCH's PPL, people): the pieces an agent code is made of. */
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "CVL", "BUS", "MED", "EDU",
            "REF", "ELI", "PTY", "SPY", "UAF", "INS", "LAB", "AGR", "HLH", "CRM", "ENV", "HRI", "DEV", "REL", "MOD", "RAD", "NGO", "NGM",
            "IGO", "IMG", "MNC", "SEP", "UIS", "PRO", "SET", "ATG", "PRS", "FRM", "DEF", "MOS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN",
            "CTH", "ORT", "PRT", "ITH", "JAN", "SIK", "ZRO", "ALE", "DRZ", "MAR", "BAH", "CON", "TAO", "ATH", "KUR", "TAM", "VET", "AMN",
            "IRC", "GRP", "PKO", "UNO", "MUS", "PPL");

    @Test
    void theDictionariesAreLoaded() {
        assertTrue(DICT.verbs().size() > 20_000, "verb patterns, block patterns given to each verb of the block: " + DICT.verbs().size());
        assertTrue(DICT.actors().size() > 30_000, "actor names: " + DICT.actors().size());
        assertTrue(DICT.agents().size() > 4_000, "role words: " + DICT.agents().size());
        assertFalse(DICT.verbs().transformations().isEmpty());
        assertEquals(Optional.of("138"), DICT.ontology().compose("130", "190"));
        // The project's list stands over the dictionary: Phoenix ends about 2015.
        assertEquals(Optional.of("USAGOV"), DICT.actors().code("donald trump", Optional.of(LocalDate.of(2017, 4, 10))));
        assertEquals(Optional.of("SYRGOV"), DICT.actors().code("assad", Optional.of(LocalDate.of(2017, 4, 10))));
        assertEquals("COP", DICT.agents().get("riot police").orElseThrow().code());
    }

    @Test
    void everyActorCodeOpensWithACountryOrAGroupAndItsDatesAreOrdered() {
        Set<String> prefixes = new HashSet<>(Countries.load().codes());
        prefixes.addAll(DictionaryConverter.HISTORICAL_AND_GROUP_PREFIXES);
        List<ActorEntry> own = DictionaryFiles.readActorOverrides(Tsv.resource(CameoCodes.class, "actors.tsv", 2, 4, false));
        Map<String, List<ActorEntry>> byName = new HashMap<>();
        for (ActorEntry e : own) {
            assertTrue(prefixes.contains(e.code().substring(0, 3)), "actors.tsv: " + e);
            byName.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
        }
        // Two rows of one name must not claim the same day for different codes.
        for (List<ActorEntry> rows : byName.values()) {
            for (ActorEntry a : rows) {
                for (ActorEntry b : rows) {
                    if (a == b || a.code().equals(b.code()) || a.isDefault() || b.isDefault()) continue;
                    LocalDate aFrom = a.from().orElse(LocalDate.MIN), aTo = a.to().orElse(LocalDate.MAX);
                    LocalDate bFrom = b.from().orElse(LocalDate.MIN), bTo = b.to().orElse(LocalDate.MAX);
                    assertTrue(aTo.isBefore(bFrom) || bTo.isBefore(aFrom) || aTo.equals(bFrom) || bTo.equals(aFrom),
                            "actors.tsv: overlapping terms " + a + " and " + b);
                }
            }
        }
    }

    @Test
    void everyRoleCodeIsMadeOfRoleCodes() {
        List<AgentEntry> own = DictionaryFiles.readAgents(Tsv.resource(CameoCodes.class, "agents.tsv", 2, 3, false));
        List<AgentEntry> phoenix = DictionaryFiles.readAgents(Tsv.resource(Dictionaries.class, DictionaryFiles.AGENTS, 3, 3, true));
        for (List<AgentEntry> list : List.of(own, phoenix)) {
            for (AgentEntry e : list) {
                boolean ok = e.code().length() % 3 == 0;
                for (int i = 0; ok && i < e.code().length(); i += 3) ok = ROLES.contains(e.code().substring(i, i + 3));
                assertTrue(ok, (list == own ? "agents.tsv: " : "phoenix-agents.tsv: ") + e);
            }
        }
    }

    @Test
    void theProjectsTablesAreStrict() {
        IllegalStateException third = assertThrows(IllegalStateException.class, () -> DictionaryFiles.readVerbOverrides(rows(
                "111\tcall on them\n", "verbs.tsv")));
        assertTrue(third.getMessage().startsWith("verbs.tsv:1: column 2:"), third.getMessage());
        IllegalStateException option = assertThrows(IllegalStateException.class, () -> DictionaryFiles.readVerbOverrides(rows(
                "111\tcriticize\tobjekt=x\n", "verbs.tsv")));
        assertTrue(option.getMessage().contains("unknown option 'objekt=x'"), option.getMessage());
        IllegalStateException dates = assertThrows(IllegalStateException.class, () -> DictionaryFiles.readActorOverrides(rows(
                "Some One\tUSAGOV\t2017-01-20\t2016-01-20\n", "actors.tsv")));
        assertTrue(dates.getMessage().startsWith("actors.tsv:1: column 4"), dates.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> DictionaryFiles.readAgents(rows(
                "minister\tGOV\nminister\tMIL\n", "agents.tsv")));
        assertTrue(twice.getMessage().startsWith("agents.tsv:2:"), twice.getMessage());
    }

    private static List<Tsv.Row> rows(String text, String name) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, 2, 12, false);
    }
}
