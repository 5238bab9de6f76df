package org.newsgraph.code.dict;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.data.Tsv;

/**
 * The project's compact dictionary formats: what {@link DictionaryConverter} writes from the PETRARCH files
 * and what the coder loads, plus the readers of the project's own override tables ({@code verbs.tsv},
 * {@code actors.tsv}, {@code agents.tsv}). Every reader is strict and names file and line. Stateless.
 */
public final class DictionaryFiles {
    private DictionaryFiles() {}

    /** Converted verb patterns. */
    public static final String VERBS = "cameo-verbs.tsv";
    /** Converted transformations. */
    public static final String TRANSFORMATIONS = "cameo-transformations.tsv";
    /** Converted coding ontology. */
    public static final String ONTOLOGY = "cameo-pico.tsv";
    /** Converted actor names. */
    public static final String ACTORS = "phoenix-actors.tsv.gz";
    /** Converted role words. */
    public static final String AGENTS = "phoenix-agents.tsv";

    static final String VERB_COLUMNS = "code\treverse\tverb\tparticle\tpre\tpost\tphrases\tsource\ttarget\tblock\torigin";

    // ---- converted verbs ----

    /** Writes verb patterns (header comment lines first, then the column names). */
    public static void writeVerbs(Writer w, List<String> header, List<VerbPattern> patterns) throws IOException {
        comments(w, header);
        w.write(VERB_COLUMNS + "\n");
        for (VerbPattern p : patterns) {
            w.write(String.join("\t", p.code(), p.reverse(), p.verb(), p.particle(), Term.formatList(p.pre()),
                    Term.formatList(p.post()), phrases(p.phrases()), slot(p.source()), slot(p.target()), p.block(), p.origin()));
            w.write('\n');
        }
    }

