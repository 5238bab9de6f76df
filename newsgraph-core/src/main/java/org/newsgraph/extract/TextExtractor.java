package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Published;

/**
 * Extracts an article from already-scraped plain text, where the site's junk is still in the text: a title
 * line with its " | Section" suffix, bylines and dates at the top, sharing and commenting controls, related
 * story teasers between paragraphs, a credit line at the end. Rules are about the shape of lines (prose or
 * not, where they stand), so they hold for other sites. Stateless and thread-safe.
 */
public final class TextExtractor {

    /** A block of the input: text with whitespace normalised, and where it stands in the input. */
    record Block(String text, int start, int end) {}

    public Article extract(InputDocument doc, ExtractOptions options) {
        String input = doc.content();
        List<Block> blocks = blocks(input);

        Optional<String> title = Optional.empty();
        Optional<String> section = Optional.empty();
        int first = 0;
        if (!blocks.isEmpty() && looksLikeTitle(blocks)) {
            Titles.Split split = Titles.split(blocks.get(0).text());
            title = Optional.of(split.headline());
            section = split.suffix();
            first = 1;
        }

        List<String> authors = new ArrayList<>();
        Optional<Published> datedInText = Optional.empty();
        Optional<String> credit = Optional.empty();
        List<Block> candidates = new ArrayList<>();
        for (int i = first; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (Lines.isJunk(b.text())) continue;
            if (Lines.isCredit(b.text())) {
                if (credit.isEmpty()) credit = Optional.of(b.text());
                continue;
            }
            List<String> by = Lines.byline(b.text());
            if (by != null) {
                for (String a : by) if (!authors.contains(a)) authors.add(a);
                continue;
            }
            if (datedInText.isEmpty() && !Lines.isProse(b.text())) {
                Optional<Published> d = TextDates.dateLine(b.text());
                if (d.isPresent()) {
                    datedInText = d;
                    continue;
                }
            }
            candidates.add(b);
        }

        // The body runs from the first to the last prose block. Short non-prose lines inside it are teasers
        // for other stories ("OPINION: ...", "... – Inside Story"), unless they introduce or form a list.
        int firstProse = -1, lastProse = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (isBody(candidates.get(i).text())) {
                if (firstProse < 0) firstProse = i;
                lastProse = i;
            }
        }
        List<Paragraph> body = new ArrayList<>();
        if (firstProse >= 0) {
            for (int i = firstProse; i <= lastProse; i++) {
                Block b = candidates.get(i);
                String t = b.text();
                ParagraphKind kind = ParagraphKind.PARAGRAPH;
                if (Lines.hasTeaserLabel(t)) continue;
                if (Lines.startsWithListMarker(t)) {
                    kind = ParagraphKind.LIST_ITEM;
                } else if (!isBody(t) && !t.endsWith(":") && !previousIntroducesList(candidates, i)) {
                    continue;
                }
                body.add(new Paragraph(kind, t, 0, t.length(), b.start(), b.end()));
            }
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> laid = Article.layout(body, text);
        Optional<Published> fromText = datedInText;
        Optional<Published> published = doc.published().or(options::published).or(() -> fromText);
        ArticleStatus status = laid.isEmpty() ? ArticleStatus.NOT_ARTICLE : ArticleStatus.ARTICLE;
        return new Article(doc.id(), doc.source(), status, title, section, Optional.empty(), authors, published,
                Languages.detect(text), laid, text.toString(), credit, doc.url().or(options::url), Optional.empty(),
                InputFormat.TEXT);
    }

    /**
     * A block that is article text: prose, or long enough that a missing final stop (a quotation left open,
     * a translation appended) does not make it a teaser. Teasers are headlines: short.
     */
    private static boolean isBody(String t) {
        return Lines.isProse(t) || Lines.words(t) > 25;
    }

    private static boolean previousIntroducesList(List<Block> blocks, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = blocks.get(k).text();
            if (t.endsWith(":")) return true;
            if (Lines.isProse(t)) return false;
        }
        return false;
    }

    /**
     * The title is the first block when it is one short line that is not itself prose and more follows.
     */
    private static boolean looksLikeTitle(List<Block> blocks) {
        if (blocks.size() < 2) return false;
        String t = blocks.get(0).text();
        return t.length() <= 300 && Lines.words(t) <= 40 && !Lines.isJunk(t)
                && (!Lines.endsLikeSentence(t) || Lines.words(t) <= 20 && !t.endsWith("."));
    }

    /**
     * Splits text into blocks: at blank lines when the text has them (lines inside a block are soft-wrapped
     * and joined), otherwise at every line break.
     */
    static List<Block> blocks(String input) {
        boolean blankLines = hasBlankLine(input);
        List<Block> out = new ArrayList<>();
        int n = input.length();
        int i = 0;
        while (i < n) {
            // skip blank space
            while (i < n && Character.isWhitespace(input.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            int end;
            if (blankLines) {
                end = i;
                while (end < n) {
                    int nl = input.indexOf('\n', end);
                    if (nl < 0) { end = n; break; }
                    int j = nl + 1;
                    while (j < n && (input.charAt(j) == ' ' || input.charAt(j) == '\t' || input.charAt(j) == '\r' || input.charAt(j) == '\u00A0')) j++;
                    if (j >= n || input.charAt(j) == '\n') { end = nl; break; }
                    end = j;
                }
            } else {
                int nl = input.indexOf('\n', i);
                end = nl < 0 ? n : nl;
            }
            int e = end;
            while (e > start && Character.isWhitespace(input.charAt(e - 1))) e--;
            String text = normalise(input.substring(start, e));
            if (!text.isEmpty()) out.add(new Block(text, start, e));
            i = Math.max(end, start + 1);
        }
        return out;
    }

    private static boolean hasBlankLine(String s) {
        int nl = s.indexOf('\n');
        while (nl >= 0) {
            int j = nl + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r' || s.charAt(j) == '\u00A0')) j++;
            if (j < s.length() && s.charAt(j) == '\n') return true;
            nl = s.indexOf('\n', j);
        }
        return false;
    }

    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                space = !sb.isEmpty();
            } else if (!Character.isISOControl(c)) {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
