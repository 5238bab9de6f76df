package org.newsgraph.serve;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.newsgraph.code.gdelt.Gdelt;
import org.newsgraph.code.gdelt.GdeltDocument;
import org.newsgraph.code.gdelt.GdeltEventsWriter;
import org.newsgraph.code.gdelt.GdeltMentionsWriter;
import org.newsgraph.code.gdelt.GkgWriter;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.StoredDocuments;

/**
 * The GDELT exports of a whole store: every stored article, read back with its annotations
 * ({@link StoredDocuments}), goes through the event coder's writers unchanged, so a store export and an
 * export of the same input files have the same columns. DATEADDED is when the article was stored, the
 * GLOBALEVENTID comes from the store id. Near-duplicate copies (syndicated stories, linked to the earliest
 * as {@code copy_of}) add no events: Events and Mentions leave them out, so a story carried by ten sites is
 * coded once, not ten times; GKG, a table of documents, keeps them. Streams: constant memory, no cap. Used by
 * {@code newsgraph export} and the API.
 */
public final class StoreGdelt {
    private StoreGdelt() {}

    /** The codebook's column names of a GDELT format. */
    public static List<String> columns(ExportFormat format) {
        return switch (format) {
            case GDELT_EVENTS -> GdeltEventsWriter.COLUMNS;
            case GDELT_MENTIONS -> GdeltMentionsWriter.COLUMNS;
            case GDELT_GKG -> GkgWriter.COLUMNS;
            default -> throw new IllegalArgumentException(format.cliName() + " is not a GDELT format");
        };
    }

    /**
     * Writes the store in a GDELT format (with the column names first when {@code header}); returns the
     * number of articles read. Events outside {@code scope} are left out of Events and Mentions.
     */
    public static long write(Connection c, ExportFormat format, Gdelt.Scope scope, boolean header, Writer out) throws SQLException, IOException {
        List<String> columns = columns(format);
        if (header) {
            out.write(String.join("\t", columns));
            out.write('\n');
        }
        int[] sequence = {0};
        long n = StoredDocuments.forEach(c, (stored, ingestedAt) -> {
            if (stored.copyOf().isPresent() && format != ExportFormat.GDELT_GKG) return;
            GdeltDocument doc = new GdeltDocument(stored.article(), stored.annotations(),
                    ingestedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0));
            switch (format) {
                case GDELT_EVENTS -> GdeltEventsWriter.write(out, doc, scope);
                case GDELT_MENTIONS -> GdeltMentionsWriter.write(out, doc, scope);
                default -> GkgWriter.write(out, doc, sequence[0]++);
            }
        });
        out.flush();
        return n;
    }
}
