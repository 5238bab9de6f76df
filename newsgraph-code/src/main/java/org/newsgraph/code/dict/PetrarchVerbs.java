package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}; format in
 * petrarch2's docs/source/dictionaries.rst): synsets ({@code &NAME} with {@code +member} lines), verb blocks
 * ({@code --- NAME [CODE] ---}, then verbs with optional own codes, then patterns {@code - PRE * POST [CODE]}),
 * and transformations ({@code ~ a (a b ATTACK) SAY = a b 015}).
 *
 * <p>Verbs are matched by lemma, so the irregular forms in {@code {...}} are not needed and are dropped, and no
 * plural forms are generated (a pattern word matches a token's form or lemma). Synsets are expanded into
 * each term that uses them. PETRARCH's {@code ^} (skip a noun phrase) and {@code %} (compound) markers are
 * dropped: the parse gives both. Lines that cannot be read are reported through the warning callback with
 * their line and skipped, as PETRARCH skips them. Stateless.
 */
public final class PetrarchVerbs {
    private PetrarchVerbs() {}

    /**
     * What a verb dictionary holds.
     *
     * @param patterns        each verb's own pattern (its code alone), then the blocks' patterns with the verb
     *                        {@link VerbPattern#ANY_VERB}: they apply to every verb of their block
     * @param transformations the transformations
     */
    public record Result(List<VerbPattern> patterns, List<Transformation> transformations) {}

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*---");
    private static final Pattern TRANSFORM = Pattern.compile(
            "^~\\s*a\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+)\\s*=\\s*a\\s+b\\s+(\\S+)\\s*$");
    /** The most alternatives one term may expand to (a synset inside a phrase multiplies them). */
    private static final int MAX_ALTERNATIVES = 5000;

    /**
     * Reads a verb dictionary.
     *
     * @param lines    the file's lines
     * @param name     the file name, for origins and messages
     * @param prepositions words that open a prepositional phrase ("TO +" outside parentheses is a phrase)
     * @param warnings receives one message per line skipped
     */
    public static Result read(List<String> lines, String name, Set<String> prepositions, Consumer<String> warnings) {
        Map<String, List<String>> synsets = new HashMap<>();
        List<RawLine> verbsAndPatterns = new ArrayList<>();
        List<Transformation> transformations = new ArrayList<>();
        String synset = null;
        String block = null, blockCode = null;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            // XML-style comments, possibly over several lines; then # and the legacy ; comments.
            StringBuilder kept = new StringBuilder();
            int p = 0;
            while (p < raw.length()) {
                if (inComment) {
                    int end = raw.indexOf("-->", p);
                    if (end < 0) { p = raw.length(); break; }
                    inComment = false;
                    p = end + 3;
                } else {
                    int open = raw.indexOf("<!--", p);
                    if (open < 0) { kept.append(raw, p, raw.length()); break; }
                    kept.append(raw, p, open);
                    inComment = true;
                    p = open + 4;
                }
            }
            String line = stripComment(kept.toString()).strip();
            if (line.isEmpty()) {
                // A blank line ends a synset; a line holding only a comment does not.
                if (raw.isBlank()) synset = null;
                continue;
            }
            String where = name + ":" + lineNo;
            if (line.startsWith("~")) {
                Matcher m = TRANSFORM.matcher(line);
                if (!m.find()) {
                    warnings.accept(where + ": transformation not understood, skipped: " + line);
                    continue;
                }
                Transformation.Shape shape;
                if (m.group(1).equals("a")) shape = Transformation.Shape.SAME_SOURCE;
                else if (m.group(1).equals("_")) shape = Transformation.Shape.NO_SUBJECT;
                else if (m.group(2).equals(".")) shape = Transformation.Shape.OTHER_SOURCE;
                else {
                    warnings.accept(where + ": transformation shape not understood, skipped: " + line);
                    continue;
                }
                String inner = m.group(3).equals("Q") ? "" : blockKey(m.group(3));
                String code = m.group(5).equals("Q") ? "" : m.group(5);
                transformations.add(new Transformation(blockKey(m.group(4)), shape, inner, code, where));
                continue;
            }
            if (line.startsWith("---")) {
                Matcher m = BLOCK.matcher(line);
                if (!m.find()) {
                    warnings.accept(where + ": verb block header not understood, block skipped: " + line);
                    block = null;
                    continue;
                }
                block = blockKey(m.group(1));
                blockCode = m.group(2).trim();
                synset = null;
                continue;
            }
            if (line.startsWith("&")) {
                synset = synsetKey(line.split("\\s+")[0]);
                synsets.putIfAbsent(synset, new ArrayList<>());
                continue;
            }
            if (synset != null && line.startsWith("+")) {
                synsets.get(synset).add(line.substring(1).trim());
                continue;
            }
            if (block == null) {
                warnings.accept(where + ": line outside any verb block, skipped: " + line);
                continue;
            }
            verbsAndPatterns.add(new RawLine(where, line, block, blockCode));
        }
        // Patterns apply to every verb of their block; read the verbs first.
        Map<String, List<VerbLine>> verbsByBlock = new HashMap<>();
        List<RawLine> patternLines = new ArrayList<>();
        for (RawLine r : verbsAndPatterns) {
            if (r.text.startsWith("-")) {
                patternLines.add(r);
                continue;
            }
            try {
                verbsByBlock.computeIfAbsent(r.block, k -> new ArrayList<>()).add(verbLine(r));
            } catch (IllegalArgumentException e) {
                warnings.accept(r.where + ": " + e.getMessage() + ", skipped: " + r.text);
            }
        }
        List<VerbPattern> out = new ArrayList<>();
        // Each verb's own code first (its bare pattern), in file order.
        for (RawLine r : verbsAndPatterns) {
            if (r.text.startsWith("-")) continue;
            VerbLine v;
            try {
                v = verbLine(r);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Codes c;
            try {
                c = codes(v.code);
            } catch (IllegalArgumentException e) {
                warnings.accept(r.where + ": " + e.getMessage() + ", skipped");
                continue;
            }
            if (c == null) continue;
            try {
                List<Term> pre = v.pre.isEmpty() ? List.of() : List.of(expand(v.pre, synsets));
                List<Term> post = v.post.isEmpty() ? List.of() : List.of(expand(v.post, synsets));
                out.add(new VerbPattern(c.code, c.reverse, v.verb, v.particle, pre, post, List.of(),
                        VerbPattern.Slot.DEFAULT, VerbPattern.Slot.DEFAULT, Optional.empty(), Optional.empty(), Set.of(),
                        false, false, "", false, r.block, r.where, false));
            } catch (IllegalArgumentException e) {
                warnings.accept(r.where + ": " + e.getMessage() + ", skipped");
            }
        }
        for (RawLine r : patternLines) {
            if (verbsByBlock.getOrDefault(r.block, List.of()).isEmpty()) {
                warnings.accept(r.where + ": pattern in a block without verbs, skipped");
                continue;
            }
            try {
                ParsedPattern pp = pattern(r.text, synsets, prepositions);
                Codes c = codes(pp.code);
                if (c == null) continue;
                out.add(new VerbPattern(c.code, c.reverse, VerbPattern.ANY_VERB, pp.particle, pp.pre, pp.post, pp.phrases, pp.source, pp.target,
                        Optional.empty(), Optional.empty(), Set.of(), false, false, "", false, r.block, r.where, false));
            } catch (IllegalArgumentException e) {
                warnings.accept(r.where + ": " + e.getMessage() + ", skipped: " + r.text);
            }
        }
        // A transformation names verbs ("SAY", "ATTACK"): each stands for the block it belongs to.
        Map<String, String> blockOfVerb = new HashMap<>();
        Set<String> blockNames = new java.util.HashSet<>();
        for (VerbPattern p : out) {
            blockNames.add(p.block());
            if (!p.forBlock()) blockOfVerb.putIfAbsent(p.verb(), p.block());
        }
        List<Transformation> resolved = new ArrayList<>();
        for (Transformation t : transformations) {
            String head = blockNames.contains(t.head()) ? t.head() : blockOfVerb.get(t.head().toLowerCase(Locale.ROOT));
            String inner = t.inner().isEmpty() || blockNames.contains(t.inner()) ? t.inner()
                    : blockOfVerb.get(t.inner().toLowerCase(Locale.ROOT));
            if (head == null || inner == null) {
                warnings.accept(t.origin() + ": transformation names a verb the dictionary does not have, skipped");
                continue;
            }
            resolved.add(new Transformation(head, t.shape(), inner, t.code(), t.origin()));
        }
        return new Result(out, resolved);
    }

    private record RawLine(String where, String text, String block, String blockCode) {}

    /** A verb of a block: its lemma, words that must stand before or after it, and its code. */
    private record VerbLine(String verb, String particle, String pre, String post, String code) {}

    private static VerbLine verbLine(RawLine r) {
        String t = r.text;
        Matcher cm = CODE.matcher(t);
        String code = r.blockCode;
        if (cm.find()) code = cm.group(1).trim();
        String word = t.split("[\\s{\\[]", 2)[0].trim();
        if (word.isEmpty()) throw new IllegalArgumentException("no verb");
        String[] parts = word.split("_");
        int verbAt = 0;
        for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) verbAt = i;
        String verb = parts[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
        if (verb.isEmpty() || !verb.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
            throw new IllegalArgumentException("verb '" + word + "' not understood");
        }
        String pre = String.join("_", List.of(parts).subList(0, verbAt));
        List<String> after = List.of(parts).subList(verbAt + 1, parts.length).stream().filter(s -> !s.isEmpty()).toList();
        String particle = "", post = "";
        if (after.size() == 1) particle = after.get(0).toLowerCase(Locale.ROOT);
        else if (!after.isEmpty()) post = String.join("_", after);
        return new VerbLine(verb, particle, pre, post, code);
    }

    /** A pattern's two codes; null for a pattern that codes nothing in either direction. */
    private record Codes(String code, String reverse) {}

    private static Codes codes(String raw) {
        String s = raw.trim().replace("!", "");
        if (s.isEmpty()) throw new IllegalArgumentException("empty code");
        if (s.equals("---")) return new Codes("---", "");
        String code = s, reverse = "";
        int colon = s.indexOf(':');
        if (colon >= 0) {
            code = s.substring(0, colon).trim();
            reverse = s.substring(colon + 1).trim();
        }
        if (code.equals("---")) code = "";
        if (reverse.equals("---")) reverse = "";
        for (String c : List.of(code, reverse)) {
            if (!c.isEmpty() && !c.matches("[0-9]{2,4}[A-Z]?")) throw new IllegalArgumentException("code '" + raw + "' not understood");
        }
        if (code.isEmpty() && reverse.isEmpty()) return null;
        return new Codes(code, reverse);
    }

    private record ParsedPattern(List<Term> pre, List<Term> post, List<VerbPattern.Phrase> phrases, VerbPattern.Slot source,
            VerbPattern.Slot target, String code, String particle) {}

    private static ParsedPattern pattern(String text, Map<String, List<String>> synsets, Set<String> prepositions) {
        String body = text.substring(1).trim();
        Matcher cm = CODE.matcher(body);
        int codeStart = -1;
        String code = null;
        while (cm.find()) {
            codeStart = cm.start();
            code = cm.group(1);
        }
        if (code == null) throw new IllegalArgumentException("pattern without a code");
        body = body.substring(0, codeStart);
        // {A B} is a phrase: one token.
        StringBuilder sb = new StringBuilder();
        boolean brace = false;
        for (char ch : body.toCharArray()) {
            if (ch == '{') brace = true;
            else if (ch == '}') brace = false;
            else if (brace && ch == ' ') sb.append('_');
            else sb.append(ch);
        }
        List<String> tokens = tokens(sb.toString());
        int star = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).contains("*") && !tokens.get(i).startsWith("(")) {
                star = i;
                break;
            }
        }
        if (star < 0) throw new IllegalArgumentException("pattern without '*'");
        List<String> pre = new ArrayList<>(tokens.subList(0, star));
        List<String> post = new ArrayList<>(tokens.subList(star + 1, tokens.size()));
        // Words glued to the verb ("FAILED_TO_*", "*_OUT") stand before or after it.
        String[] glued = tokens.get(star).split("\\*+", -1);
        String before = glued[0].replaceAll("_+$", ""), after = glued.length > 1 ? glued[1].replaceAll("^_+", "") : "";
        if (!before.isEmpty()) pre.add(before);
        if (!after.isEmpty()) post.add(0, after);
        VerbPattern.Slot source = VerbPattern.Slot.DEFAULT, target = VerbPattern.Slot.DEFAULT;
        List<Term> preTerms = new ArrayList<>();
        for (String t : pre) {
            if (t.equals("+")) target = VerbPattern.Slot.SUBJECT;
            else if (t.equals("$")) source = VerbPattern.Slot.SUBJECT;
            else if (t.equals("%") || t.equals("^")) continue;
            else if (t.startsWith("(")) throw new IllegalArgumentException("phrase before the verb not supported");
            else preTerms.add(expand(t, synsets));
        }
        List<Term> postTerms = new ArrayList<>();
        List<VerbPattern.Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < post.size(); i++) {
            String t = post.get(i);
            if (t.equals("%") || t.equals("^")) continue;
            boolean marker = t.equals("+") || t.equals("$");
            if (marker) {
                boolean isTarget = t.equals("+");
                // After a phrase or a bare preposition, the marker names that phrase's object.
                Object prev = null;
                if (!phrases.isEmpty() && i > 0 && post.get(i - 1).startsWith("(")) prev = phrases.get(phrases.size() - 1);
                else if (!postTerms.isEmpty() && i > 0 && isPreposition(post.get(i - 1), prepositions)) prev = postTerms.get(postTerms.size() - 1);
                if (prev instanceof VerbPattern.Phrase ph) {
                    phrases.set(phrases.size() - 1, new VerbPattern.Phrase(ph.prep(), ph.terms(), ph.target() || isTarget,
                            ph.source() || !isTarget));
                } else if (prev instanceof Term prep) {
                    postTerms.remove(postTerms.size() - 1);
                    phrases.add(new VerbPattern.Phrase(prep, List.of(), isTarget, !isTarget));
                } else if (isTarget && target == VerbPattern.Slot.DEFAULT) {
                    target = VerbPattern.Slot.OBJECT;
                } else if (!isTarget && source == VerbPattern.Slot.DEFAULT) {
                    source = VerbPattern.Slot.OBJECT;
                }
                if (prev != null) {
                    if (isTarget) target = VerbPattern.Slot.PHRASE;
                    else source = VerbPattern.Slot.PHRASE;
                }
                continue;
            }
            if (t.startsWith("(")) {
                List<String> inner = tokens(t.substring(1, t.length() - 1));
                if (inner.isEmpty()) throw new IllegalArgumentException("empty phrase ()");
                Term prep = expand(inner.get(0), synsets);
                List<Term> terms = new ArrayList<>();
                boolean tgt = false, src = false;
                for (String w : inner.subList(1, inner.size())) {
                    if (w.equals("+")) tgt = true;
                    else if (w.equals("$")) src = true;
                    else if (w.equals("^") || w.equals("%")) continue;
                    else terms.add(expand(w, synsets));
                }
                phrases.add(new VerbPattern.Phrase(prep, terms, tgt, src));
                if (tgt) target = VerbPattern.Slot.PHRASE;
                if (src) source = VerbPattern.Slot.PHRASE;
                continue;
            }
            postTerms.add(expand(t, synsets));
        }
        // A lone preposition right after the verb is its particle ("* ON": "press on"), not any "on" in its phrases.
        String particle = "";
        if (!postTerms.isEmpty() && postTerms.get(0).alternatives().size() == 1 && postTerms.get(0).alternatives().get(0).size() == 1
                && prepositions.contains(postTerms.get(0).alternatives().get(0).get(0))) {
            particle = postTerms.remove(0).alternatives().get(0).get(0);
        }
        return new ParsedPattern(preTerms, postTerms, phrases, source, target, code, particle);
    }

    private static boolean isPreposition(String token, Set<String> prepositions) {
        return prepositions.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Splits on spaces, keeping a parenthesised group as one token. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '(') {
                if (depth == 0 && !cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                depth++;
                cur.append(ch);
            } else if (ch == ')') {
                if (depth == 0) throw new IllegalArgumentException("unbalanced ')'");
                depth--;
                cur.append(ch);
                if (depth == 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (Character.isWhitespace(ch) && depth == 0) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(ch);
            }
        }
        if (depth != 0) throw new IllegalArgumentException("unbalanced '('");
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }

    /** A pattern token as a term: words joined by '_' stand together; a synset gives its members. */
    static Term expand(String token, Map<String, List<String>> synsets) {
        List<List<String>> alts = new ArrayList<>();
        alts.add(List.of());
        for (String part : token.split("_")) {
            if (part.isEmpty()) continue;
            List<List<String>> options = new ArrayList<>();
            if (part.startsWith("&")) {
                for (String member : members(synsetKey(part), synsets, new LinkedHashSet<>())) {
                    options.add(words(member));
                }
            } else {
                String w = part.toLowerCase(Locale.ROOT);
                if (!w.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || "-'.,/".indexOf(ch) >= 0)) {
                    throw new IllegalArgumentException("word '" + part + "' not understood");
                }
                options.add(List.of(w));
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> a : alts) {
                for (List<String> o : options) {
                    List<String> c = new ArrayList<>(a);
                    c.addAll(o);
                    next.add(c);
                }
            }
            if (next.size() > MAX_ALTERNATIVES) throw new IllegalArgumentException("term '" + token + "' expands too far");
            alts = next;
        }
        alts.removeIf(List::isEmpty);
        if (alts.isEmpty()) throw new IllegalArgumentException("empty term '" + token + "'");
        return new Term(new ArrayList<>(new LinkedHashSet<>(alts)));
    }

    private static List<String> members(String name, Map<String, List<String>> synsets, Set<String> seen) {
        List<String> raw = synsets.get(name);
        if (raw == null) throw new IllegalArgumentException("undefined synset &" + name);
        if (!seen.add(name)) throw new IllegalArgumentException("synset &" + name + " contains itself");
        List<String> out = new ArrayList<>();
        for (String m : raw) {
            if (m.startsWith("&")) out.addAll(members(synsetKey(m), synsets, seen));
            else out.add(m);
        }
        seen.remove(name);
        return out;
    }

    private static List<String> words(String member) {
        String m = member.replaceAll("_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT).trim();
        List<String> out = new ArrayList<>();
        for (String w : m.split("\\s+")) if (!w.isEmpty()) out.add(w);
        if (out.isEmpty()) throw new IllegalArgumentException("empty synset member");
        return out;
    }

    private static String synsetKey(String token) {
        String s = token.startsWith("&") ? token.substring(1) : token;
        return s.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
    }

    private static String blockKey(String name) {
        return name.trim().replaceAll("\\s+", "_").toUpperCase(Locale.ROOT);
    }

    /** Removes a {@code #} or {@code ;} comment. */
    static String stripComment(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        if (hash >= 0) cut = hash;
        int semi = line.indexOf(';');
        if (semi >= 0 && semi < cut) cut = semi;
        return line.substring(0, cut);
    }
}
