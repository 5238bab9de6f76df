package org.newsgraph.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.code.eval.EventEval;

/** The evaluation: metric on hand-made cases always; a slice of the dev gold when ../shared is present. */
class EventEvalTest {
    private static final Path GOLD = Path.of("..", "..", "shared", "data", "cameo", "validation-dev.jsonl");

    @Test
    void scoresTriplesAndCodesAsMultisets() {
        EventEval.Record rec = new EventEval.Record("r", "text", java.util.Optional.empty(),
                List.of(List.of("USA", "RUS", "042"), List.of("USA", "RUS", "042"), List.of("GBR", "", "111")),
                EventEval.Scheme.CAMEO, "", java.util.Optional.empty());
        EventEval.Result r = EventEval.score(List.of(rec), x -> List.of());
        assertEquals(new EventEval.Counts(0, 0, 3), r.triples());
        assertEquals(0.0, r.triples().f1());
    }

    @Test
    void devGoldSliceScoresAboveFloor() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD), "../shared is absent: skipping the gold evaluation");
        // The real-news records (Phoenix actors): a slice, coded through the whole pipeline.
        List<EventEval.Record> records = EventEval.read(GOLD).stream().filter(r -> r.dictionaries().equals("Phoenix")).toList();
        assertTrue(records.size() >= 20);
        EventCoder coder = SharedAnnotator.coder();
        EventEval.Result r = EventEval.score(records, rec -> coder.code(rec.text(), rec.date(),
                SharedAnnotator.annotator().annotate(rec.text(), rec.date())));
        assertEquals(records.size(), r.scored() + r.skipped());
        // Measured 2026-11 on this slice; a floor well below it catches a broken coder, not noise.
        assertTrue(r.codes().f1() >= 0.2, "code F1 on the Phoenix slice: " + r.codes());
    }
}
