package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.html.HtmlTree;
import org.newsgraph.extract.html.Tags;
import org.newsgraph.ingest.InputDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.InputFormat;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.ParagraphKind;
import org.newsgraph.model.Published;

/**
 * Extracts the article from an HTML page. Metadata comes from JSON-LD, OpenGraph and meta tags; the body
 * from content scoring over the page's text blocks (text length, punctuation, link density, the names and
 * roles of their containers), the best container and its article-like siblings, then block filters for the
 * junk that sits inside article containers (sharing lines, bylines, teasers, credits). Headings, lists,
 * quotes and table rows are kept as text. Pages without one article (index and home pages) come back as
 * {@link ArticleStatus#NOT_ARTICLE}. Works on an {@link HtmlTree}, built in one pass. Stateless and
 * thread-safe: all per-page state lives in a {@link Page} made for each call.
 */
public final class HtmlExtractor {

    /** Tags whose whole subtree is never article text. */
    private static final boolean[] DROP_TAGS = flags(Tags.SCRIPT, Tags.STYLE, Tags.NOSCRIPT, Tags.TEMPLATE,
            Tags.SVG, Tags.MATH, Tags.CANVAS, Tags.IFRAME, Tags.OBJECT, Tags.EMBED, Tags.VIDEO, Tags.AUDIO,
            Tags.SOURCE, Tags.TRACK, Tags.PICTURE, Tags.IMG, Tags.INPUT, Tags.SELECT, Tags.OPTION, Tags.BUTTON,
            Tags.TEXTAREA, Tags.LINK, Tags.META, Tags.HEAD, Tags.TITLE, Tags.MAP, Tags.AREA, Tags.DIALOG,
            Tags.FIGCAPTION);

    /** Tags whose text block counts to the parent container rather than to the block itself. */
    private static final boolean[] LEAF_BLOCKS = flags(Tags.P, Tags.H1, Tags.H2, Tags.H3, Tags.H4, Tags.H5,
            Tags.H6, Tags.LI, Tags.DT, Tags.DD, Tags.PRE, Tags.TD, Tags.TH, Tags.TR, Tags.BLOCKQUOTE, Tags.FIGCAPTION,
            Tags.CAPTION, Tags.ADDRESS, Tags.SUMMARY, Tags.LEGEND);

    /** Structural containers that hold page chrome, not the article. */
    private static final boolean[] CHROME_TAGS = flags(Tags.NAV, Tags.ASIDE, Tags.FOOTER, Tags.HEADER, Tags.MENU);

    private static boolean[] flags(int... ids) {
        boolean[] f = new boolean[128];
        for (int i : ids) f[i] = true;
        return f;
    }

    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "search", "dialog", "alert", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    /** Names of containers that hold page furniture; an element so named is dropped unless it holds most of the page. */
    private static final NameWords NEGATIVE = new NameWords("""
            comment comments commentlist disqus share sharing sharebar social socials related recommend*
            newsletter subscribe subscription signup sign-up cookie* consent gdpr promo promos promotion advert*
            ad ads adslot adunit ad-slot ad-container dfp gpt sponsor* sidebar side-bar breadcrumb breadcrumbs footer masthead
            navbar nav navigation menu popup modal overlay banner tags tag-list taglist keywords author-bio author-info
            authorbox bio most-popular mostpopular popular trending outbrain taboola zergnet read-more readmore
            more-stories morestories also-read paywall pagination pager toolbar widget widgets skip print-only
            hidden hide visually-hidden sr-only screen-reader-text offscreen byline dateline timestamp caption credit
            figcaption photo-credit image-credit gallery slideshow carousel rating vote poll survey feedback
            login signin account toc table-of-contents jump-link inline-link teaser teasers next-article prev-article
            newsletter-signup enews donate donation membership contributor-bio related-content story-footer article-footer
            article-tags post-tags entry-meta post-meta article-meta meta-data metadata share-tools byline-wrapper""");

    private static final NameWords POSITIVE = new NameWords("""
            article articlebody article-body article-content articletext body content entry entry-content
            main post post-body post-content story story-body storycontent text blog prose rich-text richtext
            paragraph page-content articlecontent main-content maincontent news copy""");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");


