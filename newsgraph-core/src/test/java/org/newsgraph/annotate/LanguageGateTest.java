package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ExtractOptions;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;

/**
 * Regression for issue 15, item 8: every language was annotated as English. Texts written for this test
 * (no third-party text), a few sentences in each language.
 */
class LanguageGateTest {
    static final String ENGLISH = "The minister said on Monday that the talks with the union would go on next week, and that the port "
            + "would stay open while the two sides met. Workers have voted to strike over pay, the union said in a statement.";
    static final String FRENCH = "Le ministre a déclaré lundi que les discussions avec le syndicat se poursuivraient la semaine prochaine et que "
            + "le port resterait ouvert pendant les réunions. Les ouvriers ont voté pour la grève, a indiqué le syndicat dans un communiqué.";
    static final String GERMAN = "Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft in der nächsten Woche weitergehen und "
            + "der Hafen auch während der Treffen geöffnet bleibt. Die Arbeiter haben für einen Streik gestimmt, teilte die Gewerkschaft mit.";
    static final String ARABIC = "قال الوزير يوم الاثنين إن المحادثات مع النقابة ستستمر الأسبوع المقبل وإن الميناء سيبقى مفتوحا خلال الاجتماعات. "
            + "وصوت العمال على الإضراب بسبب الأجور بحسب بيان النقابة.";
    static final String CHINESE = "部长周一表示，与工会的谈判将在下周继续，会议期间港口将保持开放。工会在一份声明中说，工人们已投票决定因工资问题举行罢工。";
    static final String TURKISH = "Bakan pazartesi günü sendikayla görüşmelerin gelecek hafta süreceğini ve toplantılar sırasında limanın açık "
            + "kalacağını söyledi. İşçiler ücretler nedeniyle greve gitme kararı aldı, sendika yaptığı açıklamada bunu duyurdu. Liman yönetimi "
            + "ise konuyla ilgili henüz bir açıklama yapmadı ve bekleyen gemiler için yeni bir plan hazırladığını belirtti.";

    static Article text(String s) {
        return Newsgraph.extract(InputDocument.text("t", s + "\n\n" + s), ExtractOptions.builder().build());
    }

    /** An article with this body as it is (the text extractor does not yet split CJK text into paragraphs). */
    static Article raw(String body) {
        return new Article("r", "r", org.newsgraph.model.ArticleStatus.ARTICLE, Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(),
                Optional.empty(), Optional.empty(), java.util.List.of(), body, Optional.empty(), Optional.empty(), Optional.empty(),
                org.newsgraph.model.InputFormat.TEXT);
    }

    static Article html(String lang, String body) {
        return Newsgraph.extract(InputDocument.html("h", "<html lang=\"" + lang + "\"><head><title>Port talks</title></head><body><article>"
                + "<h1>Port talks</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>"), ExtractOptions.builder().build());
    }

    @Test
    void onlyLanguagesWithModelsAreAnnotated() {
        assertEquals(Optional.empty(), LanguageGate.refusal(text(ENGLISH)));
        for (String[] c : new String[][] {{FRENCH, "fr"}, {GERMAN, "de"}, {ARABIC, "ar"}, {CHINESE, "zh"}}) {
            Optional<String> why = LanguageGate.refusal(raw(c[0]));
            assertTrue(why.isPresent() && why.get().startsWith("language " + c[1] + " (from the text): no annotation models"), c[1] + ": " + why);
        }
        assertTrue(LanguageGate.refusal(text(TURKISH)).orElse("").startsWith("language not recognised, and not English"),
                LanguageGate.refusal(text(TURKISH)).toString());
        assertEquals(Optional.empty(), LanguageGate.refusal(text("Police said on Monday.")), "too short to tell: annotated");
    }

    @Test
    void theTextOutweighsThePagesDeclaration() {
        assertEquals(Optional.empty(), LanguageGate.refusal(html("fr", ENGLISH)), "an English text on a page declared French");
        assertTrue(LanguageGate.refusal(html("en-GB", FRENCH)).isPresent(), "a French text on a page declared English");
        assertTrue(LanguageGate.refusal(html("es", "Hola.")).orElse("").startsWith("language es (declared by the page)"),
                "a text too short to tell goes by the page");
    }

    @Test
    void noneSaysAnnotationWasSkipped() {
        assertEquals(Optional.of("annotation skipped (--no-nlp)"), Annotator.none().notAnnotated(text(ENGLISH)));
    }
}
