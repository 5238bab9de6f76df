package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;

class NerBenchmarkTest {
    @Test
    void iob1AndIob2GiveTheSameSpans() {
        List<NerBenchmark.Span> iob1 = NerBenchmark.spans(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"));
        List<NerBenchmark.Span> iob2 = NerBenchmark.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"));
        List<NerBenchmark.Span> want = List.of(new NerBenchmark.Span(0, 1, "PER"), new NerBenchmark.Span(3, 3, "LOC"),
                new NerBenchmark.Span(4, 4, "LOC"), new NerBenchmark.Span(5, 5, "ORG"));
        assertEquals(want, iob1);
        assertEquals(want, iob2);
    }

    @Test
    void readsConll2003WikiGoldAndIdWordTagLayouts(@TempDir Path dir) throws IOException {
        Path conll = dir.resolve("a.conll");
        Files.writeString(conll, "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- -X- O\n\nPeter NNP B-NP I-PER\n");
        List<NerBenchmark.Doc> docs = NerBenchmark.read(conll);
        assertEquals(2, docs.size());
        assertEquals("I-ORG", docs.get(0).sentences().get(0).get(0).tag());
        Path two = dir.resolve("b.txt");
        Files.writeString(two, "Paris I-LOC\nis O\n");
        assertEquals("Paris", NerBenchmark.read(two).get(0).sentences().get(0).get(0).word());
        Path ud = dir.resolve("c.iob2");
        Files.writeString(ud, "# sent_id = 1\n1\tVisit\tO\t-\t-\n2\tRome\tB-LOC\t-\t-\n");
        assertEquals("B-LOC", NerBenchmark.read(ud).get(0).sentences().get(0).get(1).tag());
    }

    @Test
    void aBadTagNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.conll");
        Files.writeString(bad, "Paris I-LOC\nis LOC\n");
        IOException e = assertThrows(IOException.class, () -> NerBenchmark.read(bad));
        assertTrue(e.getMessage().contains("bad.conll:2"), e.getMessage());
    }

    @Test
    void typesMapToConllClasses() {
        assertEquals("LOC", NerBenchmark.conllType(EntityType.CITY).orElseThrow());
        assertEquals("MISC", NerBenchmark.conllType(EntityType.NATIONALITY).orElseThrow());
        assertTrue(NerBenchmark.conllType(EntityType.TITLE).isEmpty());
    }
}
