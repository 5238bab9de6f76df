package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.NerBenchmark;
import org.newsgraph.eval.TimeMlBenchmark;

/** The two scorers end to end on small fixtures, with the real annotator. */
class EvalOnFixturesTest {
    @Test
    void timeMlFixtureScoresEveryExpression() throws IOException {
        TimeMlBenchmark.Result r = TimeMlBenchmark.run(Path.of("src/test/resources/timeml"), SharedAnnotator.get());
        assertEquals(1, r.files());
        assertEquals(6, r.relaxed().gold());
        assertEquals(1.0, r.relaxed().recall(), () -> "relaxed " + r.relaxed());
        assertEquals(1.0, r.value().recall(), () -> "value errors " + r.valueErrors());
        // Theresa May is not a date.
        assertEquals(6, r.relaxed().predicted(), () -> "predicted " + r.relaxed().predicted());
    }

    @Test
    void conllFixtureScoresPeoplePlacesAndOrganisations(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("fixture.conll");
        // Written for this test, CoNLL-2003 layout, IOB1 tags.
        Files.writeString(gold, """
                -DOCSTART- -X- -X- O

                British JJ B-NP I-MISC
                Foreign NNP I-NP O
                Secretary NNP I-NP O
                Boris NNP I-NP I-PER
                Johnson NNP I-NP I-PER
                visited VBD B-VP O
                Moscow NNP B-NP I-LOC
                . . O O

                The DT B-NP O
                United NNP I-NP I-ORG
                Nations NNP I-NP I-ORG
                said VBD B-VP O
                Johnson NNP B-NP I-PER
                met VBD B-VP O
                Sergei NNP B-NP I-PER
                Lavrov NNP I-NP I-PER
                . . O O
                """);
        NerBenchmark.Result r = NerBenchmark.run(gold, SharedAnnotator.get());
        assertEquals(6, r.overall().gold());
        assertEquals(java.util.Set.of(), r.ignoredTypes(), "the fixture uses all four types");
        assertTrue(r.overall().f1() >= 0.8, () -> "F1 " + r.overall() + " " + r.byType());
    }
}
