package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.model.Amount;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;
import org.newsgraph.model.Count;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;

/** The {@code --format text} view: what a person checks at a glance. */
final class TextSummary {
    private TextSummary() {}

    static String of(Article a) {
        return of(a, null);
    }

    /** The article, then what annotation found (when {@code n} is not null). */
    static String of(Article a, Annotations n) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.id()).append("  (").append(a.format().jsonName()).append(", ").append(a.status().jsonName()).append(")\n");
        line(sb, "Source", a.source());
        line(sb, "Title", a.title().orElse("-"));
        line(sb, "Section", a.section().orElse("-"));
        if (a.siteName().isPresent() && !a.siteName().equals(a.section())) line(sb, "Site", a.siteName().get());
        line(sb, "Authors", a.authors().isEmpty() ? "-" : String.join("; ", a.authors()));
        line(sb, "Published", a.published().map(p -> p.iso() + "  (from " + p.source().jsonName() + ")").orElse("-"));
        line(sb, "Language", a.language().orElse("-"));
        line(sb, "URL", a.url().or(a::canonicalUrl).orElse("-"));
        line(sb, "Credit", a.credit().orElse("-"));
        int words = a.text().isEmpty() ? 0 : a.text().trim().split("\\s+").length;
        line(sb, "Body", a.paragraphs().size() + " paragraphs, " + words + " words");
        sb.append('\n');
        int i = 1;
        for (Paragraph p : a.paragraphs()) {
            String tag = p.kind() == ParagraphKind.PARAGRAPH ? "" : "[" + p.kind().jsonName() + "] ";
            sb.append(String.format("%3d  ", i++)).append(tag).append(p.text()).append("\n\n");
        }
        if (n != null) annotations(sb, n);
        if (n != null) events(sb, a, n);
        return sb.toString();
    }

    private static void annotations(StringBuilder sb, Annotations n) {
        List<Entity> entities = n.entities();
        sb.append("Entities (").append(entities.size()).append("):\n");
        for (Entity e : entities) {
            sb.append(String.format("  %-3d %-28s %-17s %-4s", e.id(), e.name(), e.type().jsonName(), e.country().orElse("")));
            sb.append(String.format(" x%d", e.mentions()));
            if (!e.aliases().isEmpty()) sb.append("  aka ").append(String.join(", ", e.aliases()));
            for (Role r : e.roles()) {
                sb.append("  [").append(r.title());
                r.country().ifPresent(c -> sb.append(", ").append(c));
                if (r.affiliation() >= 0 && r.affiliation() < entities.size()) {
                    sb.append(", for ").append(entities.get(r.affiliation()).name());
                }
                sb.append(']');
            }
            sb.append('\n');
        }
        sb.append("\nQuotes (").append(n.quotes().size()).append("):\n");
        for (Quote q : n.quotes()) {
            String who = q.speaker() >= 0 && q.speaker() < entities.size() ? entities.get(q.speaker()).name() : "?";
            String as = q.speakerText().filter(t -> !t.equals(who)).map(t -> " (\"" + shorten(t, 50) + "\")").orElse("");
            sb.append(String.format("  %-8s %s%s %s: \"%s\"%n", q.kind().jsonName(), who, as, q.verb().orElse("-"),
                    shorten(q.text(), 110)));
        }
        sb.append("\nDates (").append(n.dates().size()).append("):\n");
        for (TimeExpression t : n.dates()) {
            sb.append(String.format("  %-24s %-9s %s%n", "\"" + t.text() + "\"", t.type().name(), t.value()));
        }
        sb.append("\nCounts (").append(n.counts().size()).append("):\n");
        for (Count c : n.counts()) {
            sb.append(String.format("  %-8s %s %s%s   \"%s\"%n", c.type().name(), c.numberText(), c.object(),
                    c.place().map(p -> " at " + p).orElse(""), shorten(c.numberText().isEmpty() ? "" : snippet(c), 60)));
        }
        if (!n.amounts().isEmpty()) {
            sb.append("\nAmounts: ");
            List<String> parts = new java.util.ArrayList<>();
            for (Amount m : n.amounts()) {
                String v = m.value() == Math.rint(m.value()) ? String.format("%.0f", m.value()) : String.format("%.2f", m.value());
                parts.add(v + (m.object().isEmpty() ? "" : " " + m.object()));
            }
            sb.append(String.join("; ", parts)).append('\n');
        }
        // Places: each distinct place once, with the words that named it and its coordinates.
        java.util.Map<String, List<String>> places = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.newsgraph.model.Location> first = new java.util.HashMap<>();
        for (org.newsgraph.model.Location l : n.locations()) {
            places.computeIfAbsent(l.fullName(), k -> new java.util.ArrayList<>());
            if (!places.get(l.fullName()).contains(l.text())) places.get(l.fullName()).add(l.text());
            first.putIfAbsent(l.fullName(), l);
        }
        sb.append("\nPlaces (").append(places.size()).append("):\n");
        for (var e : places.entrySet()) {
            org.newsgraph.model.Location l = first.get(e.getKey());
            sb.append(String.format(java.util.Locale.ROOT, "  %-36s %8.4f %9.4f  %-5s %-6s \"%s\"%n", shorten(e.getKey(), 36), l.lat(), l.lon(),
                    l.featureCode(), l.admin1().orElse(""), shorten(String.join("\", \"", e.getValue()), 60)));
        }
        sb.append('\n');
    }

    /** One line per event: code, label, source, target, modality, reporter, and the sentence it comes from. */
    private static void events(StringBuilder sb, Article a, Annotations n) {
        List<Entity> entities = n.entities();
        sb.append("Events (").append(n.events().size()).append("):\n");
        for (Event e : n.events()) {
            EventMention m = e.first();
            String src = e.source().map(x -> x.code() + " " + x.name()).orElse("-");
            String tgt = e.target().map(x -> x.code() + " " + x.name()).orElse("-");
            String reporter = m.reporter() >= 0 && m.reporter() < entities.size() ? entities.get(m.reporter()).name()
                    : m.reporterText().orElse(null);
            sb.append(String.format("  %-5s %-40s %s -> %s  [%s]%s%n", e.code(), shorten(e.label(), 40), shorten(src, 40),
                    shorten(tgt, 40), e.modality().jsonName(), reporter == null ? "" : " reported by " + shorten(reporter, 40)));
            String sentence = m.sentence() >= 0 && m.sentence() < n.sentences().size() ? sentenceText(a, n.sentences().get(m.sentence())) : "";
            sb.append(String.format("        %s%s%s: \"%s\"%n", e.plover().map(p -> "PLOVER " + p.event()
                    + p.mode().map(x -> "/" + x).orElse("") + "; ").orElse(""), e.place().map(p -> "at " + p.name() + "; ").orElse(""),
                    m.action(), shorten(sentence, 120)));
        }
        sb.append('\n');
    }

    private static String sentenceText(Article a, Sentence s) {
        return s.end() <= a.text().length() ? a.text().substring(s.start(), s.end()) : "";
    }

    private static String snippet(Count c) {
        return c.numberText() + " " + c.object();
    }

    private static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-10s %s%n", label + ":", value));
    }
}
