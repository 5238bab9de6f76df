package org.newsgraph.extract.html;

import java.util.Arrays;
import java.util.Locale;

/**
 * A compact, read-only HTML tree built in one pass over the page, for extraction. Nodes are numbered in
 * document order (pre-order), so the subtree of node {@code n} is the index range {@code [n, end(n))}:
 * descendant tests are two comparisons and no traversal recurses. Script, style, SVG and other raw-text
 * elements are skipped with one search for their end tag, never tokenised; attributes are parsed only when
 * asked for. Tree building follows HTML's rules where they matter for text (implied end tags for
 * {@code p}, {@code li}, table cells, headings; void elements; end tags that match nothing are ignored;
 * everything after {@code </body>} stays in the body) and caps nesting at {@value #MAX_DEPTH} levels, so a
 * hostile page costs time and memory linear in its size. Not a general HTML5 parser. Immutable once built;
 * safe to share between threads.
 */
public final class HtmlTree {
    /** Deeper elements are attached to the element at this depth; their content stays, their nesting goes. */
    public static final int MAX_DEPTH = 512;

    private static final byte ELEMENT = 0, TEXT = 1, RAW_TEXT = 2;

    /** Bits of {@link #attributes(int)}: which of the attributes extraction looks at an element has. */
    public static final int ATTR_ID = 1, ATTR_CLASS = 2, ATTR_STYLE = 4, ATTR_ROLE = 8, ATTR_HIDDEN = 16,
            ATTR_ARIA_HIDDEN = 32, ATTR_ITEMPROP = 64, ATTR_REL = 128, ATTR_DATETIME = 256, ATTR_OTHER = 1 << 30;

    private final String src;
    private byte[] kind;
    private int[] tag;
    private int[] start;
    private int[] stop;
    private int[] parent;
    private int[] end;
    private int[] attrs;
    private long[] namesHash;
    /** Source characters of the text nodes before each node, all and inside a {@code <p>}: subtree sums in O(1). */
    private int[] textBefore;
    private int[] paragraphTextBefore;
    private int totalText, totalParagraphText;
    private int n;
    private int html = -1, head = -1, body = -1;

    // building state
    private int[] stack = new int[64];
    private int depth;
    /** How many elements of each tag are open, so implied-end checks skip the stack walk when none is. */
    private final int[] open = new int[Tags.COUNT];

    private HtmlTree(String src) {
        this.src = src;
        int cap = Math.max(256, Math.min(src.length() / 64, 1 << 22));
        kind = new byte[cap];
        tag = new int[cap];
        start = new int[cap];
        stop = new int[cap];
        parent = new int[cap];
        end = new int[cap];
        attrs = new int[cap];
        namesHash = new long[cap];
        textBefore = new int[cap];
        paragraphTextBefore = new int[cap];
    }

    /** Builds the tree of a page. Never throws on malformed markup. */
    public static HtmlTree parse(String html) {
        HtmlTree t = new HtmlTree(html);
        t.build();
        return t;
    }

    // ------------------------------------------------------------------ access

    public String source() {
        return src;
    }

    public int size() {
        return n;
    }

    /** The body element (always present after parsing). */
    public int body() {
        return body;
    }

    public int head() {
        return head;
    }

    public int html() {
        return html;
    }

    public boolean isElement(int i) {
        return kind[i] == ELEMENT;
    }

    public boolean isText(int i) {
        return kind[i] == TEXT;
    }

    /** The tag id ({@link Tags}) of an element. */
    public int tag(int i) {
        return tag[i];
    }

    public int parent(int i) {
        return parent[i];
    }

    /** One past the last node of the subtree of {@code i}. */
    public int end(int i) {
        return end[i];
    }

    /** Where the node starts in the source: the {@code <} of a start tag, or a text run's first character. */
    public int sourceStart(int i) {
        return start[i];
    }

    /** Where the node's start tag or text run ends in the source. */
    public int sourceEnd(int i) {
        return stop[i];
    }

    public boolean contains(int ancestor, int node) {
        return node >= ancestor && node < end[ancestor];
    }

