package org.newsgraph.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Role;

/** Verb patterns, actors and modality on hand-built parses: no CoreNLP, milliseconds each. */
class EventCoderTest {
    private static final EventCoder CODER = new EventCoder();
    private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2017, 4, 10));

    private static List<Event> code(Sentences s) {
        return CODER.code(s.text(), DAY, s.annotations());
    }

    private static Event only(List<Event> events, String code) {
        List<Event> found = events.stream().filter(e -> e.code().equals(code)).toList();
        assertEquals(1, found.size(), "one " + code + " event in " + events);
        return found.get(0);
    }

    @Test
    void objectGivesTargetAndRoleWordsGiveRoles() {
        Sentences s = new Sentences();
        s.sentence("Italy/NNP/Italy/nsubj/3 has/VBZ/have/aux/3 invited/VBN/invite/root/0 the/DT/the/det/6 foreign/JJ/foreign/amod/6 "
                + "ministers/NNS/minister/obj/3 of/IN/of/case/8 Jordan/NNP/Jordan/nmod/6 ./././punct/3");
        s.entity(0, 0, 0, EntityType.COUNTRY, "ITA");
        s.entity(0, 7, 7, EntityType.COUNTRY, "JOR");
        Event e = only(code(s), "036");
        assertEquals("ITA", e.source().orElseThrow().code());
        assertEquals("JORGOV", e.target().orElseThrow().code());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("invited", e.first().action());
        assertEquals(Optional.of("AGREE"), e.plover().map(p -> p.event()));
    }

    @Test
    void willNotIsNegatedAndTiesWithGiveTheTarget() {
        Sentences s = new Sentences();
        s.sentence("Russia/NNP/Russia/nsubj/4 will/MD/will/aux/4 not/RB/not/advmod/4 cut/VB/cut/root/0 its/PRP$/its/nmod:poss/6 "
                + "ties/NNS/tie/obj/4 with/IN/with/case/8 Syria/NNP/Syria/nmod/6 ./././punct/4");
        s.entity(0, 0, 0, EntityType.COUNTRY, "RUS");
        s.entity(0, 7, 7, EntityType.COUNTRY, "SYR");
        Event e = only(code(s), "161");
        assertEquals("RUS", e.source().orElseThrow().code());
        assertEquals("SYR", e.target().orElseThrow().code());
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals("cut its ties", e.first().action());
    }

    @Test
    void couldAndReadyToAreHypotheticalAndTheSpeakerReports() {
        Sentences s = new Sentences();
        // Trudeau said his country was ready to stiffen sanctions on Moscow.
        s.sentence("Trudeau/NNP/Trudeau/nsubj/2 said/VBD/say/root/0 his/PRP$/his/nmod:poss/4 country/NN/country/nsubj/6 "
                + "was/VBD/be/cop/6 ready/JJ/ready/ccomp/2 to/TO/to/mark/8 stiffen/VB/stiffen/xcomp/6 sanctions/NNS/sanction/obj/8 "
                + "on/IN/on/case/11 Moscow/NNP/Moscow/obl/8 ./././punct/2");
        s.entity(0, 0, 0, EntityType.PERSON, "CAN", new Role("Prime Minister", Optional.of("CAN"), -1));
        s.entity(0, 10, 10, EntityType.CITY, "RUS");
        s.reference(0, 2, 0); // "his" is Trudeau's: the annotate stage's one pronoun resolution
        Event e = only(code(s), "163");
        assertEquals("CAN", e.source().orElseThrow().code());
        assertEquals("RUSGOV", e.target().orElseThrow().code(), "a capital standing for its country is its government");
        assertEquals(Modality.HYPOTHETICAL, e.modality());
        assertEquals(0, e.first().reporter());
        // Saying one is ready to sanction is a threat, and that statement was made.
        Event threat = only(code(s), "1312");
        assertEquals("RUSGOV", threat.target().orElseThrow().code());
        assertTrue(threat.modality().factual());
    }

    @Test
    void mustPutsADemandOnTheSubject() {
        Sentences s = new Sentences();
        // Russia said Sudan must return the helicopter.
        s.sentence("Russia/NNP/Russia/nsubj/2 said/VBD/say/root/0 Sudan/NNP/Sudan/nsubj/5 must/MD/must/aux/5 "
                + "return/VB/return/ccomp/2 the/DT/the/det/7 property/NN/property/obj/5 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "RUS");
        s.entity(0, 2, 2, EntityType.COUNTRY, "SDN");
        List<Event> events = code(s);
        assertEquals(Modality.HYPOTHETICAL, only(events, "084").modality());
        Event demand = only(events, "1053");
        assertEquals("RUS", demand.source().orElseThrow().code());
        assertEquals("SDN", demand.target().orElseThrow().code());
        assertEquals(Modality.ASSERTED, demand.modality());
    }

    @Test
    void denialsAndDeniedClaims() {
        Sentences s = new Sentences();
        // Russia has rejected accusations that Assad used chemical arms.
        s.sentence("Russia/NNP/Russia/nsubj/3 has/VBZ/have/aux/3 rejected/VBN/reject/root/0 accusations/NNS/accusation/obj/3 "
                + "that/IN/that/mark/7 Assad/NNP/Assad/nsubj/7 used/VBD/use/ccomp/4 chemical/JJ/chemical/amod/9 arms/NNS/arm/obj/7 ./././punct/3");
        s.entity(0, 0, 0, EntityType.COUNTRY, "RUS");
        s.entity(0, 5, 5, EntityType.PERSON, "SYR", new Role("President", Optional.of("SYR"), -1));
        List<Event> events = code(s);
        Event denial = only(events, "016");
        assertEquals("RUS", denial.source().orElseThrow().code());
        assertEquals(Modality.ASSERTED, denial.modality());
        Event claim = only(events, "2041");
        assertEquals("SYRGOV", claim.source().orElseThrow().code());
        assertEquals(Modality.DENIED, claim.modality());
        assertEquals(0, claim.first().reporter());
    }

    @Test
    void dueToIsFutureAndTitlesGiveGovernment() {
        Sentences s = new Sentences();
        s.sentence("Secretary/NNP/Secretary/compound/2 Tillerson/NNP/Tillerson/nsubj/4 is/VBZ/be/cop/4 due/JJ/due/root/0 "
                + "to/TO/to/mark/6 travel/VB/travel/xcomp/4 to/IN/to/case/8 Moscow/NNP/Moscow/obl/6 ./././punct/4");
        s.entity(0, 1, 1, EntityType.PERSON, "USA", new Role("Secretary of State", Optional.of("USA"), -1));
        s.entity(0, 7, 7, EntityType.CITY, "RUS");
        Event e = only(code(s), "042");
        assertEquals("USAGOV", e.source().orElseThrow().code());
        assertEquals("RUSGOV", e.target().orElseThrow().code(), "a visit to the capital is to its government");
        assertEquals(Modality.FUTURE, e.modality());
    }

    @Test
    void namesTheTextLeavesUnexplainedComeFromTheListForTheDate() {
        Sentences s = new Sentences();
        s.sentence("Trump/NNP/Trump/nsubj/2 criticized/VBD/criticize/root/0 Iran/NNP/Iran/obj/2 ./././punct/2");
        s.entity(0, 0, 0, EntityType.PERSON, null);
        s.entity(0, 2, 2, EntityType.COUNTRY, "IRN");
        // A surname alone is the listed person of that surname in office on the date.
        assertEquals("USAGOV", only(code(s), "111").source().orElseThrow().code());
        Sentences other = new Sentences();
        other.sentence("Melania/NNP/Melania/compound/2 Trump/NNP/Trump/nsubj/3 criticized/VBD/criticize/root/0 Iran/NNP/Iran/obj/3 ./././punct/3");
        other.entity(0, 0, 1, EntityType.PERSON, null);
        other.entity(0, 3, 3, EntityType.COUNTRY, "IRN");
        assertTrue(code(other).stream().noneMatch(e -> e.source().map(a -> a.code().equals("USAGOV")).orElse(false)),
                "a full name the list lacks is not the listed surname");
        Sentences full = new Sentences();
        full.sentence("Donald/NNP/Donald/compound/2 Trump/NNP/Trump/nsubj/3 criticized/VBD/criticize/root/0 Iran/NNP/Iran/obj/3 ./././punct/3");
        full.entity(0, 0, 1, EntityType.PERSON, null);
        full.entity(0, 3, 3, EntityType.COUNTRY, "IRN");
        assertEquals("USAGOV", only(code(full), "111").source().orElseThrow().code());
        List<Event> before = CODER.code(full.text(), Optional.of(LocalDate.of(2010, 1, 1)), full.annotations());
        assertTrue(before.stream().noneMatch(e -> e.source().map(a -> a.code().equals("USAGOV")).orElse(false)),
                "Trump held no office in 2010");
    }

    @Test
    void repeatedEventsAreMergedWithAllTheirMentions() {
        Sentences s = new Sentences();
        s.sentence("Britain/NNP/Britain/nsubj/2 condemned/VBD/condemn/root/0 Syria/NNP/Syria/obj/2 ./././punct/2");
        s.sentence("Britain/NNP/Britain/nsubj/2 condemned/VBD/condemn/root/0 Syria/NNP/Syria/obj/2 again/RB/again/advmod/2 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "GBR");
        s.entity(0, 2, 2, EntityType.COUNTRY, "SYR");
        s.entity(1, 0, 0, EntityType.COUNTRY, "GBR");
        s.entity(1, 2, 2, EntityType.COUNTRY, "SYR");
        Event e = only(code(s), "111");
        assertEquals(2, e.mentions().size());
        assertEquals(List.of(0, 1), e.mentions().stream().map(m -> m.sentence()).toList());
        assertEquals(-2.0, e.goldstein(), 1e-9, "the table's Goldstein value for 111");
        assertEquals(3, e.quadClass());
    }

    @Test
    void actsNamedByNounsNeedAnActorAndKeepTheirDoubts() {
        Sentences s = new Sentences();
        // The US strike on Syria ... ; a suspected Iranian attack on Israel ...; an attack on Israel.
        s.sentence("The/DT/the/det/3 US/NNP/US/compound/3 strike/NN/strike/nsubj/7 on/IN/on/case/5 Syria/NNP/Syria/nmod/3 "
                + "was/VBD/be/cop/7 unexpected/JJ/unexpected/root/0 ./././punct/7");
        s.sentence("A/DT/a/det/4 suspected/VBN/suspect/amod/4 Iranian/JJ/Iranian/amod/4 attack/NN/attack/nsubj/8 on/IN/on/case/6 "
                + "Israel/NNP/Israel/nmod/4 was/VBD/be/cop/8 reported/VBN/report/root/0 ./././punct/8");
        s.sentence("An/DT/an/det/2 attack/NN/attack/nsubj/5 on/IN/on/case/4 Israel/NNP/Israel/nmod/2 followed/VBD/follow/root/0 ./././punct/5");
        s.entity(0, 1, 1, EntityType.COUNTRY, "USA");
        s.entity(0, 4, 4, EntityType.COUNTRY, "SYR");
        s.entity(1, 5, 5, EntityType.COUNTRY, "ISR");
        s.entity(2, 3, 3, EntityType.COUNTRY, "ISR");
        List<Event> events = code(s);
        assertEquals(1, events.size(), "the Iranian adjective is no named compound, and the last attack has no actor: " + events);
        Event strike = events.get(0);
        assertEquals("190", strike.code());
        assertEquals("USA", strike.source().orElseThrow().code());
        assertEquals("SYR", strike.target().orElseThrow().code());
        assertEquals(Modality.ASSERTED, strike.modality());
        Sentences doubt = new Sentences();
        doubt.sentence("The/DT/the/det/4 suspected/VBN/suspect/amod/4 Iran/NNP/Iran/compound/4 attack/NN/attack/nsubj/6 "
                + "was/VBD/be/cop/6 denied/VBN/deny/root/0 ./././punct/6");
        doubt.entity(0, 2, 2, EntityType.COUNTRY, "IRN");
        assertEquals(Modality.HYPOTHETICAL, only(code(doubt), "190").modality());
    }

    @Test
    void demandsTakeTheirTargetFromTheThatClause() {
        Sentences s = new Sentences();
        s.sentence("China/NNP/China/nsubj/2 demanded/VBD/demand/root/0 that/IN/that/mark/6 the/DT/the/det/5 US/NNP/US/nsubj/6 "
                + "cancel/VB/cancel/ccomp/2 the/DT/the/det/8 sale/NN/sale/obj/6 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "CHN");
        s.entity(0, 4, 4, EntityType.COUNTRY, "USA");
        Event e = only(code(s), "100");
        assertEquals("CHN", e.source().orElseThrow().code());
        assertEquals("USA", e.target().orElseThrow().code());
    }

    @Test
    void threatsAimAtWhomTheThreatenedActAimsAt() {
        Sentences s = new Sentences();
        s.sentence("Iran/NNP/Iran/nsubj/2 threatened/VBD/threaten/root/0 to/TO/to/mark/4 launch/VB/launch/xcomp/2 an/DT/a/det/6 "
                + "offensive/NN/offensive/obj/4 against/IN/against/case/8 Iraq/NNP/Iraq/obl/4 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "IRN");
        s.entity(0, 7, 7, EntityType.COUNTRY, "IRQ");
        // The threat takes the content of what is threatened (PETRARCH's coding ontology): military force, 138.
        Event e = only(code(s), "138");
        assertEquals("IRN", e.source().orElseThrow().code());
        assertEquals("IRQ", e.target().orElseThrow().code());
        assertTrue(code(s).stream().noneMatch(x -> x.code().equals("130")), "no bare threat beside the composed one");
    }

    @Test
    void actsOfOthersAndPeopleActedOnStandForTheirCountry() {
        Sentences s = new Sentences();
        // "Beirut rejected Thursday a United Nations appeal": the parser hangs the object on the date.
        s.sentence("Beirut/NNP/Beirut/nsubj/2 rejected/VBD/reject/root/0 Thursday/NNP/Thursday/obl:tmod/2 a/DT/a/det/7 "
                + "United/NNP/United/compound/6 Nations/NNP/Nations/compound/7 appeal/NN/appeal/dep/3 ./././punct/2");
        s.entity(0, 0, 0, EntityType.CITY, "LBN");
        s.entity(0, 4, 5, EntityType.ORGANIZATION, null);
        Event e = only(code(s), "120");
        assertEquals("LBNGOV", e.source().orElseThrow().code(), "a capital standing for its country is its government");
        assertEquals("IGOUNO", e.target().orElseThrow().code());
        Sentences expel = new Sentences();
        expel.sentence("Switzerland/NNP/Switzerland/nsubj/2 expelled/VBD/expel/root/0 two/CD/two/nummod/5 Russian/JJ/Russian/amod/5 "
                + "diplomats/NNS/diplomat/obj/2 ./././punct/2");
        expel.entity(0, 0, 0, EntityType.COUNTRY, "CHE");
        expel.entity(0, 3, 3, EntityType.NATIONALITY, "RUS");
        assertEquals("RUSGOV", only(code(expel), "166").target().orElseThrow().code());
    }

    @Test
    void aPronounUnderASpeechVerbIsTheSpeakerWithItsRole() {
        Sentences s = new Sentences();
        s.sentence("Afghan/JJ/Afghan/amod/3 rebel/NN/rebel/compound/3 leaders/NNS/leader/nsubj/4 said/VBD/say/root/0 "
                + "they/PRP/they/nsubj/7 would/MD/would/aux/7 attack/VB/attack/ccomp/4 Kandahar/NNP/Kandahar/obj/7 ./././punct/4");
        s.entity(0, 0, 0, EntityType.NATIONALITY, "AFG");
        s.entity(0, 7, 7, EntityType.CITY, "AFG");
        Event e = only(code(s), "190");
        assertEquals("AFGREB", e.source().orElseThrow().code(), "rebel leaders lead rebels");
        assertEquals(Modality.HYPOTHETICAL, e.modality());
    }

    @Test
    void protestActsAndRoleWordsOnThings() {
        Sentences s = new Sentences();
        s.sentence("Activists/NNS/activist/nsubj/2 staged/VBD/stage/root/0 a/DT/a/det/5 hunger/NN/hunger/compound/5 "
                + "strike/NN/strike/obj/2 ./././punct/2");
        assertEquals("---OPP", only(code(s), "142").source().orElseThrow().code());
        Sentences thing = new Sentences();
        thing.sentence("Britain/NNP/Britain/nsubj/2 praised/VBD/praise/root/0 the/DT/the/det/5 military/JJ/military/amod/5 "
                + "plan/NN/plan/obj/2 ./././punct/2");
        thing.entity(0, 0, 0, EntityType.COUNTRY, "GBR");
        assertTrue(only(code(thing), "051").target().isEmpty(), "a military plan is no actor");
    }

    @Test
    void noPatternNoEvent() {
        Sentences s = new Sentences();
        s.sentence("Britain/NNP/Britain/nsubj/2 toxified/VBD/toxify/root/0 Syria/NNP/Syria/obj/2 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "GBR");
        s.entity(0, 2, 2, EntityType.COUNTRY, "SYR");
        assertEquals(List.of(), code(s), "a verb no dictionary knows codes nothing");
        Sentences gave = new Sentences();
        gave.sentence("Britain/NNP/Britain/nsubj/2 gave/VBD/give/root/0 Syria/NNP/Syria/iobj/2 a/DT/a/det/5 mandate/NN/mandate/obj/2 ./././punct/2");
        gave.entity(0, 0, 0, EntityType.COUNTRY, "GBR");
        gave.entity(0, 2, 2, EntityType.COUNTRY, "SYR");
        assertTrue(code(gave).stream().allMatch(e -> e.target().map(a -> a.code().equals("SYR")).orElse(false)),
                "what is given goes to the indirect object");
    }

    @Test
    void quantitiesAndPartsShowWhatIsActedOn() {
        Sentences s = new Sentences();
        // Burmese troops captured part of a stronghold: the stronghold is what was captured.
        s.sentence("Burmese/JJ/Burmese/amod/2 troops/NNS/troops/nsubj/3 captured/VBD/capture/root/0 part/NN/part/obj/3 "
                + "of/IN/of/case/7 a/DT/a/det/7 stronghold/NN/stronghold/nmod/4 ./././punct/3");
        s.entity(0, 0, 0, EntityType.NATIONALITY, "MMR");
        assertEquals("MMRMIL", only(code(s), "190").source().orElseThrow().code(), "troops are military");
        Sentences kg = new Sentences();
        kg.sentence("Swiss/JJ/Swiss/amod/2 doctors/NNS/doctor/nsubj/3 handed/VBD/hand/root/0 over/RP/over/compound:prt/3 "
                + "700/CD/700/nummod/6 kg/NN/kg/obj/3 of/IN/of/case/8 medicine/NN/medicine/nmod/6 to/TO/to/case/10 "
                + "Iraq/NNP/Iraq/obl/3 ./././punct/3");
        kg.entity(0, 0, 0, EntityType.NATIONALITY, "CHE");
        kg.entity(0, 9, 9, EntityType.COUNTRY, "IRQ");
        assertEquals("IRQ", only(code(kg), "073").target().orElseThrow().code());
    }

    @Test
    void failingToReachAgreementIsARejectionToldAsTheFailure() {
        Sentences s = new Sentences();
        s.sentence("Israel/NNP/Israel/nsubj/2 failed/VBD/fail/root/0 to/TO/to/mark/4 reach/VB/reach/xcomp/2 "
                + "agreement/NN/agreement/obj/4 with/IN/with/case/7 Syria/NNP/Syria/obl/4 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "ISR");
        s.entity(0, 6, 6, EntityType.COUNTRY, "SYR");
        Event e = only(code(s), "120");
        assertEquals("ISR", e.source().orElseThrow().code());
        assertEquals("SYR", e.target().orElseThrow().code());
        assertEquals(Modality.ASSERTED, e.modality(), "the failure happened");
        Sentences reached = new Sentences();
        reached.sentence("Israel/NNP/Israel/nsubj/2 reached/VBD/reach/root/0 agreement/NN/agreement/obj/2 ./././punct/2");
        reached.entity(0, 0, 0, EntityType.COUNTRY, "ISR");
        assertTrue(code(reached).stream().noneMatch(x -> x.code().startsWith("12")), "reaching agreement is no rejection");
    }

    @Test
    void bordersShieldsAndIntransitiveWithdrawal() {
        Sentences s = new Sentences();
        s.sentence("Russia/NNP/Russia/nsubj/2 closed/VBD/close/root/0 its/PRP$/its/nmod:poss/4 borders/NNS/border/obj/2 "
                + "with/IN/with/case/6 Iran/NNP/Iran/nmod/4 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "RUS");
        s.entity(0, 5, 5, EntityType.COUNTRY, "IRN");
        assertEquals("IRN", only(code(s), "191").target().orElseThrow().code());
        Sentences shields = new Sentences();
        shields.sentence("The/DT/the/det/2 army/NN/army/nsubj/3 held/VBD/hold/root/0 refugees/NNS/refugee/obj/3 as/IN/as/case/7 "
                + "human/JJ/human/amod/7 shields/NNS/shield/obl/3 ./././punct/3");
        assertEquals("---MIL", only(code(shields), "184").source().orElseThrow().code());
        Sentences held = new Sentences();
        held.sentence("The/DT/the/det/2 army/NN/army/nsubj/3 held/VBD/hold/root/0 talks/NNS/talk/obj/3 ./././punct/3");
        assertTrue(code(held).stream().noneMatch(e -> e.code().equals("184")), "holding is no shield without one");
        Sentences withdrew = new Sentences();
        withdrew.sentence("UN/NNP/UN/compound/2 troops/NNS/troops/nsubj/3 withdrew/VBD/withdraw/root/0 from/IN/from/case/5 "
                + "Syria/NNP/Syria/obl/3 ./././punct/3");
        withdrew.entity(0, 4, 4, EntityType.COUNTRY, "SYR");
        assertEquals("SYR", only(code(withdrew), "087").target().orElseThrow().code());
    }

    @Test
    void actsNamedByNounsTakeTheDoerOfALightVerb() {
        Sentences s = new Sentences();
        s.sentence("Serb/JJ/Serb/amod/2 forces/NNS/force/nsubj:pass/4 were/VBD/be/aux:pass/4 engaged/VBN/engage/root/0 "
                + "in/IN/in/case/7 ethnic/JJ/ethnic/amod/7 cleansing/NN/cleansing/obl/4 against/IN/against/case/10 "
                + "Albanian/JJ/Albanian/amod/10 civilians/NNS/civilian/nmod/7 ./././punct/4");
        s.entity(0, 0, 0, EntityType.NATIONALITY, "SRB");
        s.entity(0, 8, 8, EntityType.NATIONALITY, "ALB");
        Event e = only(code(s), "203");
        assertEquals("SRBMIL", e.source().orElseThrow().code());
        assertEquals("ALBCVL", e.target().orElseThrow().code());
        Sentences not = new Sentences();
        not.sentence("Serbia/NNP/Serbia/nsubj/4 did/VBD/do/aux/4 not/RB/not/advmod/4 commit/VB/commit/root/0 "
                + "ethnic/JJ/ethnic/amod/6 cleansing/NN/cleansing/obj/4 ./././punct/4");
        not.entity(0, 0, 0, EntityType.COUNTRY, "SRB");
        assertEquals(Modality.NEGATED, only(code(not), "203").modality(), "the verb says it was not done");
    }

    @Test
    void subjectOfAPassiveCarriesToItsConjunctAndComplement() {
        Sentences s = new Sentences();
        s.sentence("The/DT/the/det/2 minister/NN/minister/nsubj:pass/4 was/VBD/be/aux:pass/4 indicted/VBN/indict/root/0 "
                + "and/CC/and/cc/7 will/MD/will/aux/7 resign/VB/resign/conj/4 ./././punct/4");
        assertEquals("---GOV", only(code(s), "0831").source().orElseThrow().code());
    }

    @Test
    void pluralLemmasThingsOfActorsAndOfficersOfAService() {
        Sentences s = new Sentences();
        // The lemmatiser leaves "troops" plural; the pattern's "troop" still matches.
        s.sentence("Syria/NNP/Syria/nsubj/2 withdrew/VBD/withdraw/root/0 its/PRP$/its/nmod:poss/4 troops/NNS/troops/obj/2 "
                + "from/IN/from/case/6 Lebanon/NNP/Lebanon/obl/2 ./././punct/2");
        s.entity(0, 0, 0, EntityType.COUNTRY, "SYR");
        s.entity(0, 5, 5, EntityType.COUNTRY, "LBN");
        Event withdrawal = code(s).stream().filter(e -> e.code().startsWith("087")).findFirst().orElseThrow();
        assertEquals("LBN", withdrawal.target().orElseThrow().code());
        Sentences hack = new Sentences();
        // The phrase names a thing: its owner is the target, and army officers are military.
        hack.sentence("Korea/NNP/Korea/nsubj/2 hacked/VBD/hack/root/0 into/IN/into/case/5 the/DT/the/det/5 "
                + "computers/NNS/computer/obl/2 of/IN/of/case/9 Japanese/JJ/Japanese/amod/9 army/NN/army/compound/9 "
                + "officers/NNS/officer/nmod/5 ./././punct/2");
        hack.entity(0, 0, 0, EntityType.COUNTRY, "PRK");
        hack.entity(0, 6, 6, EntityType.NATIONALITY, "JPN");
        assertEquals("JPNMIL", only(code(hack), "176").target().orElseThrow().code());
    }
}
