package org.newsgraph.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Tag ids for the elements the extractor treats specially; every other name gets {@link #OTHER}. */
public final class Tags {
    private Tags() {}

    public static final int OTHER = 0;
    public static final int HTML = 1, HEAD = 2, BODY = 3, TITLE = 4, META = 5, LINK = 6, SCRIPT = 7, STYLE = 8,
            NOSCRIPT = 9, TEMPLATE = 10, SVG = 11, MATH = 12, IFRAME = 13, TEXTAREA = 14, XMP = 15, NOEMBED = 16,
            NOFRAMES = 17, PLAINTEXT = 18, P = 19, DIV = 20, SECTION = 21, ARTICLE = 22, MAIN = 23, H1 = 24, H2 = 25,
            H3 = 26, H4 = 27, H5 = 28, H6 = 29, LI = 30, UL = 31, OL = 32, DL = 33, DT = 34, DD = 35, BLOCKQUOTE = 36,
            PRE = 37, TABLE = 38, TR = 39, TD = 40, TH = 41, TBODY = 42, THEAD = 43, TFOOT = 44, CAPTION = 45,
            FIGURE = 46, FIGCAPTION = 47, HEADER = 48, FOOTER = 49, ASIDE = 50, NAV = 51, FORM = 52, FIELDSET = 53,
            ADDRESS = 54, CENTER = 55, HR = 56, DETAILS = 57, SUMMARY = 58, HGROUP = 59, MENU = 60, LEGEND = 61,
            A = 62, BR = 63, IMG = 64, INPUT = 65, SELECT = 66, OPTION = 67, BUTTON = 68, CANVAS = 69, OBJECT = 70,
            EMBED = 71, VIDEO = 72, AUDIO = 73, SOURCE = 74, TRACK = 75, PICTURE = 76, MAP = 77, AREA = 78,
            DIALOG = 79, TIME = 80, WBR = 81, COL = 82, COLGROUP = 83, BASE = 84, PARAM = 85, KEYGEN = 86,
            OPTGROUP = 87, SPAN = 88, LABEL = 89;
    static final int COUNT = 90;

    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final String[] NAMES = new String[COUNT];

    static {
        String[] names = {"", "html", "head", "body", "title", "meta", "link", "script", "style", "noscript",
            "template", "svg", "math", "iframe", "textarea", "xmp", "noembed", "noframes", "plaintext", "p", "div",
            "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure",
            "figcaption", "header", "footer", "aside", "nav", "form", "fieldset", "address", "center", "hr",
            "details", "summary", "hgroup", "menu", "legend", "a", "br", "img", "input", "select", "option", "button",
            "canvas", "object", "embed", "video", "audio", "source", "track", "picture", "map", "area", "dialog",
            "time", "wbr", "col", "colgroup", "base", "param", "keygen", "optgroup", "span", "label"};
        for (int i = 0; i < names.length; i++) {
            NAMES[i] = names[i];
            if (i > 0) IDS.put(names[i], i);
        }
    }

    /** Open-addressing table of the known names by a case-insensitive hash, for lookups without allocation. */
    private static final int[] SLOTS = new int[512];
    /** The full hash of the name in each slot: a probe that matches hash and length is taken as a hit. */
    private static final int[] SLOT_HASHES = new int[512];

    static {
        for (int id = 1; id < COUNT; id++) {
            String nm = NAMES[id];
            int slot = hash(nm, 0, nm.length()) & (SLOTS.length - 1);
            while (SLOTS[slot] != 0) slot = (slot + 1) & (SLOTS.length - 1);
            SLOTS[slot] = id;
            SLOT_HASHES[slot] = hash(nm, 0, nm.length());
        }
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') c += 32;
            h = 31 * h + c;
        }
        return h ^ (h >>> 9);
    }

    /** The id of the tag name {@code src[from, to)}, any case, without allocating. */
    static int id(String src, int from, int to) {
        int len = to - from;
        int h = hash(src, from, to);
        int slot = h & (SLOTS.length - 1);
        while (true) {
            int id = SLOTS[slot];
            if (id == 0) return OTHER;
            String nm = NAMES[id];
            // Same 32-bit hash and length: only a contrived custom element name could collide, and it would
            // only be read as that HTML tag.
            if (nm.length() == len && SLOT_HASHES[slot] == h) return id;
            slot = (slot + 1) & (SLOTS.length - 1);
        }
    }

    /** Whether {@code src} at {@code from} holds {@code lower} in any ASCII case (names are ASCII). */
    static boolean equalsLower(String src, int from, String lower) {
        int n = lower.length();
        if (from + n > src.length()) return false;
        for (int k = 0; k < n; k++) {
            char c = src.charAt(from + k);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    /** The id of a tag name (any case). */
    public static int id(String name) {
        Integer id = IDS.get(name);
        if (id == null) id = IDS.get(name.toLowerCase(Locale.ROOT));
        return id == null ? OTHER : id;
    }

    public static String name(int id) {
        return NAMES[id];
    }

    private static final boolean[] VOID = flags(AREA, BASE, BR, COL, EMBED, HR, IMG, INPUT, LINK, META, PARAM,
            SOURCE, TRACK, WBR, KEYGEN);
    /** Elements whose content is raw text up to their end tag (or never article text, so skipped whole). */
    private static final boolean[] RAW = flags(SCRIPT, STYLE, TEXTAREA, TITLE, XMP, IFRAME, NOEMBED, NOFRAMES,
            NOSCRIPT, TEMPLATE, SVG, MATH, PLAINTEXT);
    /** Start tags that close an open {@code <p>} (HTML's "close a p element" list). */
    private static final boolean[] CLOSES_P = flags(ADDRESS, ARTICLE, ASIDE, BLOCKQUOTE, CENTER, DETAILS, DIALOG,
            DIV, DL, FIELDSET, FIGCAPTION, FIGURE, FOOTER, FORM, H1, H2, H3, H4, H5, H6, HEADER, HGROUP, HR, MAIN,
            MENU, NAV, OL, P, PRE, SECTION, SUMMARY, TABLE, UL, LI, DD, DT);
    /** Where a search for an open element to close stops. */
    private static final boolean[] SCOPE = flags(HTML, TABLE, TD, TH, CAPTION, TEMPLATE, OBJECT, BUTTON, BODY);
    private static final boolean[] BLOCK = flags(P, DIV, SECTION, ARTICLE, MAIN, H1, H2, H3, H4, H5, H6, LI, UL,
            OL, DL, DT, DD, BLOCKQUOTE, PRE, TABLE, TR, TD, TH, TBODY, THEAD, TFOOT, CAPTION, FIGURE, FIGCAPTION,
            HEADER, FOOTER, ASIDE, NAV, FORM, FIELDSET, ADDRESS, CENTER, HR, BODY, DETAILS, SUMMARY, HGROUP, MENU,
            LEGEND);

    private static boolean[] flags(int... ids) {
        boolean[] f = new boolean[COUNT];
        for (int i : ids) f[i] = true;
        return f;
    }

    public static boolean isVoid(int t) {
        return VOID[t];
    }

    public static boolean isRaw(int t) {
        return RAW[t];
    }

    static boolean closesP(int t) {
        return CLOSES_P[t];
    }

    static boolean isScope(int t) {
        return SCOPE[t];
    }

    /** Block-level: starts and ends a text block. */
    public static boolean isBlock(int t) {
        return BLOCK[t];
    }

    public static boolean isHeading(int t) {
        return t >= H1 && t <= H6;
    }
}
