package org.newsgraph.code.gdelt;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;

/**
 * Writes GDELT 2.0 Mentions table rows: 16 tab-separated columns as the GDELT Event Codebook V2.0 defines
 * them, one row per mention of an event. Offsets are character offsets into the article text; -1 when the
 * actor is absent; sentence ids are 1-based as in GDELT. Stateless and thread-safe.
 */
public final class GdeltMentionsWriter {
    /** The codebook's column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private GdeltMentionsWriter() {}

    /** Writes the mentions of the document's events in scope. */
    public static void write(Writer out, GdeltDocument doc, Gdelt.Scope scope) throws IOException {
        Tone tone = Tone.of(doc.article().text());
        for (Event e : doc.annotations().events()) {
            if (!scope.includes(e)) continue;
            for (EventMention m : e.mentions()) {
                out.write(line(doc, e, m, tone));
                out.write('\n');
            }
        }
    }

    /** One mention's row (without the line break). */
    public static String line(GdeltDocument doc, Event e, EventMention m, Tone tone) {
        List<String> f = new ArrayList<>(16);
        f.add(Long.toString(Gdelt.globalEventId(doc.article().id(), e.id())));
        f.add(Gdelt.stamp(doc.added()));
        f.add(doc.article().published().isPresent() ? Gdelt.stamp(doc.date()) : Gdelt.stamp(doc.added()));
        f.add("1");
        f.add(Gdelt.clean(doc.sourceName()));
        f.add(Gdelt.clean(doc.identifier()));
        f.add(Integer.toString(m.sentence() + 1));
        boolean first = m.equals(e.first());
        f.add(first ? e.source().map(a -> Integer.toString(a.start())).orElse("-1") : "-1");
        f.add(first ? e.target().map(a -> Integer.toString(a.start())).orElse("-1") : "-1");
        f.add(Integer.toString(m.actionStart()));
        f.add("1");
        f.add(Integer.toString(Gdelt.confidence(m.modality())));
        f.add(Integer.toString(doc.article().text().length()));
        f.add(String.format(java.util.Locale.ROOT, "%.4f", tone.tone()));
        f.add("");
        f.add("");
        return String.join("\t", f);
    }
}
