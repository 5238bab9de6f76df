package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judgements about one line or block of text that both extractors share: is it prose, CMS junk, a credit
 * line, a byline, a teaser label. General rules about how news sites and scrapers write, not lists of any
 * one page's lines. Stateless.
 */
final class Lines {
    private Lines() {}

    /** A whole line that is only a sharing, commenting or navigation control, or a scraper's marker. */
    private static final Pattern JUNK = Pattern.compile(
            "(?iu)^(?:"
            + "share(?: (?:this|it|on \\w+|via \\w+))?(?: (?:post|article|story|page))?(?: with (?:your|a) friends?)?"
            + "|(?:tweet|pin|email|e-mail|print|save|like|follow|subscribe|bookmark|copy link|send)(?: (?:this|it|us|me))?(?: on \\w+)?"
            + "|pin it on pinterest|(?:\\d+\\s+)?comments?|(?:view|show|hide|read|load|add|post) (?:all )?(?:\\d+ )?comments?|leave a (?:reply|comment)|post a comment"
            + "|(?:join|start) the (?:conversation|discussion)|cancel reply|reply|report|"
            + "source (?:link|url)|original (?:article|source)|via .{1,40}|permalink"
            + "|read (?:more|next|full (?:story|article))|continue reading|more on this(?: story)?|keep reading|see more|show more|load more"
            + "|related(?: (?:articles?|stories|posts|content|coverage|links|topics|news|reading))?|see also|also read|you (?:may|might) also like.*|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now)?|editor'?s picks"
            + "|advertisement|advertising|advert|don'?t miss|must read|most read|editor'?s choice|sponsored(?: content)?|promoted(?: stories| content)?|ad|ads by \\w+|skip (?:to (?:main )?content|advert(?:isement)?)"
            + "|(?:compartilh[ae]r?|compartir|condividi|teilen|partager|delen|udostępnij|поделиться|シェア|分享)(?: (?:no|en|su|auf|sur|op) \\p{L}+)?"
            + "|(?:\\d+ )?(?:comentários?|comentarios?|commenti|kommentare?|commentaires?|reacties|komentarze|комментарии)"
            + "|(?:leia mais|leer más|leggi (?:di più|tutto)|weiterlesen|mehr lesen|lire la suite|lees meer|czytaj (?:więcej|dalej)|читать (?:далее|также))"
            + "|(?:publicidade|publicidad|pubblicità|anzeige|werbung|publicité|advertentie|reklama|реклама|広告)"
            + "|(?:last )?updated\\b.{0,45}|explore further|further reading|more information|back to top|top of page|home|menu|search|close|open|next|previous|prev|(?:next|previous) (?:article|story|post)|more stories|more news|latest news|top stories"
            + "|sign (?:up|in)(?: (?:for|to) .{0,60})?|log ?in|register|subscribe(?: (?:now|today|to .{0,60}))?|newsletter|get (?:our|the) .{0,40}newsletter.*"
            + "|tags?:.*|topics?:.*|filed under:?.*|categories?:.*|posted in:?.*"
            + "|(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|messenger|x)(?:[\\s,|/•·]+(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|messenger|x|copy link))+"
            + "|loading(?:\\.\\.\\.|…)?|please wait.*|javascript is (?:disabled|required).*|enable javascript.*"
            + "|(?:copyright|©|\\(c\\)).{0,120}|all rights reserved.{0,80}"
            + "|(?:image|photo|picture|video|graphic|illustration)s?(?: \\d+ of \\d+| copyright .{1,80}| credits?:? .{1,80}| source:? .{1,80}| by .{1,60}| courtesy .{1,60})"
            + "|\\((?:image|photo|picture|video) (?:credit|source|courtesy)s?:? .{1,80}\\)|(?:getty images|afp|ap|reuters|shutterstock|epa)(?:/[\\w .]+)?"
            + ")[\\s.!:…»›>|-]*$");

    /** A short label before a colon that marks a teaser or cross-link: "OPINION: ...", "READ MORE: ...". */
    private static final Pattern TEASER_LABEL = Pattern.compile(
            "^(?:[A-Z][A-Z'’&]+(?: [A-Z][A-Z'’&]+){0,2}|Read more|Read also|Also read|See also|Related|Watch|Listen|Opinion|Analysis|More|Explainer|Live|Video|Photos|Gallery|Podcast|Recommended|Related story|Related article)\\s*[:|]\\s+\\S.*");

    /** A credit or agency line: "Source: News agencies", "Reporting by ...", "(Reuters)". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(?:(?:sources?|credits?)\\s*:\\s*\\S.{0,150}"
            + "|(?:additional )?reporting by .{2,200}|(?:writing|editing|compiled|edited|produced) by .{2,200}"
            + "|with (?:additional )?reporting (?:by|from) .{2,200}|contributing:? .{2,150}"
            + "|[(\\[]?(?:reuters|ap|afp|associated press|agence france-presse|dpa|bloomberg|news agencies|al jazeera and news agencies)[)\\]]?)$");

    private static final Pattern BYLINE = Pattern.compile(
            "^(?iu:by|written by|words by|story by|von|par|por)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|al|bin|da|del|la|le)){0,4}"
            + "(?:\\s*(?:,|and|&|und|et|y)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|al|bin|da|del|la|le)){0,4})*)"
            + "(?:\\s*(?:[|,•·—–-]|\\bfor\\b|\\bin\\b).{0,80})?$");


    /** Runs of letters and digits: what the benchmark metric and people count as words. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean w = c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** A heading that introduces links to other stories, in the languages news sites use most. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?iu)^(?:related(?: (?:articles?|stories|posts|content|coverage|news|links|reading))?|more (?:stories|news|from .{1,40}|on this (?:story|topic))"
            + "|more great .{1,30} stories|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?"
            + "|read (?:more|also|next)|see also|also read|trending(?: now| news| stories)?|most (?:read|popular|viewed|shared)|popular (?:stories|now|posts)"
            + "|what to read next|você pode gostar|leia também|veja também|mais lidas|lea también|le puede interesar|te puede interesar|ver también"
            + "|noticias relacionadas|artículos relacionados|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|lire aussi|à lire aussi"
            + "|sur le même sujet|articles similaires|potrebbe interessarti|ti potrebbe interessare|articoli correlati)[\\s.:…!»›>-]*$");

    /** Whether a short block is a heading for a list of other stories ("More Great WIRED Stories", "Leia também"). */
    static boolean isRelatedHeading(String line) {
        if (line.length() > 90 || endsLikeSentence(line)) return false;
        String s = line.strip();
        return s.length() <= 80 && RELATED_HEADING.matcher(s).matches();
    }

