package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/store.md lists every table and column the store writes, with its type. */
class SchemaDocTest {
    @Test
    void everyColumnIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("../docs/store.md"));
        for (Tables.Table t : Tables.ALL) {
            int at = doc.indexOf("### `" + t.name() + "`");
            assertTrue(at >= 0, "table " + t.name() + " has no section in docs/store.md");
            int end = doc.indexOf("### ", at + 4);
            String section = doc.substring(at, end < 0 ? doc.length() : end);
            for (Tables.Column c : t.columns()) {
                assertTrue(section.contains("| `" + c.name() + "` | `" + c.type() + "` |"), t.name() + "." + c.name() + " missing or with another type");
            }
        }
    }
}