    /** A text block found in the page: one paragraph-to-be. */
    private static final class Block {
        final int owner;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        ParagraphKind kind;
        int sourceStart = -1;
        int sourceEnd = -1;
        String finalText;
        private int words = -1;

        /** Word count, counted on first use (long blocks rarely need it). */
        int words() {
            if (words < 0) words = Lines.words(finalText);
            return words;
        }

        boolean prose() {
            return Lines.endsLikeSentence(finalText) && words() >= 8;
        }

        Block(int owner, ParagraphKind kind) {
            this.owner = owner;
            this.kind = kind;
        }

        double linkDensity() {
            return finalText.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) finalText.length());
        }
    }

    /** What an element's id and class say, as bits. */
    static final int NEGATIVE_NAME = 1, POSITIVE_NAME = 2, STRONG_NAME = 4, TEASER_NAME = 8;
    private static final int KNOWN = 1 << 30;

    /** All name vocabularies in one lookup table (a holder, so it is built after the vocabularies). */
    private static final class Vocabulary {
        static final NameWords.Classes CLASSES = new NameWords.Classes(
                new NameWords[] {NEGATIVE, POSITIVE, STRONG_NEGATIVE, TEASER_NAMES},
                new int[] {NEGATIVE_NAME, POSITIVE_NAME, STRONG_NAME, TEASER_NAME});
    }

    /** Per-page state: the tree and caches indexed by node. One per call, never shared. */
    private static final class Page {
        final HtmlTree tree;
        final int[] bits;
        final boolean[] removed;
        /** Per page: the bits of each distinct id-and-class, by a hash of its characters (open addressing). */
        long[] keys = new long[256];
        int[] values = new int[256];
        int used;

        Page(HtmlTree tree) {
            this.tree = tree;
            this.bits = new int[tree.size()];
            this.removed = new boolean[tree.size()];
        }

        /** The {@code *_NAME} bits of an element; strings are built only the first time a name is seen. */
        int names(int i) {
            int v = bits[i];
            if ((v & KNOWN) != 0) return v & ~KNOWN;
            long h = tree.namesHash(i);
            int c = 0;
            if (h != 0) {
                int mask = keys.length - 1;
                int slot = (int) (h ^ (h >>> 29)) & mask;
                while (keys[slot] != 0 && keys[slot] != h) slot = (slot + 1) & mask;
                if (keys[slot] == h) {
                    c = values[slot];
                } else {
                    String[] a = tree.attrs(i, "id", "class");
                    c = classify(((a[0] == null ? "" : a[0]) + " " + (a[1] == null ? "" : a[1])).toLowerCase(Locale.ROOT));
                    keys[slot] = h;
                    values[slot] = c;
                    if (++used * 2 > keys.length) rehash();
                }
            }
            bits[i] = c | KNOWN;
            return c;
        }

        private void rehash() {
            long[] ok = keys;
            int[] ov = values;
            keys = new long[ok.length * 2];
            values = new int[ok.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < ok.length; k++) {
                if (ok[k] == 0) continue;
                int slot = (int) (ok[k] ^ (ok[k] >>> 29)) & mask;
                while (keys[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = ok[k];
                values[slot] = ov[k];
            }
        }

        private static int classify(String names) {
            return Vocabulary.CLASSES.classify(names);
        }
    }

    public Article extract(InputDocument doc, ExtractOptions options) {
        HtmlTree tree = HtmlTree.parse(doc.content());
        Optional<String> url = doc.url().or(options::url);
        Page page = new Page(tree);
        PageMetadata meta = PageMetadata.read(tree, url, options.warnings(), doc.source());

        clean(page);
        List<Block> blocks = segment(page);
        Selection sel = select(page, blocks);

        List<String> authors = new ArrayList<>(meta.authors());
        if (authors.isEmpty()) {
            // marked-up bylines near the article first; then anywhere in the page
            int region = articleRegion(tree, sel.container);
            authors.addAll(PageMetadata.markedAuthors(tree, region));
            if (authors.isEmpty() && region != tree.body()) authors.addAll(PageMetadata.markedAuthors(tree, tree.body()));
        }
        Optional<String> credit = Optional.empty();
        List<Block> kept = new ArrayList<>();
        String titleKey = meta.title().map(HtmlExtractor::key).orElse("");
        for (Block b : sel.blocks) {
            String t = b.finalText;
            double ld = b.linkDensity();
            // Quoted posts (embedded tweets) link their author and date; they are still the article's text.
            boolean quote = b.kind == ParagraphKind.BLOCK_QUOTE;
            // A long sentence that is mostly a link is a digest item ("1. <a>Ousted CEO can still name
            // directors</a>, according to ..."), not a related-links line, which is a short title.
            boolean linkedProse = ld < 0.9 && b.words() >= 20 && Lines.endsLikeSentence(t);
            if (quote ? ld > 0.7 : (ld > 0.5 && !linkedProse) || (ld > 0.33 && b.words() < 12)) continue;
            if (t.length() > 220) {
                kept.add(b); // none of the line-shape filters below applies to a block this long
                continue;
            }
            if (t.length() <= 160 && b.words() <= 22 && Lines.isJunk(t)) continue;
            int words = b.words();
            if (Lines.isCredit(t) && words <= 25) {
                if (credit.isEmpty()) credit = Optional.of(t);
                continue;
            }
            List<String> by = Lines.byline(t);
            if (by != null) {
                if (authors.isEmpty()) authors.addAll(by);
                continue;
            }
            if (!titleKey.isEmpty() && b.kind == ParagraphKind.HEADING && key(t).equals(titleKey)) continue;
            if (kept.isEmpty() && !titleKey.isEmpty() && key(t).equals(titleKey)) continue;
            if (words <= 12 && hasDigit(t) && !Lines.endsLikeSentence(t) && TextDates.dateLine(t).isPresent()) continue;
            if (Lines.hasTeaserLabel(t) && words <= 25 && b.kind != ParagraphKind.TABLE_ROW) continue;
            kept.add(b);
        }
        trimTail(kept);

        List<Paragraph> paragraphs = new ArrayList<>(kept.size());
        int domWords = 0;
        for (Block b : kept) {
            paragraphs.add(new Paragraph(b.kind, b.finalText, 0, b.finalText.length(), b.sourceStart, b.sourceEnd));
            domWords += b.words();
        }
        List<Paragraph> dom = paragraphs;
        paragraphs = preferArticleBody(paragraphs, domWords, meta);
        boolean fromDom = paragraphs == dom;

        StringBuilder text = new StringBuilder();
        List<Paragraph> laid = Article.layout(paragraphs, text);
        int[] words = new int[laid.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = fromDom ? kept.get(i).words() : Lines.words(laid.get(i).text());
        }
        ArticleStatus status = isArticle(laid, words, sel, meta) ? ArticleStatus.ARTICLE : ArticleStatus.NOT_ARTICLE;
        if (status == ArticleStatus.NOT_ARTICLE) {
            laid = List.of();
            text.setLength(0);
        }
        Optional<Published> published = doc.published().or(options::published).or(meta::published);
        Optional<String> section = meta.section().or(meta::siteName);
        Optional<String> language = meta.language().or(() -> Languages.detect(text));
        return new Article(doc.id(), doc.source(), status, meta.title(), section, meta.siteName(), authors, published,
                language, laid, text.toString(), credit, url, meta.canonicalUrl(), InputFormat.HTML);
    }

    /** The region around the article body where its byline sits: three levels above the container. */
    private static int articleRegion(HtmlTree tree, int container) {
        int region = container;
        for (int k = 0; k < 3 && region != tree.body() && tree.parent(region) > 0; k++) region = tree.parent(region);
        return region;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** Letters and digits only, lower-cased: for comparing a heading with the title. */
    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- cleaning

    /** Marks subtrees that are never the article: scripts, form controls, hidden and chrome elements. */
    private static void clean(Page page) {
        HtmlTree tree = page.tree;
        int body = tree.body();
        int bodyText = tree.textLength(body);
        int bodyP = tree.paragraphTextLength(body);
        for (int i = body + 1; i < tree.end(body); ) {
            if (tree.isElement(i) && isDroppable(page, i, bodyText, bodyP)) {
                page.removed[i] = true;
                i = tree.end(i);
            } else {
                i++;
            }
        }
    }

    private static boolean isDroppable(Page page, int el, int bodyText, int bodyP) {
        HtmlTree tree = page.tree;
        int tag = tree.tag(el);
        if (DROP_TAGS[tag]) return true;
        boolean attributes = tree.hasAttributes(el);
        if (!attributes && !CHROME_TAGS[tag]) return false; // a bare tag: nothing to judge
        boolean chrome = CHROME_TAGS[tag];
        int mask = tree.attributes(el);
        if (attributes) {
            if ((mask & HtmlTree.ATTR_HIDDEN) != 0) return true;
            if ((mask & HtmlTree.ATTR_ARIA_HIDDEN) != 0 && "true".equalsIgnoreCase(tree.attr(el, "aria-hidden"))) return true;
            if ((mask & HtmlTree.ATTR_STYLE) != 0) {
                String style = tree.attr(el, "style");
                if (style != null && !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
            }
            if ((mask & HtmlTree.ATTR_ROLE) != 0) {
                String roleAttr = tree.attr(el, "role");
                chrome |= roleAttr != null && CHROME_ROLES.contains(roleAttr.toLowerCase(Locale.ROOT));
            }
        }
        int cls = page.names(el);
        boolean negative = (cls & NEGATIVE_NAME) != 0 && (cls & POSITIVE_NAME) == 0;
        boolean strongNegative = (cls & STRONG_NAME) != 0;
        if (!chrome && !negative && !strongNegative) return false;
        // An embedded post ("social-media-embed" around a quoted tweet) is quoted content, not furniture.
        if (!chrome && holdsQuote(tree, el)) return false;
        // Never drop what holds most of the page: a misnamed wrapper ("page-with-sidebar") or a
        // page built inside a <header>.
        int len = tree.textLength(el);
        if (len < 200) return true;
        if (len >= 0.4 * bodyText) return false;
        return tree.paragraphTextLength(el) < 0.5 * bodyP;
    }

    private static final Pattern EMBED_CLASS = Pattern.compile("(?i)tweet|instagram|tiktok|embed|reddit|facebook|fb-|bluesky|mastodon|threads");

    /** Whether a small element holds an embedded social-media post (a blockquote the embed script styles). */
    private static boolean holdsQuote(HtmlTree tree, int el) {
        int end = Math.min(tree.end(el), el + 200); // embeds are small: look no further
        for (int d = el + 1; d < end; d++) {
            if (tree.isElement(d) && tree.tag(d) == Tags.BLOCKQUOTE) {
                String cls = tree.attr(d, "class");
                // comment threads quote too, but they are long
                if (cls != null && EMBED_CLASS.matcher(cls).find()) return tree.textLength(el) <= 2000;
            }
        }
        return false;
    }

    /** Names that mark furniture even beside a positive word ("article-comments", "post-share"). */
    private static final NameWords STRONG_NEGATIVE = new NameWords("""
            comment comments disqus share sharing social related newsletter cookie* consent outbrain taboola
            recommended promo sponsored advert* paywall subscribe signup sidebar breadcrumb breadcrumbs most-popular trending
            author-bio tags byline caption credit hidden sr-only visually-hidden screen-reader-text d-none print-only d-print-block
            visible-print embed-code""");

    // ---------------------------------------------------------------- segmentation

    /** Splits the cleaned body into text blocks at block-level element boundaries. */
    private static List<Block> segment(Page page) {
        HtmlTree tree = page.tree;
        int body = tree.body();
        Segmenter seg = new Segmenter(page);
        int[] open = new int[64];
        int depth = 0;
        int stop = tree.end(body);
        for (int i = body + 1; i < stop; ) {
            while (depth > 0 && tree.end(open[depth - 1]) <= i) seg.tail(open[--depth]);
            if (page.removed[i]) {
                i = tree.end(i);
                continue;
            }
            if (tree.isText(i)) {
                seg.text(i);
            } else if (tree.isElement(i)) {
                seg.head(i);
                if (tree.end(i) > i + 1) {
                    if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
                    open[depth++] = i;
                } else {
                    seg.tail(i);
                }
            }
            i++;
        }
        while (depth > 0) seg.tail(open[--depth]);
        seg.flush();
        return seg.out;
    }

    /** The segmentation walk's state: the open blocks, the block being filled, link nesting. */
    private static final class Segmenter {
        final Page page;
        final HtmlTree tree;
        final List<Block> out = new ArrayList<>();
        int[] open = new int[32];
        int depth;
        Block current;
        int linkDepth;
        int dataRow = -1;
        int brRun;

        Segmenter(Page page) {
            this.page = page;
            this.tree = page.tree;
        }

        void text(int i) {
            if (current == null) current = new Block(owner(), kind());
            int before = current.text.length();
            tree.appendCollapsed(current.text, i);
            int added = current.text.length() - before;
            if (added > 0) {
                if (current.text.length() == 1 && current.text.charAt(0) == ' ') {
                    current.text.setLength(0);
                    return;
                }
                brRun = 0;
                if (linkDepth > 0) current.linkChars += added;
                if (current.sourceStart < 0) current.sourceStart = tree.sourceStart(i);
                current.sourceEnd = tree.sourceEnd(i);
            }
        }

        void head(int el) {
            int tag = tree.tag(el);
            if (tag == Tags.A) linkDepth++;
            if (tag == Tags.BR) {
                if (++brRun >= 2) flush();
                else if (current != null && !current.text.isEmpty()) current.text.append(' ');
                return;
            }
            if (dataRow >= 0) {
                if ((tag == Tags.TD || tag == Tags.TH) && current != null && !current.text.isEmpty()) {
                    int n = current.text.length();
                    if (current.text.charAt(n - 1) == ' ') current.text.setLength(n - 1);
                    current.text.append(" | ");
                }
                return;
            }
            if (Tags.isBlock(tag)) {
                flush();
                if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
                open[depth++] = el;
                if (tag == Tags.TR && isDataRow(tree, el)) dataRow = el;
            }
        }

        void tail(int el) {
            int tag = tree.tag(el);
            if (tag == Tags.A) linkDepth--;
            if (dataRow >= 0 && el != dataRow) return;
            if (Tags.isBlock(tag)) {
                if (el == dataRow) {
                    if (current != null) current.kind = ParagraphKind.TABLE_ROW;
                    dataRow = -1;
                }
                flush();
                if (depth > 0) depth--;
            }
        }

        private int owner() {
            return depth == 0 ? tree.body() : open[depth - 1];
        }

        private ParagraphKind kind() {
            for (int i = depth - 1; i >= 0; i--) {
                int t = tree.tag(open[i]);
                if (Tags.isHeading(t)) return ParagraphKind.HEADING;
                if (t == Tags.LI || t == Tags.DT || t == Tags.DD) return ParagraphKind.LIST_ITEM;
                if (t == Tags.PRE) return ParagraphKind.PREFORMATTED;
                if (t == Tags.BLOCKQUOTE) return ParagraphKind.BLOCK_QUOTE;
            }
            return ParagraphKind.PARAGRAPH;
        }

        void flush() {
            brRun = 0;
            if (current == null) return;
            String t = trimSpaces(current.text);
            if (!t.isEmpty()) {
                current.finalText = t;
                out.add(current);
            }
            current = null;
        }
    }

    private static String trimSpaces(StringBuilder sb) {
        int s = 0, e = sb.length();
        while (s < e && sb.charAt(s) == ' ') s++;
        while (e > s && sb.charAt(e - 1) == ' ') e--;
        String t = sb.substring(s, e);
        return t.indexOf(" | | ") >= 0 ? t.replace(" | | ", " | ") : t;
    }

    /**
     * A table row of data, not layout: its cells hold no block structure of their own and no cell holds a
     * passage of text (a layout row puts the whole article in one cell).
     */
    private static boolean isDataRow(HtmlTree tree, int tr) {
        for (int d = tr + 1; d < tree.end(tr); d++) {
            if (!tree.isElement(d)) continue;
            int t = tree.tag(d);
            if (t == Tags.TABLE || t == Tags.P || t == Tags.DIV || t == Tags.UL || t == Tags.OL || t == Tags.BLOCKQUOTE) return false;
            if ((t == Tags.TD || t == Tags.TH) && tree.textLength(d) > 300) return false;
        }
        return tree.textLength(tr) < 1000;
    }

    // ---------------------------------------------------------------- scoring and selection

    private record Selection(List<Block> blocks, int container, int candidateBlocks, int linkyBlocks) {}

    /**
     * Scores of the page's elements that hold text (a few hundred of a page's thousands): content score,
     * text, link and prose characters, in small arrays reached through a slot per node.
     */
    private static final class Scores {
        final int[] slot;
        double[] score = new double[64], text = new double[64], links = new double[64], prose = new double[64];
        int[] node = new int[64];
        int count;

        Scores(int size) {
            slot = new int[size];
        }

        boolean known(int e) {
            return slot[e] != 0;
        }

        /** The index of {@code e}'s scores, creating them with its initial score. */
        int of(Page page, int e) {
            int k = slot[e] - 1;
            if (k >= 0) return k;
            if (count == score.length) {
                int cap = count * 2;
                score = java.util.Arrays.copyOf(score, cap);
                text = java.util.Arrays.copyOf(text, cap);
                links = java.util.Arrays.copyOf(links, cap);
                prose = java.util.Arrays.copyOf(prose, cap);
                node = java.util.Arrays.copyOf(node, cap);
            }
            k = count++;
            slot[e] = k + 1;
            node[k] = e;
            score[k] = initialScore(page, e);
            return k;
        }

        double linkDensity(int k) {
            return text[k] == 0 ? 0 : links[k] / text[k];
        }

        double fin(int k) {
            return score[k] * (1 - linkDensity(k));
        }
    }

    private static Selection select(Page page, List<Block> blocks) {
        HtmlTree tree = page.tree;
        int body = tree.body();
        Scores sc = new Scores(tree.size());
        for (Block b : blocks) {
            int len = b.finalText.length();
            int start = LEAF_BLOCKS[tree.tag(b.owner)] && b.owner != body ? tree.parent(b.owner) : b.owner;
            boolean prose = b.linkDensity() < 0.25 && (len >= 150 || b.prose())
                    && b.kind != ParagraphKind.HEADING && !inTeaser(page, b.owner);
            for (int e = b.owner; e >= 0; e = tree.parent(e)) {
                int k = sc.of(page, e);
                sc.text[k] += len;
                sc.links[k] += b.linkChars;
                if (prose) sc.prose[k] += len;
                if (e == body) break;
            }
            if (len < 25 || b.kind == ParagraphKind.HEADING) continue;
            double ld = b.linkDensity();
            if (ld > 0.5) continue;
            double score = 1 + punctuation(b.finalText) + Math.min(len / 100.0, 3);
            score *= (1 - ld);
            int level = 0;
            for (int e = start; e >= 0 && level < 5; e = tree.parent(e), level++) {
                int k = sc.of(page, e);
                sc.score[k] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (e == body) break;
            }
        }
        int top = -1;
        double best = 0;
        for (int k = 0; k < sc.count; k++) {
            double fin = sc.fin(k);
            // ties go to the element first in the page, as a walk in document order would
            if (fin > best || fin == best && top >= 0 && sc.node[k] < top) {
                if (fin > 0) {
                    best = fin;
                    top = sc.node[k];
                }
            }
        }
        if (top < 0) return new Selection(List.of(), body, 0, 0);

        // Readability's step: when the best candidates share an ancestor, the article spans them.
        top = widen(tree, sc, top, best, body);
        top = climb(tree, sc, top, body);

        // Siblings of the container that read like more of the same article join it.
        List<Integer> chosen = new ArrayList<>();
        chosen.add(top);
        int parent = tree.parent(top);
        if (parent >= 0 && top != body) {
            double threshold = Math.max(10, best * 0.2);
            String topClass = tree.attr(top, "class");
            for (int sib = parent + 1; sib < tree.end(parent); sib = tree.end(sib)) {
                if (sib == top || !tree.isElement(sib) || !sc.known(sib) || page.removed[sib]) continue;
                int k = sc.of(page, sib);
                double ld = sc.linkDensity(k);
                String sibClass = tree.attr(sib, "class");
                double bonus = topClass != null && !topClass.isEmpty() && topClass.equals(sibClass) ? best * 0.2 : 0;
                double fin = sc.score[k] * (1 - ld) + bonus;
                if (fin >= threshold || (LEAF_BLOCKS[tree.tag(sib)] && sc.text[k] > 80 && ld < 0.25)) chosen.add(sib);
            }
        }
        List<Block> out = new ArrayList<>();
        int linky = 0;
        for (Block b : blocks) {
            for (int c : chosen) {
                if (tree.contains(c, b.owner)) {
                    out.add(b);
                    if (b.linkDensity() > 0.5) linky++;
                    break;
                }
            }
        }
        return new Selection(out, top, out.size(), linky);
    }

    /**
     * Goes up from the best container while its parent adds article prose (a body split into chunks
     * around ads or a layout grid) or next to nothing; stops where the parent adds furniture.
     */
    private static int climb(HtmlTree tree, Scores sc, int top, int body) {
        int c = top, accepted = top;
        while (c != body && tree.parent(c) >= 0 && tree.parent(c) != body) {
            int p = tree.parent(c);
            if (!sc.known(c) || !sc.known(p)) break;
            int kc = sc.slot[c] - 1, kp = sc.slot[p] - 1;
            double extraTotal = sc.text[kp] - sc.text[kc], extraLinks = sc.links[kp] - sc.links[kc];
            double extraProse = sc.prose[kp] - sc.prose[kc];
            boolean harmless = extraTotal <= 0.1 * sc.text[kc] + 50;
            boolean moreArticle = extraProse >= 200 && extraProse >= 0.6 * extraTotal && extraLinks <= 0.2 * extraTotal;
            if (!harmless && !moreArticle) break;
            c = p;
            // Only a step that adds article prose moves the result; steps over empty wrappers are tentative.
            if (moreArticle) accepted = c;
        }
        return accepted;
    }

    private static final NameWords TEASER_NAMES = new NameWords(
            "excerpt teaser summary card promo archive more listing river feed latest");

    /** Whether a block sits in a list item or a teaser card: prose there summarises other stories. */
    private static boolean inTeaser(Page page, int owner) {
        HtmlTree tree = page.tree;
        int body = tree.body();
        int level = 0;
        for (int e = owner; e >= 0 && e != body && level < 6; e = tree.parent(e), level++) {
            if (tree.tag(e) == Tags.LI) return true;
            if ((page.names(e) & TEASER_NAME) != 0) return true;
        }
        return false;
    }

    private static int widen(HtmlTree tree, Scores sc, int top, double best, int body) {
        List<Integer> alternatives = new ArrayList<>();
        for (int k = 0; k < sc.count; k++) {
            if (sc.node[k] != top && sc.fin(k) >= best * 0.75) alternatives.add(sc.node[k]);
        }
        alternatives.sort(null);
        if (alternatives.size() < 2) return top;
        Map<Integer, Integer> shared = new HashMap<>();
        for (int alt : alternatives) {
            if (tree.contains(alt, top) || tree.contains(top, alt)) continue;
            for (int p = tree.parent(top); p >= 0; p = tree.parent(p)) {
                if (tree.contains(p, alt)) {
                    shared.merge(p, 1, Integer::sum);
                    break;
                }
            }
        }
        for (int p = tree.parent(top); p >= 0 && p != body; p = tree.parent(p)) {
            if (shared.getOrDefault(p, 0) >= 2) return p;
        }
        return top;
    }

    private static double initialScore(Page page, int e) {
        HtmlTree tree = page.tree;
        double s = switch (tree.tag(e)) {
            case Tags.ARTICLE -> 10;
            case Tags.MAIN, Tags.DIV, Tags.SECTION -> 5;
            case Tags.PRE, Tags.TD, Tags.BLOCKQUOTE -> 3;
            case Tags.ADDRESS, Tags.OL, Tags.UL, Tags.DL, Tags.DD, Tags.DT, Tags.LI, Tags.FORM -> -3;
            case Tags.H1, Tags.H2, Tags.H3, Tags.H4, Tags.H5, Tags.H6, Tags.TH -> -5;
            default -> 0;
        };
        int cls = page.names(e);
        if ((cls & NEGATIVE_NAME) != 0) s -= 25;
        if ((cls & POSITIVE_NAME) != 0) s += 25;
        if ((tree.attributes(e) & HtmlTree.ATTR_ITEMPROP) != 0 && "articleBody".equals(tree.attr(e, "itemprop"))) s += 30;
        return s;
    }

    private static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '.' || c == '。' || c == ';') n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- post-filters

    /** Drops the non-prose tail after the last paragraph ("Follow us on ...", a lone heading). */
    private static void trimTail(List<Block> kept) {
        // A "related stories" heading and the short link lines under it, up to the next real paragraph.
        for (int i = 0; i < kept.size(); i++) {
            if (!Lines.isRelatedHeading(kept.get(i).finalText)) continue;
            int j = i + 1;
            while (j < kept.size() && !(kept.get(j).kind == ParagraphKind.PARAGRAPH && kept.get(j).prose())) j++;
            kept.subList(i, j).clear();
            i--;
        }
        // Calls to action ("Subscribe to ...", "Follow us on ...") among the last blocks.
        for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - 5); i--) {
            if (Lines.isCallToAction(kept.get(i).finalText)) kept.remove(i);
        }
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            boolean heading = last.kind == ParagraphKind.HEADING;
            boolean shortNonProse = !Lines.endsLikeSentence(last.finalText) && last.words() <= 6
                    && last.kind != ParagraphKind.LIST_ITEM && last.kind != ParagraphKind.TABLE_ROW;
            if (heading || shortNonProse) kept.remove(kept.size() - 1);
            else break;
        }
    }

    /**
     * Uses the JSON-LD {@code articleBody} when the page carries a sane one and the DOM gave much less of
     * it (a body split over scripts, a paywall overlay that our cleaning removed, an unusual template).
     */
    private static List<Paragraph> preferArticleBody(List<Paragraph> dom, int domWords, PageMetadata meta) {
        if (meta.articleBody().isEmpty()) return dom;
        String ab = meta.articleBody().get();
        // The raw value counts at least the words of its text: when the page gave that much, keep the page.
        if (domWords >= 0.6 * Lines.words(ab)) return dom;
        if (ab.indexOf('<') >= 0 && ab.matches("(?s).*</?(?:p|div|br|span|a)\\b.*")) {
            ab = org.jsoup.Jsoup.parseBodyFragment(ab).text();
        }
        int abWords = Lines.words(ab);
        if (abWords < 50 || domWords >= 0.6 * abWords) return dom;
        List<Paragraph> out = new ArrayList<>();
        for (String part : ab.split("\\s*\\n\\s*")) {
            String t = TextExtractor.normalise(part);
            if (!t.isEmpty()) out.add(new Paragraph(ParagraphKind.PARAGRAPH, t, 0, t.length(), -1, -1));
        }
        return out.isEmpty() ? dom : out;
    }

    /** Whether what was selected is one article rather than nothing or a mash-up of teasers. */
    private static boolean isArticle(List<Paragraph> paragraphs, int[] wordCounts, Selection sel, PageMetadata meta) {
        int words = 0, prose = 0, longest = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            int w = wordCounts[i];
            words += w;
            longest = Math.max(longest, w);
            if (w >= 8 && Lines.endsLikeSentence(p.text())) prose++;
        }
        if (words < 25 && longest < 15) return false;
        boolean declaredArticle = meta.articleTyped() || meta.ogType().map(t -> t.contains("article")).orElse(false);
        // A listing: many link-dense teaser blocks among short summaries, and the page does not call itself an article.
        boolean teaserMashup = sel.linkyBlocks() >= 5 && sel.linkyBlocks() * 2 >= sel.candidateBlocks() && words / Math.max(1, paragraphs.size()) < 45;
        if (teaserMashup && !declaredArticle) return false;
        return words >= 25 || prose >= 1;
    }
}
