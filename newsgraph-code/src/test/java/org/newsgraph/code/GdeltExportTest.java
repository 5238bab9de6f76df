package org.newsgraph.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.code.gdelt.GdeltDocument;
import org.newsgraph.code.gdelt.GdeltEventsWriter;
import org.newsgraph.code.gdelt.GdeltMentionsWriter;
import org.newsgraph.code.gdelt.GkgWriter;
import org.newsgraph.model.Event;

/** Every exported line parses into exactly the codebook's columns with typed values. */
class GdeltExportTest {
    private static final LocalDateTime ADDED = LocalDateTime.of(2017, 4, 10, 12, 0, 0);

    private static GdeltDocument doc() {
        return new GdeltDocument(ReferenceDocument.article(), ReferenceDocument.annotations(), ADDED);
    }

    private static List<String[]> rows(String out, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            assertEquals(columns, f.length, "columns in: " + line);
            rows.add(f);
        }
        return rows;
    }

    private static long integer(String v, String column) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new AssertionError(column + " is not an integer: '" + v + "'", e);
        }
    }

    private static double decimal(String v, String column) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new AssertionError(column + " is not a number: '" + v + "'", e);
        }
    }

    private static void optionalDecimal(String v, String column) {
        if (!v.isEmpty()) decimal(v, column);
    }

    @Test
    void eventsRowsAreTypedAndHoldTheFactualEvents() throws IOException {
        StringWriter w = new StringWriter();
        GdeltEventsWriter.write(w, doc(), Gdelt.Scope.FACTUAL);
        List<String[]> rows = rows(w.toString(), 61);
        assertEquals(61, GdeltEventsWriter.COLUMNS.size());
        long factual = ReferenceDocument.annotations().events().stream().filter(e -> e.modality().factual()).count();
        assertEquals(factual, rows.size());
        assertTrue(rows.size() >= 5, "the reference document's factual events are exported");
        List<String> triples = new ArrayList<>();
        for (String[] f : rows) {
            assertTrue(integer(f[0], "GLOBALEVENTID") >= 0);
            assertEquals("20170410", f[1]);
            assertEquals("201704", f[2]);
            assertEquals("2017", f[3]);
            assertEquals(2017.2712, decimal(f[4], "FractionDate"), 1e-3);
            for (int a : new int[] {5, 15}) {
                assertTrue(f[a].matches("[A-Z-]*"), "actor code " + f[a]);
                assertTrue(f[a + 2].matches("([A-Z]{3})?"), "actor country " + f[a + 2]);
                for (int k = a + 7; k < a + 10; k++) assertTrue(f[k].matches("([A-Z]{3})?"), "actor type " + f[k]);
            }
            assertTrue(f[25].equals("0") || f[25].equals("1"), "IsRootEvent");
            assertTrue(f[26].matches("\\d{2,4}") && f[26].startsWith(f[27]) && f[27].startsWith(f[28]) && f[28].length() == 2,
                    "codes as strings with their base and root: " + f[26] + " " + f[27] + " " + f[28]);
            long quad = integer(f[29], "QuadClass");
            assertTrue(quad >= 1 && quad <= 4);
            double goldstein = decimal(f[30], "GoldsteinScale");
            assertTrue(goldstein >= -10 && goldstein <= 10);
            for (int k = 31; k <= 33; k++) assertTrue(integer(f[k], GdeltEventsWriter.COLUMNS.get(k)) >= 1);
            decimal(f[34], "AvgTone");
            for (int g = 35; g < 59; g += 8) {
                assertTrue(integer(f[g], GdeltEventsWriter.COLUMNS.get(g)) >= 0);
                optionalDecimal(f[g + 5], "Lat");
                optionalDecimal(f[g + 6], "Long");
            }
            assertTrue(f[59].matches("\\d{14}"), "DATEADDED");
            assertFalse(f[60].isEmpty(), "SOURCEURL");
            triples.add(f[5] + " " + f[26] + " " + f[15]);
        }
        assertTrue(triples.stream().anyMatch(t -> t.startsWith("USA 112") && t.endsWith(" SYRGOV")), "the US blames the Assad government: " + triples);
        assertTrue(triples.contains("ITA 036 TURGOV"), "Italy invites: " + triples);
        assertFalse(triples.stream().anyMatch(t -> t.contains(" 163 ")), "no factual sanctions: " + triples);
        StringWriter all = new StringWriter();
        GdeltEventsWriter.write(all, doc(), Gdelt.Scope.ALL);
        assertEquals(ReferenceDocument.annotations().events().size(), rows(all.toString(), 61).size());
    }

    @Test
    void mentionRowsAreTyped() throws IOException {
        StringWriter w = new StringWriter();
        GdeltMentionsWriter.write(w, doc(), Gdelt.Scope.ALL);
        List<String[]> rows = rows(w.toString(), 16);
        int mentions = ReferenceDocument.annotations().events().stream().mapToInt(e -> e.mentions().size()).sum();
        assertEquals(mentions, rows.size());
        int textLength = ReferenceDocument.article().text().length();
        for (String[] f : rows) {
            integer(f[0], "GLOBALEVENTID");
            assertTrue(f[1].matches("\\d{14}") && f[2].matches("\\d{14}"), "times");
            assertEquals("1", f[3]);
            assertTrue(integer(f[6], "SentenceID") >= 1);
            for (int k = 7; k <= 9; k++) {
                long off = integer(f[k], GdeltMentionsWriter.COLUMNS.get(k));
                assertTrue(off >= -1 && off < textLength, GdeltMentionsWriter.COLUMNS.get(k) + " " + off);
            }
            assertTrue(integer(f[9], "ActionCharOffset") >= 0);
            assertEquals("1", f[10]);
            long confidence = integer(f[11], "Confidence");
            assertTrue(confidence >= 10 && confidence <= 100);
            assertEquals(textLength, integer(f[12], "MentionDocLen"));
            decimal(f[13], "MentionDocTone");
        }
        for (Event e : ReferenceDocument.annotations().events()) {
            String id = Long.toString(Gdelt.globalEventId(ReferenceDocument.article().id(), e.id()));
            assertTrue(rows.stream().anyMatch(f -> f[0].equals(id)), "mentions of event " + e.id());
        }
    }

    @Test
    void gkgRowIsTyped() throws IOException {
        StringWriter w = new StringWriter();
        GkgWriter.write(w, doc(), 0);
        List<String[]> rows = rows(w.toString(), 27);
        assertEquals(1, rows.size());
        String[] f = rows.get(0);
        assertTrue(f[0].matches("\\d{14}-\\d+"), "GKGRECORDID " + f[0]);
        assertEquals("20170410000000", f[1]);
        assertEquals("1", f[2]);
        for (String block : f[5].split(";")) {
            String[] c = block.split("#", -1);
            assertEquals(10, c.length, "V1COUNTS block " + block);
            decimal(c[1], "count");
        }
        for (String block : f[6].split(";")) {
            String[] c = block.split("#", -1);
            assertEquals(11, c.length, "V2.1COUNTS block " + block);
            integer(c[10], "count offset");
        }
        assertTrue(f[5].contains("KILL#87#"), "the 87 killed: " + f[5]);
        assertTrue(f[7].endsWith(";") && f[7].contains("SANCTIONS;") && f[7].contains("WMD;"), "themes " + f[7]);
        for (String t : f[8].split(";")) integer(t.substring(t.lastIndexOf(',') + 1), "theme offset");
        assertTrue(f[11].contains("boris johnson"), "persons " + f[11]);
        for (String p : f[12].split(";")) integer(p.substring(p.lastIndexOf(',') + 1), "person offset");
        String[] tone = f[15].split(",");
        assertEquals(7, tone.length);
        for (String t : tone) decimal(t, "tone");
        for (String d : f[16].split(";")) {
            if (d.isEmpty()) continue;
            String[] p = d.split("#");
            assertEquals(5, p.length, "date block " + d);
            for (String x : p) integer(x, "date field");
        }
        assertTrue(f[17].matches("wc:\\d+"));
        for (String q : f[22].split("#")) {
            String[] p = q.split("\\|", -1);
            assertEquals(4, p.length, "quotation " + q);
            integer(p[0], "quote offset");
            integer(p[1], "quote length");
        }
        for (String n : f[23].split(";")) integer(n.substring(n.lastIndexOf(',') + 1), "name offset");
        for (String a : f[24].split(";")) {
            String[] p = a.split(",", -1);
            assertEquals(3, p.length, "amount " + a);
            decimal(p[0], "amount");
            integer(p[2], "amount offset");
        }
    }
}