    /** The name of an element as written, lower-cased. */
    public String name(int i) {
        if (tag[i] != Tags.OTHER) return Tags.name(tag[i]);
        int s = start[i] + 1, e = s;
        while (e < stop[i] && !isSpace(src.charAt(e)) && src.charAt(e) != '>' && src.charAt(e) != '/') e++;
        return src.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** An attribute's value with entities decoded, or null when the element does not have it. */
    public String attr(int i, String name) {
        return attrs(i, name)[0];
    }

    /** The {@code ATTR_*} bits of the attributes the element has; 0 for a bare tag. */
    public int attributes(int i) {
        return attrs[i];
    }

    /** Whether the start tag of {@code i} contains {@code needle} (ASCII, case-insensitive): a cheap pre-check. */
    public boolean tagContains(int i, String needle) {
        int s = start[i], e = stop[i] - needle.length();
        if (s < 0) return false;
        char c0 = Character.toLowerCase(needle.charAt(0)), c1 = Character.toUpperCase(c0);
        for (int k = s; k <= e; k++) {
            char c = src.charAt(k);
            if ((c == c0 || c == c1) && src.regionMatches(true, k, needle, 0, needle.length())) return true;
        }
        return false;
    }

    /** Whether the element's start tag has any attribute at all. */
    public boolean hasAttributes(int i) {
        return attrs[i] != 0;
    }

    /**
     * A 64-bit hash of the lower-cased raw characters of the {@code id} and {@code class} values, 0 when the
     * element has neither (computed while building): lets callers cache what a name means without building
     * its string.
     */
    public long namesHash(int i) {
        return namesHash[i];
    }

    /** The values of several attributes in one scan of the tag (null where absent), in the order asked. */
    public String[] attrs(int i, String... names) {
        String[] out = new String[names.length];
        if (kind[i] != ELEMENT || start[i] < 0) return out;
        int p = start[i] + 1, e = stop[i];
        while (p < e && !isSpace(src.charAt(p)) && src.charAt(p) != '>' && src.charAt(p) != '/') p++;
        while (p < e) {
            char c = src.charAt(p);
            if (isSpace(c) || c == '/') { p++; continue; }
            if (c == '>') break;
            int ns = p;
            while (p < e && !isSpace(src.charAt(p)) && src.charAt(p) != '=' && src.charAt(p) != '>'
                    && !(src.charAt(p) == '/' && p + 1 < e && src.charAt(p + 1) == '>')) p++;
            int ne = p;
            while (p < e && isSpace(src.charAt(p))) p++;
            int vs = -1, ve = -1;
            if (p < e && src.charAt(p) == '=') {
                p++;
                while (p < e && isSpace(src.charAt(p))) p++;
                if (p < e && (src.charAt(p) == '"' || src.charAt(p) == '\'')) {
                    char q = src.charAt(p);
                    ve = src.indexOf(q, p + 1);
                    if (ve < 0 || ve > e) ve = e;
                    vs = p + 1;
                    p = Math.min(e, ve + 1);
                } else {
                    vs = p;
                    while (p < e && !isSpace(src.charAt(p)) && src.charAt(p) != '>') p++;
                    ve = p;
                }
            }
            for (int k = 0; k < names.length; k++) {
                if (out[k] == null && matches(ns, ne, names[k])) out[k] = vs < 0 ? "" : decode(vs, ve);
            }
        }
        return out;
    }

    private boolean matches(int s, int e, String name) {
        return e - s == name.length() && Tags.equalsLower(src, s, name.toLowerCase(Locale.ROOT));
    }

    /** The text of a subtree, entities decoded, whitespace collapsed and trimmed. */
    public String text(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < end[i]; k++) {
            if (kind[k] == TEXT) appendCollapsed(sb, k);
            else if (kind[k] == ELEMENT && tag[k] == Tags.BR && !sb.isEmpty()) sb.append(' ');
        }
        return trim(sb);
    }

