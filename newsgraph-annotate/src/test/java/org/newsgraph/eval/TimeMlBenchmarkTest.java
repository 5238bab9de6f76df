package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeMlBenchmarkTest {
    private static final Path FIXTURE = Path.of("src/test/resources/timeml/newsgraph-fixture.tml");

    @Test
    void readsTextCreationTimeAndGoldSpans() throws IOException {
        TimeMlBenchmark.Doc d = TimeMlBenchmark.parse("f", Files.readString(FIXTURE));
        assertEquals(Optional.of(LocalDate.of(2017, 4, 10)), d.dct());
        assertEquals(6, d.timexes().size());
        TimeMlBenchmark.Gold first = d.timexes().get(0);
        assertEquals("Monday", d.text().substring(first.start(), first.end()));
        assertEquals("2017-04-10", first.value());
        TimeMlBenchmark.Gold days = d.timexes().get(3);
        assertEquals("two days", d.text().substring(days.start(), days.end()));
        assertEquals("DURATION", days.type());
        // Other tags go, their words stay; entities are decoded.
        assertTrue(d.text().contains("Foreign ministers met in Lucca"));
        assertTrue(d.text().contains("talks & meetings"));
    }

    @Test
    void aFileWithoutTextSaysSo() {
        IOException e = assertThrows(IOException.class, () -> TimeMlBenchmark.parse("broken.tml", "<TimeML></TimeML>"));
        assertTrue(e.getMessage().startsWith("broken.tml"));
    }

    @Test
    void prfArithmetic() {
        TimeMlBenchmark.Prf p = new TimeMlBenchmark.Prf(10, 8, 6);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
        assertEquals(0, new TimeMlBenchmark.Prf(0, 0, 0).f1());
    }
}
