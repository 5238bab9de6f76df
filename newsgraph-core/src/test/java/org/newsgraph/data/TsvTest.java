package org.newsgraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The shipped-table reader: strict, and every error says file, line and column. */
class TsvTest {
    private static List<Tsv.Row> read(String text, String name, int min, int max, boolean header) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, min, max, header);
    }

    @Test
    void skipsCommentsBlankLinesAndTheHeader() {
        List<Tsv.Row> rows = read("# a comment\n\ncode\tlabel\n01\tstatement\n02\tappeal\n", "t.tsv", 2, 2, true);
        assertEquals(2, rows.size());
        assertEquals("t.tsv:4", rows.get(0).where());
        assertEquals("appeal", rows.get(1).get(1));
    }

    @Test
    void badRowsNameFileLineAndColumn() {
        IllegalStateException count = assertThrows(IllegalStateException.class, () -> read("a\tb\tc\n", "x.tsv", 2, 2, false));
        assertEquals("x.tsv:1: expected 2 tab-separated fields, found 3", count.getMessage());
        Tsv.Row row = read("# h\n01\tnot-a-number\n", "codes.tsv", 2, 2, false).get(0);
        IllegalStateException number = assertThrows(IllegalStateException.class, () -> row.number(1, "goldstein"));
        assertEquals("codes.tsv:2: column 2: goldstein 'not-a-number' is not a number", number.getMessage());
        Tsv.Row date = read("x\t2017-13-01\n", "d.tsv", 2, 2, false).get(0);
        assertTrue(assertThrows(IllegalStateException.class, () -> date.date(1, "from")).getMessage().startsWith("d.tsv:1: column 2: from"));
        assertTrue(assertThrows(IllegalStateException.class, () -> row.required(2, "third")).getMessage().contains("third is empty"));
    }

    @Test
    void aConflictingDuplicateIsRefusedAndAnIdenticalOneKept() {
        List<Tsv.Row> rows = read("Congolese\tCOD\nCongolese\tCOD\nCongolese\tCOG\n", "c.tsv", 2, 2, false);
        Map<String, String> m = new HashMap<>();
        Tsv.putUnique(m, rows.get(0).get(0), rows.get(0).get(1), rows.get(0));
        Tsv.putUnique(m, rows.get(1).get(0), rows.get(1).get(1), rows.get(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tsv.putUnique(m, rows.get(2).get(0), rows.get(2).get(1), rows.get(2)));
        assertEquals("c.tsv:3: 'Congolese' is already COD; this row says COG", e.getMessage());
    }

    @Test
    void readsGzipByName() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("a\tb\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Tsv.Row> rows = Tsv.read(new ByteArrayInputStream(bytes.toByteArray()), "x.tsv.gz", 2, 2, false);
        assertEquals("b", rows.get(0).get(1));
    }

    @Test
    void aMissingResourceSaysWhich() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tsv.resource(TsvTest.class, "nope.tsv", 1, 1, false));
        assertTrue(e.getMessage().contains("nope.tsv"));
    }
}
