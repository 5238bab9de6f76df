package org.newsgraph.cli;

import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;

/** The {@code --format text} view: what a person checks at a glance. */
final class TextSummary {
    private TextSummary() {}

    static String of(Article a) {
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
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-10s %s%n", label + ":", value));
    }
}
