package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.CountType;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.TimeExpression;

/**
 * The reference document (examples/al-jazeera-2017-04-10.txt, a scraped Al Jazeera report of 10 April 2017)
 * through extraction and annotation: what the issue asks of it, checked one fact at a time.
 */
class ReferenceDocumentTest {
    private static Article article;
    private static Annotations a;

    @BeforeAll
    static void annotate() throws IOException {
        Path file = Path.of("..", "examples", "al-jazeera-2017-04-10.txt");
        InputDocument doc = InputDocument.text("al-jazeera-2017-04-10", Files.readString(file));
        article = Newsgraph.extract(doc, ExtractOptions.builder()
                .published(Published.of(LocalDate.of(2017, 4, 10), DateSource.USER)).build());
        a = SharedAnnotator.get().annotate(article);
    }

    private static Entity entity(String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities().stream().map(Entity::name).toList()));
    }

    private static Quote quote(String startsWith) {
        return a.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startsWith));
    }

    private static String speaker(Quote q) {
        return q.speaker() < 0 ? "?" : a.entities().get(q.speaker()).name();
    }

    @Test
    void peopleAreOneEntityEachWithAliasesRolesAndCountry() {
        Entity johnson = entity("Boris Johnson");
        assertEquals(EntityType.PERSON, johnson.type());
        assertTrue(johnson.aliases().contains("Johnson"));
        assertEquals(Optional.of("GBR"), johnson.country());
        assertTrue(johnson.roles().stream().anyMatch(r -> r.title().equals("Foreign Secretary") && r.country().equals(Optional.of("GBR"))));

        Entity tillerson = entity("Rex Tillerson");
        assertTrue(tillerson.roles().stream().anyMatch(r -> r.title().equals("Secretary of State") && r.country().equals(Optional.of("USA"))));
        Entity peskov = entity("Dmitry Peskov");
        Entity putin = entity("Vladimir Putin");
        assertTrue(peskov.roles().stream().anyMatch(r -> r.title().equalsIgnoreCase("spokesman") && r.affiliation() == putin.id()),
                () -> "Peskov roles " + peskov.roles());
        assertEquals(Optional.of("RUS"), peskov.country());
        assertEquals(Optional.of("SYR"), entity("Bashar al-Assad").country());
        assertEquals(Optional.of("CAN"), entity("Justin Trudeau").country());
        // Every "Johnson" mention belongs to Boris Johnson; no other Johnson entity.
        assertEquals(1, a.entities().stream().filter(e -> e.name().contains("Johnson")).count());
    }

    @Test
    void theresaMayIsAPersonNeverADate() {
        Entity may = entity("Theresa May");
        assertEquals(EntityType.PERSON, may.type());
        assertTrue(may.aliases().contains("May"), () -> "aliases " + may.aliases());
        for (TimeExpression t : a.dates()) assertFalse(t.text().contains("May"), () -> "date " + t);
        // "Trump and May said", "May's Downing Street office": both mentions of her.
        long mayMentions = a.mentions().stream().filter(m -> m.entity() == may.id()).count();
        assertTrue(mayMentions >= 3, () -> "May mentions: " + mayMentions);
    }

    @Test
    void countriesOrganisationsAndAcronymsAreMerged() {
        Entity us = entity("United States");
        assertEquals(Optional.of("USA"), us.country());
        assertTrue(us.aliases().contains("US"));
        Entity uk = entity("United Kingdom");
        assertTrue(uk.aliases().contains("Britain") && uk.aliases().contains("UK"), () -> "UK aliases " + uk.aliases());
        Entity isil = entity("Islamic State of Iraq and the Levant");
        assertEquals(EntityType.ORGANIZATION, isil.type());
        assertTrue(isil.aliases().contains("ISIL"));
        Entity g7 = entity("Group of Seven");
        assertTrue(g7.aliases().contains("G7"));
        assertEquals(3, g7.mentions());
        Entity sohr = entity("Syrian Observatory for Human Rights");
        assertEquals(EntityType.ORGANIZATION, sohr.type());
        // No stray person "Levant", no "Iraq" country inside the ISIL name.
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Levant") || e.name().equals("Iraq")));
        Entity syrian = entity("Syrian");
        assertEquals(EntityType.NATIONALITY, syrian.type());
        assertEquals(Optional.of("SYR"), syrian.country());
    }

    @Test
    void titlesUsedAsNamesJoinTheirHolder() {
        Entity assad = entity("Bashar al-Assad");
        // "support for the Syrian president" is Assad.
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.TITLE && m.text().equals("president")
                && m.entity() == assad.id()));
    }

    @Test
    void everyQuotationHasItsSpeaker() {
        assertEquals("Boris Johnson", speaker(quote("game changer")));
        assertEquals("Boris Johnson", speaker(quote("was toxifying")));
        Quote mandate = quote("What we’re trying to do");
        assertEquals(QuoteKind.DIRECT, mandate.kind());
        assertEquals("Boris Johnson", speaker(mandate));
        Quote peskov = quote("Returning to pseudo-attempts");
        assertEquals(QuoteKind.DIRECT, peskov.kind());
        assertEquals("Dmitry Peskov", speaker(peskov));
        Quote window = quote("window of opportunity");
        assertEquals(QuoteKind.PARTIAL, window.kind());
        assertTrue(window.speakerText().orElseThrow().contains("Theresa May") && window.speakerText().get().contains("Donald Trump"),
                () -> "window speaker " + window.speakerText());
        Quote spokeswoman = quote("The prime minister and the president");
        assertEquals("a spokeswoman for May’s Downing Street office", spokeswoman.speakerText().orElseThrow());
        assertTrue(spokeswoman.speaker() >= 0, "the spokeswoman speaks for an entity of the article");
        assertEquals("United Kingdom", speaker(quote("fully supported")));
        Quote provides = quote("provides an opportunity");
        assertEquals("Trump and May", provides.speakerText().orElseThrow());
        assertEquals("Boris Johnson", speaker(quote("military figures")));
    }

    @Test
    void reportedSpeechHasItsSpeakerToo() {
        assertEquals("Justin Trudeau", speaker(quote("his country was also ready")));
        assertEquals("Rex Tillerson", speaker(quote("the main priority for the US")));
        assertEquals("Russia", speaker(quote("it will not cut its ties")));
        Quote denial = quote("it was behind the April 4 attack");
        assertEquals("denied", denial.verb().orElseThrow());
        assertEquals("The Syrian government", denial.speakerText().orElseThrow());
        assertEquals("Boris Johnson", speaker(quote("sanctions could be imposed")));
    }

    @Test
    void datesFollowNewsConventions() {
        List<TimeExpression> dates = a.dates();
        assertTrue(dates.stream().filter(t -> t.text().equals("Monday")).allMatch(t -> t.value().equals("2017-04-10")));
        assertTrue(dates.stream().filter(t -> t.text().equals("Tuesday")).allMatch(t -> t.value().equals("2017-04-11")),
                () -> "Tuesdays " + dates);
        assertTrue(dates.stream().anyMatch(t -> t.text().equals("last week") && t.value().equals("2017-W14")));
        // "Tillerson said at the weekend" in a Monday story: the weekend just gone.
        assertTrue(dates.stream().anyMatch(t -> t.text().contains("weekend") && t.value().equals("2017-W14-WE")), () -> "" + dates);
        assertTrue(dates.stream().anyMatch(t -> t.text().equals("April 4") && t.value().equals("2017-04-04")));
        assertTrue(dates.stream().anyMatch(t -> t.text().equals("two-day") && t.value().equals("P2D")));
    }

    @Test
    void eightySevenKilledIsACountAtKhanSheikhoun() {
        var kill = a.counts().stream().filter(c -> c.type() == CountType.KILL).findFirst().orElseThrow();
        assertEquals(87, kill.number());
        assertEquals("people", kill.object());
        assertEquals(Optional.of("Khan Sheikhoun"), kill.place());
        assertTrue(kill.placeEntity() >= 0);
        assertTrue(a.amounts().stream().anyMatch(m -> m.value() == 0.5 && m.object().contains("population")));
    }

    @Test
    void offsetsPointAtTheirWords() {
        String text = article.text();
        for (Mention m : a.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        for (Quote q : a.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            if (q.speakerStart() >= 0) assertEquals(q.speakerText().orElseThrow(), text.substring(q.speakerStart(), q.speakerEnd()));
            if (q.verbStart() >= 0) assertTrue(text.startsWith(q.verb().orElseThrow(), q.verbStart()));
        }
        for (TimeExpression t : a.dates()) assertEquals(t.text(), text.substring(t.start(), t.end()));
        for (var c : a.counts()) assertNotNull(text.substring(c.start(), c.end()));
        for (var e : a.entities()) assertTrue(e.mentions() > 0);
    }
}