    /** A call to action that closes many articles: subscribe, follow, send tips, cite this page. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?iu)^(?:subscribe to|sign up (?:for|to)|get (?:the|our) (?:latest|best|top)?.{0,40}(?:newsletter|inbox|updates)"
            + "|follow (?:us|him|her|me|@\\w+) on|follow @\\w+|have a (?:news )?tip|got a (?:news )?tip|click here|download (?:the|our) .{0,30}app"
            + "|citation:|this document is subject to copyright|like us on facebook|join (?:us|our) .{0,30}(?:on|newsletter)"
            + "|we (?:want|would like) to hear from you|share your (?:story|thoughts)|support (?:our|independent) journalism).*");

    /** The same asks inside a short closing block ("There's more. Sign up for our newsletter today."). */
    private static final Pattern ASK_INSIDE = Pattern.compile(
            "(?iu)\\b(?:sign up for (?:our|the|a)|subscribe (?:to (?:our|the) |now|today)|(?:free|daily|weekly) newsletter|delivered to your inbox"
            + "|follow (?:us|him|her|me) (?:on|@)|email [\\p{L} .'-]{2,40} at \\S+@\\S+|like us on facebook)\\b");

    /** Whether a short block at the end of an article only asks the reader to do something. */
    static boolean isCallToAction(String line) {
        String s = line.strip();
        if (s.length() <= 400 && CALL_TO_ACTION.matcher(s).matches()) return true;
        if (words(s) > 45) return false;
        String l = s.toLowerCase(java.util.Locale.ROOT);
        boolean maybe = l.contains("sign up") || l.contains("subscribe") || l.contains("newsletter") || l.contains("inbox")
                || l.contains("follow") || l.contains("email") || l.contains("facebook");
        return maybe && ASK_INSIDE.matcher(s).find();
    }

    static boolean isJunk(String line) {
        if (line.length() > 200) return false;
        String s = line.strip();
        return s.length() <= 160 && JUNK.matcher(s).matches();
    }

    static boolean isCredit(String line) {
        if (line.length() > 260) return false;
        if (line.length() > 40 && line.indexOf(':') < 0 && line.indexOf(" by ") < 0 && line.indexOf(" By ") < 0
                && !line.regionMatches(true, 0, "reporting", 0, 9) && !line.regionMatches(true, 0, "with", 0, 4)) {
            return false; // a long line is a credit only as "Source: ...", "... by ..." or "With reporting ..."
        }
        String s = line.strip();
        return s.length() <= 220 && CREDIT.matcher(s).matches();
    }

    static boolean hasTeaserLabel(String line) {
        if (line.length() > 240 || line.indexOf(':') < 0 && line.indexOf('|') < 0) return false;
        String s = line.strip();
        return s.length() <= 200 && TEASER_LABEL.matcher(s).matches();
    }

    /** The author names of a byline ("By Jane Doe and John Roe | Reuters"), or null when it is not one. */
    static java.util.List<String> byline(String line) {
        if (line.length() > 200 || !mayBeByline(line)) return null;
        String s = line.strip();
        if (s.length() > 160) return null;
        var m = BYLINE.matcher(s);
        if (!m.matches()) return null;
        var out = new java.util.ArrayList<String>();
        for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
            String name = part.strip();
            if (!name.isEmpty() && words(name) <= 5) out.add(name);
        }
        return out.isEmpty() ? null : out;
    }

    /** A cheap pre-check: bylines start with one of a few words. */
    private static boolean mayBeByline(String line) {
        String s = line.stripLeading();
        for (String w : BYLINE_STARTS) {
            if (s.regionMatches(true, 0, w, 0, w.length())) return true;
        }
        return false;
    }

    private static final String[] BYLINE_STARTS = {"by ", "written by", "words by", "story by", "von ", "par ", "por "};

    /**
     * Whether a block reads as running prose: it ends like a sentence (final punctuation, possibly inside
     * closing quotes or brackets).
     */
    static boolean endsLikeSentence(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’»)]*".indexOf(t.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == '。' || c == '！' || c == '？';
    }

    /** A paragraph that is clearly article prose: several words and a sentence ending. */
    static boolean isProse(String s) {
        return words(s) >= 8 && endsLikeSentence(s);
    }

    static boolean startsWithListMarker(String s) {
        return s.matches("^\\s*(?:[-*•·▪◦–]|\\d{1,3}[.)]|[a-z][.)])\\s+\\S.*");
    }

}
