package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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
 * {@link ArticleStatus#NOT_ARTICLE}. Stateless and thread-safe.
 */
public final class HtmlExtractor {

    /** Tags whose whole subtree is never article text. */
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "picture", "img", "input",
            "select", "option", "button", "textarea", "link", "meta", "head", "title", "map", "area", "dialog", "figcaption");

    /** Tags that start and end a text block. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "header", "footer", "aside", "nav", "form",
            "fieldset", "address", "center", "hr", "body", "details", "summary", "hgroup", "menu", "legend");

    /** Tags whose text block counts to the parent container rather than to the block itself. */
    private static final Set<String> LEAF_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "pre", "td", "th", "tr", "blockquote", "figcaption", "caption", "address", "summary", "legend");

    /** Structural containers that hold page chrome, not the article. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "search", "dialog", "alert", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    /** Names of containers that hold page furniture; an element so named is dropped unless it holds most of the page. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:comment|comments|commentlist|disqus|share|sharing|sharebar|social|socials|related|recommend\\w*"
            + "|newsletter|subscribe|subscription|signup|sign-up|cookie\\w*|consent|gdpr|promo|promos|promotion|advert\\w*"
            + "|ads?|adslot|adunit|ad-slot|ad-container|dfp|gpt|sponsor\\w*|sidebar|side-bar|breadcrumbs?|footer|masthead"
            + "|navbar|nav|navigation|menu|popup|modal|overlay|banner|tags|tag-list|taglist|keywords|author-bio|author-info"
            + "|authorbox|bio|most-popular|mostpopular|popular|trending|outbrain|taboola|zergnet|read-more|readmore"
            + "|more-stories|morestories|also-read|paywall|pagination|pager|toolbar|widget|widgets|skip|print-only"
            + "|hidden|hide|visually-hidden|sr-only|screen-reader-text|offscreen|byline|dateline|timestamp|caption|credit"
            + "|figcaption|photo-credit|image-credit|video|gallery|slideshow|carousel|rating|vote|poll|survey|feedback"
            + "|login|signin|account|toc|table-of-contents|jump-link|inline-link|teaser|teasers|next-article|prev-article"
            + "|newsletter-signup|enews|donate|donation|membership|contributor-bio|related-content|story-footer|article-footer"
            + "|article-tags|post-tags|entry-meta|post-meta|article-meta|meta-data|metadata|share-tools|byline-wrapper)(?:$|[\\s_-])");

    private static final Pattern POSITIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:article|articlebody|article-body|article-content|articletext|body|content|entry|entry-content"
            + "|main|post|post-body|post-content|story|story-body|storycontent|text|blog|prose|rich-text|richtext"
            + "|paragraph|page-content|articlecontent|main-content|maincontent|news|copy)(?:$|[\\s_-])");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** A text block found in the page: one paragraph-to-be. */
    private static final class Block {
        final Element owner;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        ParagraphKind kind;
        int sourceStart = -1;
        int sourceEnd = -1;
        String finalText;

        Block(Element owner, ParagraphKind kind) {
            this.owner = owner;
            this.kind = kind;
        }

        double linkDensity() {
            return finalText.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) finalText.length());
        }
    }

    public Article extract(InputDocument doc, ExtractOptions options) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        String base = doc.url().or(options::url).orElse("");
        Document page = parser.parseInput(doc.content(), base);
        PageMetadata meta = PageMetadata.read(page, doc.url().or(options::url), options.warnings(), doc.source());

        Element body = page.body();
        clean(body);
        List<Block> blocks = segment(body);
        Selection sel = select(body, blocks);

        List<String> authors = new ArrayList<>(meta.authors());
        Optional<String> credit = Optional.empty();
        List<Block> kept = new ArrayList<>();
        String titleKey = meta.title().map(HtmlExtractor::key).orElse("");
        for (Block b : sel.blocks) {
            String t = b.finalText;
            double ld = b.linkDensity();
            int words = Lines.words(t);
            // Quoted posts (embedded tweets) link their author and date; they are still the article's text.
            boolean quote = b.kind == ParagraphKind.BLOCK_QUOTE;
            if (quote ? ld > 0.7 : ld > 0.5 || (ld > 0.33 && words < 12)) continue;
            if (Lines.isJunk(t)) continue;
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
            if (words <= 12 && !Lines.endsLikeSentence(t) && TextDates.dateLine(t).isPresent()) continue;
            if (Lines.hasTeaserLabel(t) && words <= 25 && b.kind != ParagraphKind.TABLE_ROW) continue;
            kept.add(b);
        }
        trimTail(kept);

        List<Paragraph> paragraphs = new ArrayList<>(kept.size());
        for (Block b : kept) {
            paragraphs.add(new Paragraph(b.kind, b.finalText, 0, b.finalText.length(), b.sourceStart, b.sourceEnd));
        }
        paragraphs = preferArticleBody(paragraphs, meta);

        StringBuilder text = new StringBuilder();
        List<Paragraph> laid = Article.layout(paragraphs, text);
        ArticleStatus status = isArticle(laid, sel, meta) ? ArticleStatus.ARTICLE : ArticleStatus.NOT_ARTICLE;
        if (status == ArticleStatus.NOT_ARTICLE) {
            laid = List.of();
            text.setLength(0);
        }
        Optional<Published> published = doc.published().or(options::published).or(meta::published);
        Optional<String> section = meta.section().or(meta::siteName);
        Optional<String> language = meta.language().or(() -> Languages.detect(text));
        return new Article(doc.id(), doc.source(), status, meta.title(), section, meta.siteName(), authors, published,
                language, laid, text.toString(), credit, doc.url().or(options::url), meta.canonicalUrl(), InputFormat.HTML);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    // ---------------------------------------------------------------- cleaning

    /** Removes subtrees that are never the article: scripts, forms controls, hidden and chrome elements. */
    private static void clean(Element body) {
        int bodyText = body.text().length();
        int bodyParagraphText = paragraphText(body);
        List<Element> drop = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) return FilterResult.CONTINUE;
                if (isDroppable(el, bodyText, bodyParagraphText)) {
                    drop.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element el : drop) el.remove();
    }

    private static boolean isDroppable(Element el, int bodyText, int bodyParagraphText) {
        String tag = el.normalName();
        if (DROP_TAGS.contains(tag)) return true;
        if (el.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(el.attr("aria-hidden")) && !tag.equals("html")) return true;
        String style = el.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        boolean chrome = CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(role);
        String names = names(el);
        boolean negative = !names.isEmpty() && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
        boolean strongNegative = !names.isEmpty() && STRONG_NEGATIVE.matcher(names).find();
        if (!chrome && !negative && !strongNegative) return false;
        // Never drop what holds most of the page: a misnamed wrapper ("page-with-sidebar") or a
        // page built inside a <header>.
        int len = el.text().length();
        if (len < 200) return true;
        if (len >= 0.4 * bodyText) return false;
        return paragraphText(el) < 0.5 * bodyParagraphText;
    }

    /** Characters of text inside {@code <p>} elements: what articles are made of. */
    private static int paragraphText(Element el) {
        int n = 0;
        for (Element p : el.getElementsByTag("p")) n += p.text().length();
        return n;
    }

    /** Names that mark furniture even beside a positive word ("article-comments", "post-share"). */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|disqus|share|sharing|social|related|newsletter|cookie\\w*|consent|outbrain|taboola"
            + "|recommended|promo|sponsored|advert\\w*|paywall|subscribe|signup|sidebar|breadcrumbs?|most-popular|trending"
            + "|author-bio|tags|byline|caption|credit|hidden|sr-only|visually-hidden|screen-reader-text|d-none|print-only|d-print-block"
            + "|visible-print|embed-code)(?:$|[\\s_-])");

    /** Layout modifiers name what sits beside an element, not what it is: "has-sidebar", "with-comments". */
    private static final Pattern MODIFIER = Pattern.compile("(?:^|[\\s_-])(?:has|with|w|no|show|hide|without|and-w)-[a-z]+");

    private static String names(Element el) {
        String id = el.id();
        String cls = el.className();
        if (id.isEmpty() && cls.isEmpty()) return "";
        String n = (id + " " + cls).toLowerCase(Locale.ROOT);
        return n.indexOf('-') >= 0 ? MODIFIER.matcher(n).replaceAll(" ") : n;
    }

    // ---------------------------------------------------------------- segmentation

    /** Splits the cleaned body into text blocks at block-level element boundaries. */
    private static List<Block> segment(Element body) {
        List<Block> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            final ArrayList<Element> open = new ArrayList<>();
            Block current;
            int linkDepth;
            int dataRowDepth = -1;
            int brRun;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String raw = tn.getWholeText();
                    if (raw.isEmpty()) return;
                    if (current == null) current = new Block(owner(), kind());
                    int before = current.text.length();
                    appendNormalised(current.text, raw);
                    int added = current.text.length() - before;
                    if (added > 0) {
                        brRun = 0;
                        if (linkDepth > 0) current.linkChars += added;
                        if (tn.sourceRange().isTracked()) {
                            if (current.sourceStart < 0) current.sourceStart = tn.sourceRange().startPos();
                            current.sourceEnd = tn.sourceRange().endPos();
                        }
                    }
                    return;
                }
                if (!(node instanceof Element el)) return;
                String tag = el.normalName();
                if (tag.equals("a")) linkDepth++;
                if (tag.equals("br")) {
                    if (++brRun >= 2) flush();
                    else if (current != null) current.text.append(' ');
                    return;
                }
                if (dataRowDepth >= 0) {
                    if ((tag.equals("td") || tag.equals("th")) && current != null && !current.text.isEmpty()) {
                        int n = current.text.length();
                        if (current.text.charAt(n - 1) == ' ') current.text.setLength(n - 1);
                        current.text.append(" | ");
                    }
                    return;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.add(el);
                    if (tag.equals("tr") && isDataRow(el)) dataRowDepth = depth;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) return;
                String tag = el.normalName();
                if (tag.equals("a")) linkDepth--;
                if (dataRowDepth >= 0 && !(tag.equals("tr") && depth == dataRowDepth)) return;
                if (BLOCK_TAGS.contains(tag)) {
                    if (tag.equals("tr") && depth == dataRowDepth) {
                        if (current != null) current.kind = ParagraphKind.TABLE_ROW;
                        dataRowDepth = -1;
                    }
                    flush();
                    if (!open.isEmpty()) open.remove(open.size() - 1);
                }
            }

            private Element owner() {
                return open.isEmpty() ? body : open.get(open.size() - 1);
            }

            private ParagraphKind kind() {
                for (int i = open.size() - 1; i >= 0; i--) {
                    String t = open.get(i).normalName();
                    switch (t) {
                        case "h1", "h2", "h3", "h4", "h5", "h6" -> { return ParagraphKind.HEADING; }
                        case "li", "dt", "dd" -> { return ParagraphKind.LIST_ITEM; }
                        case "pre" -> { return ParagraphKind.PREFORMATTED; }
                        case "blockquote" -> { return ParagraphKind.BLOCK_QUOTE; }
                        default -> { }
                    }
                }
                return ParagraphKind.PARAGRAPH;
            }

            private void flush() {
                brRun = 0;
                if (current == null) return;
                String t = trimTrailingSpaces(current.text);
                if (!t.isEmpty()) {
                    current.finalText = t;
                    out.add(current);
                }
                current = null;
            }
        }, body);
        // the visitor flushes on the body's tail
        return out;
    }

    private static String trimTrailingSpaces(StringBuilder sb) {
        int s = 0, e = sb.length();
        while (s < e && sb.charAt(s) == ' ') s++;
        while (e > s && sb.charAt(e - 1) == ' ') e--;
        String t = sb.substring(s, e);
        return t.replace(" | | ", " | ");
    }

    private static void appendNormalised(StringBuilder sb, String raw) {
        boolean space = !sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c)) {
                if (!space && !sb.isEmpty()) {
                    sb.append(' ');
                    space = true;
                }
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || (Character.isISOControl(c))) {
                // zero-width and soft hyphens carry no text
            } else {
                sb.append(c);
                space = false;
            }
        }
    }

    /** A table row of data, not layout: its cells hold no block structure of their own. */
    private static boolean isDataRow(Element tr) {
        for (Element d : tr.getAllElements()) {
            if (d == tr) continue;
            String t = d.normalName();
            if (t.equals("table") || t.equals("p") || t.equals("div") || t.equals("ul") || t.equals("ol") || t.equals("blockquote")) return false;
        }
        return tr.text().length() < 1000;
    }

    // ---------------------------------------------------------------- scoring and selection

    private record Selection(List<Block> blocks, Element container, int candidateBlocks, int linkyBlocks) {}

    private static Selection select(Element body, List<Block> blocks) {
        Map<Element, double[]> scores = new IdentityHashMap<>(); // [score, textChars, linkChars, proseChars]
        for (Block b : blocks) {
            int len = b.finalText.length();
            Element start = LEAF_BLOCKS.contains(b.owner.normalName()) ? b.owner.parent() : b.owner;
            // text and link totals for link density of every ancestor
            boolean prose = b.linkDensity() < 0.25 && (Lines.isProse(b.finalText) || len >= 150)
                    && b.kind != ParagraphKind.HEADING && !inTeaser(b.owner, body);
            for (Element e = b.owner; e != null; e = e.parent()) {
                double[] s = scores.computeIfAbsent(e, HtmlExtractor::initialScore);
                s[1] += len;
                s[2] += b.linkChars;
                if (prose) s[3] += len;
                if (e == body) break;
            }
            if (len < 25 || b.kind == ParagraphKind.HEADING) continue;
            double ld = b.linkDensity();
            if (ld > 0.5) continue;
            double score = 1 + punctuation(b.finalText) + Math.min(len / 100.0, 3);
            score *= (1 - ld);
            int level = 0;
            for (Element e = start; e != null && level < 5; e = e.parent(), level++) {
                double[] s = scores.computeIfAbsent(e, HtmlExtractor::initialScore);
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (e == body) break;
            }
        }
        Element top = null;
        double best = 0;
        for (var en : scores.entrySet()) {
            double[] s = en.getValue();
            double ld = s[1] == 0 ? 0 : s[2] / s[1];
            double fin = s[0] * (1 - ld);
            if (fin > best) {
                best = fin;
                top = en.getKey();
            }
        }
        if (top == null) return new Selection(List.of(), body, 0, 0);

        // Readability's step: when the best candidates share an ancestor, the article spans them.
        top = widen(top, scores, best, body);
        top = climb(top, scores, body);

        // Siblings of the container that read like more of the same article join it.
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(top);
        Element parent = top.parent();
        if (parent != null && top != body) {
            double threshold = Math.max(10, best * 0.2);
            String topClass = top.className();
            for (Element sib : parent.children()) {
                if (sib == top) continue;
                double[] s = scores.get(sib);
                if (s == null) continue;
                double ld = s[1] == 0 ? 0 : s[2] / s[1];
                double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? best * 0.2 : 0;
                double fin = s[0] * (1 - ld) + bonus;
                if (fin >= threshold || (LEAF_BLOCKS.contains(sib.normalName()) && s[1] > 80 && ld < 0.25)) chosen.add(sib);
            }
        }
        List<Block> out = new ArrayList<>();
        int linky = 0;
        for (Block b : blocks) {
            if (within(b.owner, chosen, body)) {
                out.add(b);
                if (b.linkDensity() > 0.5) linky++;
            }
        }
        return new Selection(out, top, out.size(), linky);
    }

    /**
     * Goes up from the best container while its parent adds article prose (a body split into chunks
     * around ads or a layout grid) or next to nothing; stops where the parent adds furniture.
     */
    private static Element climb(Element top, Map<Element, double[]> scores, Element body) {
        Element c = top, accepted = top;
        while (c != body && c.parent() != null && c.parent() != body) {
            Element p = c.parent();
            double[] sc = scores.get(c), sp = scores.get(p);
            if (sc == null || sp == null) break;
            double extraTotal = sp[1] - sc[1], extraLinks = sp[2] - sc[2], extraProse = sp[3] - sc[3];
            boolean harmless = extraTotal <= 0.1 * sc[1] + 50;
            boolean moreArticle = extraProse >= 200 && extraProse >= 0.6 * extraTotal && extraLinks <= 0.2 * extraTotal;
            if (!harmless && !moreArticle) break;
            c = p;
            // Only a step that adds article prose moves the result; steps over empty wrappers are tentative.
            if (moreArticle) accepted = c;
        }
        return accepted;
    }

    private static final Pattern TEASER_NAMES = Pattern.compile(
            "(?:^|[\\s_-])(?:excerpt|teaser|summary|card|promo|archive|more|listing|river|feed|latest)(?:$|[\\s_-])");

    /** Whether a block sits in a list item or a teaser card: prose there summarises other stories. */
    private static boolean inTeaser(Element owner, Element body) {
        int level = 0;
        for (Element e = owner; e != null && e != body && level < 6; e = e.parent(), level++) {
            if (e.normalName().equals("li")) return true;
            String n = names(e);
            if (!n.isEmpty() && TEASER_NAMES.matcher(n).find()) return true;
        }
        return false;
    }

    private static Element widen(Element top, Map<Element, double[]> scores, double best, Element body) {
        List<Element> alternatives = new ArrayList<>();
        for (var en : scores.entrySet()) {
            double[] s = en.getValue();
            double ld = s[1] == 0 ? 0 : s[2] / s[1];
            if (en.getKey() != top && s[0] * (1 - ld) >= best * 0.75) alternatives.add(en.getKey());
        }
        if (alternatives.size() < 2) return top;
        Map<Element, Integer> shared = new HashMap<>();
        for (Element alt : alternatives) {
            if (alt.parents().contains(top) || top.parents().contains(alt)) continue;
            for (Element p = top.parent(); p != null; p = p.parent()) {
                if (alt.parents().contains(p)) {
                    shared.merge(p, 1, Integer::sum);
                    break;
                }
            }
        }
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (shared.getOrDefault(p, 0) >= 2) return p;
        }
        return top;
    }

    private static boolean within(Element e, Set<Element> chosen, Element body) {
        for (Element x = e; x != null; x = x.parent()) {
            if (chosen.contains(x)) return true;
            if (x == body) return false;
        }
        return false;
    }

    private static double[] initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "main" -> 5;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = names(e);
        if (!names.isEmpty()) {
            if (NEGATIVE.matcher(names).find()) s -= 25;
            if (POSITIVE.matcher(names).find()) s += 25;
        }
        if ("articleBody".equals(e.attr("itemprop"))) s += 30;
        return new double[] {s, 0, 0, 0};
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
        // Calls to action ("Subscribe to ...", "Follow us on ...") among the last blocks.
        for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - 5); i--) {
            if (Lines.isCallToAction(kept.get(i).finalText)) kept.remove(i);
        }
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            boolean heading = last.kind == ParagraphKind.HEADING;
            boolean shortNonProse = Lines.words(last.finalText) <= 6 && !Lines.endsLikeSentence(last.finalText)
                    && last.kind != ParagraphKind.LIST_ITEM && last.kind != ParagraphKind.TABLE_ROW;
            if (heading || shortNonProse) kept.remove(kept.size() - 1);
            else break;
        }
    }

    /**
     * Uses the JSON-LD {@code articleBody} when the page carries a sane one and the DOM gave much less of
     * it (a body split over scripts, a paywall overlay that our cleaning removed, an unusual template).
     */
    private static List<Paragraph> preferArticleBody(List<Paragraph> dom, PageMetadata meta) {
        if (meta.articleBody().isEmpty()) return dom;
        String ab = meta.articleBody().get();
        if (ab.indexOf('<') >= 0 && ab.matches("(?s).*</?(?:p|div|br|span|a)\\b.*")) {
            ab = org.jsoup.Jsoup.parseBodyFragment(ab).text();
        }
        int abWords = Lines.words(ab);
        int domWords = 0;
        for (Paragraph p : dom) domWords += Lines.words(p.text());
        if (abWords < 50 || domWords >= 0.6 * abWords) return dom;
        List<Paragraph> out = new ArrayList<>();
        for (String part : ab.split("\\s*\\n\\s*")) {
            String t = TextExtractor.normalise(part);
            if (!t.isEmpty()) out.add(new Paragraph(ParagraphKind.PARAGRAPH, t, 0, t.length(), -1, -1));
        }
        return out.isEmpty() ? dom : out;
    }

    /** Whether what was selected is one article rather than nothing or a mash-up of teasers. */
    private static boolean isArticle(List<Paragraph> paragraphs, Selection sel, PageMetadata meta) {
        int words = 0, prose = 0, longest = 0;
        for (Paragraph p : paragraphs) {
            int w = Lines.words(p.text());
            words += w;
            longest = Math.max(longest, w);
            if (Lines.isProse(p.text())) prose++;
        }
        if (words < 25 && longest < 15) return false;
        boolean declaredArticle = meta.articleTyped() || meta.ogType().map(t -> t.contains("article")).orElse(false);
        // A listing: many link-dense teaser blocks among short summaries, and the page does not call itself an article.
        boolean teaserMashup = sel.linkyBlocks() >= 5 && sel.linkyBlocks() * 2 >= sel.candidateBlocks() && words / Math.max(1, paragraphs.size()) < 45;
        if (teaserMashup && !declaredArticle) return false;
        return words >= 25 || prose >= 1;
    }
}