    /** The text of an element's own text children (not its descendants'), collapsed and trimmed. */
    public String ownText(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i + 1; k < end[i]; k = end[k]) {
            if (kind[k] == TEXT) appendCollapsed(sb, k);
        }
        return trim(sb);
    }

    /** The raw content of a raw-text element (a script's code, a title's text), or "". */
    public String rawText(int i) {
        for (int k = i + 1; k < end[i]; k++) {
            if (kind[k] == RAW_TEXT) return src.substring(start[k], stop[k]);
        }
        return "";
    }

    /** Appends a text node's text with whitespace runs collapsed to one space. */
    public void appendCollapsed(StringBuilder sb, int i) {
        int s = start[i], e = stop[i];
        CharSequence text = src;
        int from = s, to = e;
        if (hasAmp(s, e)) {
            text = decode(s, e);
            from = 0;
            to = text.length();
        }
        boolean space = !sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ';
        int k = from;
        while (k < to) {
            // copy a run of ordinary characters in one call
            int run = k;
            while (run < to && ordinary(text.charAt(run))) run++;
            if (run > k) {
                sb.append(text, k, run);
                space = false;
                k = run;
                continue;
            }
            char c = text.charAt(k++);
            if (c <= ' ' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                    || c == '\u3000' || c == '\u202F' || c == '\u205F') {
                if (!space && !sb.isEmpty()) {
                    sb.append(' ');
                    space = true;
                }
            }
            // else: zero-width characters, soft hyphens and C1 controls carry no text
        }
    }

    /** A character copied as is: not white space, not invisible. */
    private static boolean ordinary(char c) {
        if (c > ' ' && c < '\u007F') return true;
        if (c <= ' ' || c < '\u00A0' || c == '\u00A0' || c == '\u00AD') return false;
        if (c >= '\u2000' && c <= '\u200C' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\uFEFF') return false;
        return true;
    }

    private static String trim(StringBuilder sb) {
        int s = 0, e = sb.length();
        while (s < e && sb.charAt(s) == ' ') s++;
        while (e > s && sb.charAt(e - 1) == ' ') e--;
        return sb.substring(s, e);
    }

    /** Number of source characters in text nodes of the subtree (a cheap size measure), in O(1). */
    public int textLength(int i) {
        int e = end[i];
        return (e < n ? textBefore[e] : totalText) - textBefore[i];
    }

    /** Number of source characters of the subtree's text that lies inside {@code <p>} elements, in O(1). */
    public int paragraphTextLength(int i) {
        int e = end[i];
        return (e < n ? paragraphTextBefore[e] : totalParagraphText) - paragraphTextBefore[i];
    }

    private boolean hasAmp(int s, int e) {
        for (int k = s; k < e; k++) if (src.charAt(k) == '&') return true;
        return false;
    }

    private String decode(int s, int e) {
        if (!hasAmp(s, e)) return src.substring(s, e);
        return org.jsoup.parser.Parser.unescapeEntities(src.substring(s, e), false);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    // ------------------------------------------------------------------ building

    private int add(byte k, int t, int s, int e, int par) {
        if (n == kind.length) {
            int cap = n * 2;
            kind = Arrays.copyOf(kind, cap);
            tag = Arrays.copyOf(tag, cap);
            start = Arrays.copyOf(start, cap);
            stop = Arrays.copyOf(stop, cap);
            parent = Arrays.copyOf(parent, cap);
            end = Arrays.copyOf(end, cap);
            attrs = Arrays.copyOf(attrs, cap);
            namesHash = Arrays.copyOf(namesHash, cap);
            textBefore = Arrays.copyOf(textBefore, cap);
            paragraphTextBefore = Arrays.copyOf(paragraphTextBefore, cap);
        }
        textBefore[n] = totalText;
        paragraphTextBefore[n] = totalParagraphText;
        if (k == TEXT) {
            totalText += e - s;
            if (open[Tags.P] > 0) totalParagraphText += e - s;
        }
        attrs[n] = 0;
        namesHash[n] = 0;
        kind[n] = k;
        tag[n] = t;
        start[n] = s;
        stop[n] = e;
        parent[n] = par;
        end[n] = n + 1;
        return n++;
    }

    private int top() {
        return stack[depth - 1];
    }

    private void push(int node) {
        if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
        stack[depth++] = node;
        open[tag[node]]++;
    }

    /** Pops the top element, closing its subtree. */
    private void pop() {
        int node = stack[--depth];
        end[node] = n;
        open[tag[node]]--;
        lastClosed = node;
    }

    /** The element closed last; with {@code end[lastClosed] == n} nothing was added since. */
    private int lastClosed = -1;

    /**
     * Whether white space at this point cannot show: first in its element, or right after a block-level
     * sibling. Such runs (a third of a typical page's nodes) are not stored.
     */
    private boolean insignificantSpace() {
        int top = top();
        if (n - 1 == top) return Tags.isBlock(tag[top]);
        return lastClosed >= 0 && end[lastClosed] == n && parent[lastClosed] == top && Tags.isBlock(tag[lastClosed]);
    }

    private void popTo(int index) {
        while (depth > index) pop();
    }

    private void build() {
        int root = add(ELEMENT, Tags.OTHER, -1, -1, -1);
        push(root);
        String s = src;
        int len = s.length();
        int i = 0;
        while (i < len) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                addText(i, len);
                break;
            }
            if (lt > i) addText(i, lt);
            if (lt + 1 >= len) {
                addText(lt, len);
                break;
            }
            char c = s.charAt(lt + 1);
            if (isLetter(c)) {
                i = startTag(lt);
            } else if (c == '/') {
                if (lt + 2 < len && isLetter(s.charAt(lt + 2))) {
                    i = endTag(lt);
                } else {
                    int gt = s.indexOf('>', lt + 2);
                    i = gt < 0 ? len : gt + 1;
                }
            } else if (c == '!') {
                if (s.startsWith("<!--", lt)) {
                    int ce = s.indexOf("-->", lt + 4);
                    i = ce < 0 ? len : ce + 3;
                } else if (s.startsWith("<![CDATA[", lt)) {
                    int ce = s.indexOf("]]>", lt + 9);
                    i = ce < 0 ? len : ce + 3;
                } else {
                    int gt = s.indexOf('>', lt + 2);
                    i = gt < 0 ? len : gt + 1;
                }
            } else if (c == '?') {
                int gt = s.indexOf('>', lt + 2);
                i = gt < 0 ? len : gt + 1;
            } else {
                addText(lt, lt + 1);
                i = lt + 1;
            }
        }
        ensureBody();
        popTo(0);
        end[0] = n;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private void addText(int s, int e) {
        if (body >= 0 && insignificantSpace() && isBlank(s, e)) return;
        if (body < 0) {
            boolean blank = true;
            for (int k = s; k < e; k++) {
                if (!Character.isWhitespace(src.charAt(k))) {
                    blank = false;
                    break;
                }
            }
            if (blank) return;
            ensureBody();
        }
        add(TEXT, Tags.OTHER, s, e, top());
    }

    private boolean isBlank(int s, int e) {
        for (int k = s; k < e; k++) {
            char c = src.charAt(k);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    private void ensureHtml() {
        if (html >= 0) return;
        html = add(ELEMENT, Tags.HTML, -1, -1, 0);
        push(html);
    }

    private void ensureBody() {
        if (body >= 0) return;
        ensureHtml();
        // leave the head (and anything left open in it)
        for (int k = depth - 1; k >= 0; k--) {
            if (stack[k] == html) {
                popTo(k + 1);
                break;
            }
        }
        body = add(ELEMENT, Tags.BODY, -1, -1, html);
        push(body);
    }

    private static boolean headish(int t) {
        return t == Tags.TITLE || t == Tags.META || t == Tags.LINK || t == Tags.SCRIPT || t == Tags.STYLE
                || t == Tags.BASE || t == Tags.NOSCRIPT || t == Tags.TEMPLATE;
    }

    /** Parses a start tag at {@code lt}; returns where parsing goes on. */
    private int startTag(int lt) {
        String s = src;
        int len = s.length();
        int p = lt + 1;
        while (p < len && !isSpace(s.charAt(p)) && s.charAt(p) != '>' && s.charAt(p) != '/') p++;
        int nameEnd = p;
        // find the end of the tag, honouring quoted attribute values, noting which attributes it has
        boolean selfClosing = false;
        int gt = -1;
        int mask = 0;
        long names = 0;
        while (p < len) {
            char c = s.charAt(p);
            if (c == '>') {
                gt = p;
                break;
            }
            if (isSpace(c) || c == '/') {
                if (c == '/' && p + 1 < len && s.charAt(p + 1) == '>') selfClosing = true;
                p++;
                continue;
            }
            int ns = p;
            while (p < len) {
                char d = s.charAt(p);
                if (isSpace(d) || d == '=' || d == '>' || d == '/' && p + 1 < len && s.charAt(p + 1) == '>') break;
                p++;
            }
            int bit = attrBit(ns, p);
            mask |= bit;
            while (p < len && isSpace(s.charAt(p))) p++;
            int vs = p, ve = p;
            if (p < len && s.charAt(p) == '=') {
                p++;
                while (p < len && isSpace(s.charAt(p))) p++;
                if (p < len && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
                    int q = s.indexOf(s.charAt(p), p + 1);
                    vs = p + 1;
                    ve = q < 0 ? len : q;
                    p = q < 0 ? len : q + 1;
                } else {
                    vs = p;
                    while (p < len && !isSpace(s.charAt(p)) && s.charAt(p) != '>') p++;
                    ve = p;
                }
            }
            if (bit == ATTR_ID || bit == ATTR_CLASS) {
                if (names == 0) names = 1125899906842597L;
                names = 31 * names + (bit == ATTR_ID ? 1 : 2);
                for (int k = vs; k < ve; k++) {
                    char ch = s.charAt(k);
                    if (ch >= 'A' && ch <= 'Z') ch += 32;
                    names = 1099511628211L * (names ^ ch);
                }
                if (names == 0) names = 1;
            }
        }
        int tagEnd = gt < 0 ? len : gt + 1;
        int t = tagId(lt + 1, nameEnd);

        if (t == Tags.HTML) {
            if (html < 0) {
                html = add(ELEMENT, Tags.HTML, lt, tagEnd, 0);
                push(html);
            }
            return tagEnd;
        }
        if (t == Tags.HEAD) {
            if (head < 0 && body < 0) {
                ensureHtml();
                head = add(ELEMENT, Tags.HEAD, lt, tagEnd, html);
                push(head);
            }
            return tagEnd;
        }
        if (t == Tags.BODY) {
            if (body < 0) {
                ensureBody();
                start[body] = lt;
                stop[body] = tagEnd;
            }
            return tagEnd;
        }
        if (body < 0) {
            if (headish(t)) {
                if (head < 0) {
                    ensureHtml();
                    head = add(ELEMENT, Tags.HEAD, -1, -1, html);
                    push(head);
                }
            } else {
                ensureBody();
            }
        }
        impliedEnds(t);
        int el = add(ELEMENT, t, lt, tagEnd, top());
        attrs[el] = mask;
        namesHash[el] = names;
        if (Tags.isRaw(t)) {
            if (selfClosing && (t == Tags.SVG || t == Tags.MATH || t == Tags.SCRIPT)) {
                return tagEnd;
            }
            int close = t == Tags.PLAINTEXT ? -1 : findEndTag(tagEnd, lt + 1, nameEnd);
            int contentEnd = close < 0 ? len : close;
            if (contentEnd > tagEnd) add(RAW_TEXT, Tags.OTHER, tagEnd, contentEnd, el);
            end[el] = n;
            if (close < 0) return len;
            int gt2 = s.indexOf('>', close);
            return gt2 < 0 ? len : gt2 + 1;
        }
        if (Tags.isVoid(t) || selfClosing && t == Tags.OTHER) {
            return tagEnd;
        }
        if (depth < MAX_DEPTH) push(el);
        return tagEnd;
    }

    private int attrBit(int s, int e) {
        String a = switch (e - s) {
            case 2 -> "id";
            case 3 -> "rel";
            case 4 -> "role";
            case 5 -> (src.charAt(s) | 32) == 'c' ? "class" : "style";
            case 6 -> "hidden";
            case 8 -> (src.charAt(s) | 32) == 'i' ? "itemprop" : "datetime";
            case 11 -> "aria-hidden";
            default -> null;
        };
        if (a == null || !Tags.equalsLower(src, s, a)) return ATTR_OTHER;
        return switch (a) {
            case "id" -> ATTR_ID;
            case "rel" -> ATTR_REL;
            case "role" -> ATTR_ROLE;
            case "class" -> ATTR_CLASS;
            case "style" -> ATTR_STYLE;
            case "hidden" -> ATTR_HIDDEN;
            case "itemprop" -> ATTR_ITEMPROP;
            case "datetime" -> ATTR_DATETIME;
            default -> ATTR_ARIA_HIDDEN;
        };
    }

    private int tagId(int s, int e) {
        int l = e - s;
        if (l == 0 || l > 10) return Tags.OTHER;
        return Tags.id(src, s, e);
    }

    /** The offset of the end tag {@code </name} for a raw-text element, case-insensitive, or -1. */
    private int findEndTag(int from, int nameStart, int nameEnd) {
        String s = src;
        int nl = nameEnd - nameStart;
        int p = from;
        while (true) {
            int lt = s.indexOf("</", p);
            if (lt < 0) return -1;
            if (lt + 2 < s.length() && (s.charAt(lt + 2) | 32) == (s.charAt(nameStart) | 32)
                    && s.regionMatches(true, lt + 2, s, nameStart, nl)) {
                int after = lt + 2 + nl;
                if (after >= s.length()) return lt;
                char c = s.charAt(after);
                if (c == '>' || isSpace(c) || c == '/') return lt;
            }
            p = lt + 2;
        }
    }

    /** Closes what a start tag implicitly ends: an open p, a previous li, cell or row, a heading. */
    private void impliedEnds(int t) {
        if (Tags.closesP(t)) closeInScope(Tags.P, -1, -1);
        if (Tags.isHeading(t) && Tags.isHeading(tag[top()])) pop();
        switch (t) {
            case Tags.LI -> closeInScope(Tags.LI, Tags.UL, Tags.OL);
            case Tags.DD, Tags.DT -> {
                closeInScope(Tags.DD, Tags.DL, -1);
                closeInScope(Tags.DT, Tags.DL, -1);
            }
            case Tags.TR -> {
                closeInScope(Tags.TD, Tags.TABLE, -1);
                closeInScope(Tags.TH, Tags.TABLE, -1);
                closeInScope(Tags.TR, Tags.TABLE, -1);
            }
            case Tags.TD, Tags.TH -> {
                closeInScope(Tags.TD, Tags.TR, Tags.TABLE);
                closeInScope(Tags.TH, Tags.TR, Tags.TABLE);
            }
            case Tags.TBODY, Tags.THEAD, Tags.TFOOT -> {
                for (int x : new int[] {Tags.TD, Tags.TH, Tags.TR, Tags.TBODY, Tags.THEAD, Tags.TFOOT}) {
                    closeInScope(x, Tags.TABLE, -1);
                }
            }
            case Tags.A -> closeInScope(Tags.A, -1, -1);
            case Tags.OPTION -> {
                if (tag[top()] == Tags.OPTION) pop();
            }
            default -> { }
        }
    }

    /** Pops up to and including the nearest open {@code target}, unless a scope boundary or a stop tag comes first. */
    private void closeInScope(int target, int stop1, int stop2) {
        if (open[target] == 0) return;
        for (int k = depth - 1; k > 0; k--) {
            int t = tag[stack[k]];
            if (t == target) {
                popTo(k);
                return;
            }
            if (t == stop1 || t == stop2 || (Tags.isScope(t) && t != target)) return;
        }
    }

    private int endTag(int lt) {
        String s = src;
        int len = s.length();
        int p = lt + 2;
        while (p < len && !isSpace(s.charAt(p)) && s.charAt(p) != '>' && s.charAt(p) != '/') p++;
        int nameEnd = p;
        int gt = s.indexOf('>', p);
        int next = gt < 0 ? len : gt + 1;
        int t = tagId(lt + 2, nameEnd);
        if (t == Tags.BODY || t == Tags.HTML) return next; // content after </body> stays in the body
        if (t == Tags.HEAD) {
            if (body < 0 && head >= 0) {
                for (int k = depth - 1; k > 0; k--) {
                    if (stack[k] == head) {
                        popTo(k);
                        break;
                    }
                }
            }
            return next;
        }
        if (t == Tags.BR) {
            if (body < 0) ensureBody();
            add(ELEMENT, Tags.BR, lt, next, top());
            return next;
        }
        boolean block = Tags.isBlock(t);
        for (int k = depth - 1; k > 0; k--) {
            int node = stack[k];
            int nt = tag[node];
            boolean same = nt == t && (t != Tags.OTHER || nameEquals(node, lt + 2, nameEnd));
            if (same) {
                popTo(k);
                return next;
            }
            // an inline end tag never closes a block; nothing closes past a table or cell boundary
            if (!block && Tags.isBlock(nt) || Tags.isScope(nt)) return next;
        }
        return next;
    }

    private boolean nameEquals(int node, int s, int e) {
        int ns = start[node] + 1;
        int l = e - s;
        if (ns + l > src.length() || !src.regionMatches(true, ns, src, s, l)) return false;
        int after = ns + l;
        return after >= src.length() || isSpace(src.charAt(after)) || src.charAt(after) == '>' || src.charAt(after) == '/';
    }
}
