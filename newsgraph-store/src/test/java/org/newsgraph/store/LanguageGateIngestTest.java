package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.LanguageGate;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * Regression for issue 15, item 8, in the ingest path: an article in a language without models is stored and
 * searchable with {@code annotated = false} and the reason, and the annotator is never asked to annotate it.
 */
class LanguageGateIngestTest {
    @Test
    void otherLanguagesAreStoredUnannotatedWithTheReason(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        String en = "The minister said on Monday that the talks with the union would go on next week, and that the harbour would stay open "
                + "while the two sides met. Workers have voted to strike over pay, the union said in a statement on Tuesday.";
        String fr = "Le ministre a déclaré lundi que les discussions avec le syndicat se poursuivraient la semaine prochaine et que le port "
                + "resterait ouvert pendant les réunions. Les ouvriers ont voté pour la grève, a indiqué le syndicat dans un communiqué.";
        Files.writeString(dir.resolve("en.txt"), "Harbour talks\n\n" + en + "\n\n" + en, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fr.txt"), "Discussions au port\n\n" + fr + "\n\n" + fr, StandardCharsets.UTF_8);
        List<String> asked = new ArrayList<>();
        HandAnnotator hand = new HandAnnotator();
        Annotator gated = new Annotator() {
            @Override
            public Annotations annotate(Article article) {
                asked.add(article.id());
                return hand.annotate(article);
            }

            @Override
            public Optional<String> notAnnotated(Article article) {
                return LanguageGate.refusal(article);
            }
        };
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("s"), Store.Mode.READ_WRITE)) {
            assertEquals(2, StoreIngestTest.ingest(store, gated, List.of(dir.toString()), Optional.empty(), errors).stored(), errors.toString());
            assertEquals(List.of("en"), asked, "only the English article was annotated");
            assertEquals("true", StoreIngestTest.string(store, "SELECT annotated FROM articles WHERE input_id = 'en'"));
            assertEquals(null, StoreIngestTest.string(store, "SELECT annotation_note FROM articles WHERE input_id = 'en'"));
            assertEquals("false", StoreIngestTest.string(store, "SELECT annotated FROM articles WHERE input_id = 'fr'"));
            assertTrue(StoreIngestTest.string(store, "SELECT annotation_note FROM articles WHERE input_id = 'fr'").startsWith("language fr"));
            assertEquals(1, store.index().search(SearchQuery.text("syndicat")).total(), "searchable all the same");
        }
        // --no-nlp says so too.
        try (Store store = Store.open(tmp.resolve("s2"), Store.Mode.READ_WRITE)) {
            StoreIngestTest.ingest(store, Annotator.none(), List.of(dir.resolve("en.txt").toString()), Optional.empty(), errors);
            assertEquals("annotation skipped (--no-nlp)", StoreIngestTest.string(store, "SELECT annotation_note FROM articles"));
        }
    }
}