    /** Reads converted verb patterns. */
    public static List<VerbPattern> readVerbs(List<Tsv.Row> rows) {
        List<VerbPattern> out = new ArrayList<>(rows.size());
        // Synsets repeat in many patterns: each distinct written list is parsed once.
        java.util.Map<String, List<Term>> terms = new java.util.HashMap<>();
        java.util.function.Function<String, List<Term>> parse = text -> terms.computeIfAbsent(text, Term::parseList);
        for (Tsv.Row r : rows) {
            try {
                out.add(new VerbPattern(r.get(0), r.get(1), r.required(2, "verb"), r.get(3), parse.apply(r.get(4)),
                        parse.apply(r.get(5)), parsePhrases(r.get(6)), parseSlot(r.get(7), r, 7), parseSlot(r.get(8), r, 8),
                        Optional.empty(), Optional.empty(), Set.of(), false, false, "", false, r.get(9), r.get(10), false));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    private static String phrases(List<VerbPattern.Phrase> phrases) {
        StringBuilder sb = new StringBuilder();
        for (VerbPattern.Phrase p : phrases) {
            if (!sb.isEmpty()) sb.append(';');
            sb.append(p.prep().format());
            if (p.target()) sb.append('+');
            if (p.source()) sb.append('$');
            sb.append(':').append(Term.formatList(p.terms()));
        }
        return sb.toString();
    }

    private static List<VerbPattern.Phrase> parsePhrases(String text) {
        List<VerbPattern.Phrase> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("phrase '" + part + "' is not PREP:WORDS");
            String prep = part.substring(0, colon);
            boolean target = false, source = false;
            while (prep.endsWith("+") || prep.endsWith("$")) {
                if (prep.endsWith("+")) target = true;
                else source = true;
                prep = prep.substring(0, prep.length() - 1);
            }
            out.add(new VerbPattern.Phrase(Term.parse(prep), Term.parseList(part.substring(colon + 1)), target, source));
        }
        return out;
    }

    private static String slot(VerbPattern.Slot s) {
        return s == VerbPattern.Slot.DEFAULT ? "" : s.name().toLowerCase(Locale.ROOT);
    }

    private static VerbPattern.Slot parseSlot(String s, Tsv.Row r, int column) {
        if (s.isEmpty()) return VerbPattern.Slot.DEFAULT;
        try {
            return VerbPattern.Slot.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error(column, "slot '" + s + "' is not subject, object or phrase");
        }
    }

    // ---- transformations ----

    public static void writeTransformations(Writer w, List<String> header, List<Transformation> ts) throws IOException {
        comments(w, header);
        w.write("head\tshape\tinner\tcode\torigin\n");
        for (Transformation t : ts) {
            w.write(String.join("\t", t.head(), t.shape().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.inner(), t.code(), t.origin()));
            w.write('\n');
        }
    }

    public static List<Transformation> readTransformations(List<Tsv.Row> rows) {
        List<Transformation> out = new ArrayList<>();
        for (Tsv.Row r : rows) {
            Transformation.Shape shape;
            try {
                shape = Transformation.Shape.valueOf(r.required(1, "shape").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw r.error(1, "shape '" + r.get(1) + "' is not same-source, other-source or no-subject");
            }
            out.add(new Transformation(r.required(0, "head"), shape, r.get(2), r.get(3), r.get(4)));
        }
        return out;
    }

    // ---- coding ontology ----

    public static void writeOntology(Writer w, List<String> header, Map<String, List<Integer>> table) throws IOException {
        comments(w, header);
        w.write("code\tvalues\n");
        for (Map.Entry<String, List<Integer>> e : table.entrySet()) {
            List<String> vs = new ArrayList<>();
            for (int v : e.getValue()) vs.add(v < 0 ? "-0x" + Integer.toHexString(-v).toUpperCase(Locale.ROOT) : "0x" + Integer.toHexString(v).toUpperCase(Locale.ROOT));
            w.write(e.getKey() + "\t" + String.join("|", vs) + "\n");
        }
    }

    public static Map<String, List<Integer>> readOntology(List<Tsv.Row> rows) {
        Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            List<Integer> vs = new ArrayList<>();
            for (String v : r.required(1, "values").split("\\|")) {
                vs.add(CodingOntology.value(v).orElseThrow(() -> r.error(1, "value '" + v + "' is not a hexadecimal sum")));
            }
            Tsv.putUnique(out, r.required(0, "code"), vs, r);
        }
        return out;
    }

    // ---- actors ----

    public static void writeActors(Writer w, List<String> header, List<ActorEntry> entries) throws IOException {
        comments(w, header);
        w.write("name\tcode\tfrom\tto\n");
        for (ActorEntry e : entries) {
            w.write(String.join("\t", e.phrase(), e.code(), e.from().map(LocalDate::toString).orElse(""),
                    e.to().map(LocalDate::toString).orElse("")));
            w.write('\n');
        }
    }

    /** Reads converted actors (normalised names). */
    public static List<ActorEntry> readActors(List<Tsv.Row> rows) {
        List<ActorEntry> out = new ArrayList<>(rows.size());
        for (Tsv.Row r : rows) out.add(actor(r, r.required(0, "name")));
        return out;
    }

    /**
     * Reads the project's actor list ({@code NAME CODE [FROM [TO]]}, ISO dates, inclusive): names as written,
     * normalised here.
     */
    public static List<ActorEntry> readActorOverrides(List<Tsv.Row> rows) {
        List<ActorEntry> out = new ArrayList<>(rows.size());
        for (Tsv.Row r : rows) {
            String key = Names.key(r.required(0, "name"));
            if (key.isEmpty()) throw r.error(0, "name has no words");
            out.add(actor(r, key));
        }
        return out;
    }

    private static ActorEntry actor(Tsv.Row r, String key) {
        String code = r.required(1, "code");
        if (!code.equals("---") && !code.matches("[A-Z0-9]{3,}")) throw r.error(1, "actor code '" + code + "' is not upper-case letters and digits");
        Optional<LocalDate> from = r.date(2, "from"), to = r.date(3, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) throw r.error(3, "ends before it starts");
        return new ActorEntry(key, code, from, to);
    }

    // ---- agents ----

    public static void writeAgents(Writer w, List<String> header, List<AgentEntry> entries) throws IOException {
        comments(w, header);
        w.write("phrase\tcode\tattach\n");
        for (AgentEntry e : entries) w.write(e.phrase() + "\t" + e.code() + "\t" + (e.prefix() ? "prefix" : "suffix") + "\n");
    }

    /** Reads role words: {@code PHRASE CODE [suffix|prefix]} (suffix when absent). */
    public static List<AgentEntry> readAgents(List<Tsv.Row> rows) {
        List<AgentEntry> out = new ArrayList<>(rows.size());
        java.util.Map<String, AgentEntry> seen = new java.util.HashMap<>();
        for (Tsv.Row r : rows) {
            String key = Names.key(r.required(0, "phrase"));
            String code = r.required(1, "code");
            if (!code.matches("[A-Z0-9]{3,}")) throw r.error(1, "role code '" + code + "' is not upper-case letters and digits");
            String attach = r.get(2).isEmpty() ? "suffix" : r.get(2);
            if (!attach.equals("suffix") && !attach.equals("prefix")) throw r.error(2, "attach '" + attach + "' is not suffix or prefix");
            AgentEntry e = new AgentEntry(key, code, attach.equals("prefix"));
            AgentEntry old = seen.putIfAbsent(key, e);
            if (old != null && !old.equals(e)) {
                throw r.error("'" + key + "' is already " + old.code() + (old.prefix() ? " (prefix)" : "") + "; this row says " + code);
            }
            if (old == null) out.add(e);
        }
        return out;
    }

    // ---- the project's verb patterns ----

    /**
     * Reads the project's verb patterns ({@code CODE VERB [OPTIONS]}; options in the file's header:
     * {@code obj= mod= to= notarget under= pp= noobj noun}).
     */
    public static List<VerbPattern> readVerbOverrides(List<Tsv.Row> rows) {
        List<VerbPattern> out = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String code = r.required(0, "code");
            String[] verb = r.required(1, "verb").toLowerCase(Locale.ROOT).split("\\s+");
            if (verb.length > 2) throw r.error(1, "a verb is one word with at most a particle, found '" + r.get(1) + "'");
            Optional<Term> objects = Optional.empty(), modifiers = Optional.empty();
            Set<String> preps = Set.of();
            boolean noTarget = false, noun = false, intransitive = false;
            String under = "";
            List<VerbPattern.Phrase> phrases = new ArrayList<>();
            for (int i = 2; i < r.size(); i++) {
                String o = r.get(i);
                if (o.isEmpty()) continue;
                try {
                    if (o.startsWith("obj=")) objects = Optional.of(Term.parse(o.substring(4)));
                    else if (o.startsWith("mod=")) modifiers = Optional.of(Term.parse(o.substring(4)));
                    else if (o.startsWith("to=")) preps = Set.of(o.substring(3).split("\\|"));
                    else if (o.equals("notarget")) noTarget = true;
                    else if (o.equals("noun")) noun = true;
                    else if (o.equals("noobj")) intransitive = true;
                    else if (o.startsWith("under=")) under = o.substring(6);
                    else if (o.startsWith("pp=") && o.indexOf(':') > 3) {
                        phrases.add(new VerbPattern.Phrase(Term.of(o.substring(3, o.indexOf(':'))),
                                List.of(Term.parse(o.substring(o.indexOf(':') + 1))), false, false));
                    } else {
                        throw r.error(i, "unknown option '" + o + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw r.error(i, e.getMessage());
                }
            }
            out.add(new VerbPattern(code, "", verb[0], verb.length > 1 ? verb[1] : "", List.of(), List.of(), phrases,
                    VerbPattern.Slot.DEFAULT, VerbPattern.Slot.DEFAULT, objects, modifiers, preps, noTarget, noun, under,
                    intransitive, "", r.where(), true));
        }
        return out;
    }

    private static void comments(Writer w, List<String> header) throws IOException {
        for (String h : header) {
            w.write(h.isEmpty() ? "#\n" : "# " + h + "\n");
        }
    }
}
