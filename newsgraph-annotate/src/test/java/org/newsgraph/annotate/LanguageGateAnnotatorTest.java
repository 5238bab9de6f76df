package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;

/** Regression for issue 15, item 8: {@link NewsAnnotator} never runs its (English) backend on an article in another language. */
class LanguageGateAnnotatorTest {
    static final String ENGLISH = "The minister said on Monday that the talks with the union would go on next week, and that the port "
            + "would stay open while the two sides met. Workers have voted to strike over pay, the union said in a statement.";
    static final String FRENCH = "Le ministre a déclaré lundi que les discussions avec le syndicat se poursuivraient la semaine prochaine et que "
            + "le port resterait ouvert pendant les réunions. Les ouvriers ont voté pour la grève, a indiqué le syndicat dans un communiqué.";

    static org.newsgraph.model.Article text(String s) {
        return org.newsgraph.Newsgraph.extract(org.newsgraph.ingest.InputDocument.text("t", s + "\n\n" + s),
                org.newsgraph.extract.ExtractOptions.builder().build());
    }
    @Test
    void aFrenchArticleNeverReachesTheBackend() {
        AtomicInteger calls = new AtomicInteger();
        NlpBackend counting = new NlpBackend() {
            @Override
            public Analysis analyze(String text, Optional<LocalDate> documentDate) {
                calls.incrementAndGet();
                throw new AssertionError("the English models must not read: " + text.substring(0, 30));
            }

            @Override
            public String describe() {
                return "counting";
            }
        };
        NewsAnnotator annotator = new NewsAnnotator(counting, w -> {});
        var french = text(FRENCH);
        assertEquals(Annotations.empty(), annotator.annotate(french));
        assertTrue(annotator.notAnnotated(french).orElse("").startsWith("language fr"), annotator.notAnnotated(french).toString());
        assertEquals(0, calls.get());
        assertEquals(Optional.empty(), annotator.notAnnotated(text(ENGLISH)));
    }
}
