package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary ({@code Phoenix.agents.txt}, {@code PETR.Validate.agents.txt}):
 * {@code PHRASE {PLURALS} [~CODE]} lines, where {@code ~CODE} goes after the actor's code and {@code CODE~}
 * before it; substitution markers ({@code !PERSON! = MAN, MEN, ...}) are expanded; regular plurals are
 * generated as PETRARCH does (+S, Y to IES, SS to SSES) unless braces give the plural, and {@code {}} means
 * none. One entry per surface form. A code closed with the wrong bracket ({@code [~ENV}}) is read; a line
 * without a code is reported through the warning callback and skipped. Stateless.
 */
public final class PetrarchAgents {
    private PetrarchAgents() {}

    private static final Pattern MARKER = Pattern.compile("^!([A-Z]+)!\\s*=\\s*(.+)$");
    private static final Pattern LINE = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]}]*)[\\]}]");

    /** Reads one agent dictionary; entries in file order, singular forms before plurals. */
    public static List<AgentEntry> read(List<String> lines, String name, Consumer<String> warnings) {
        Map<String, List<String>> markers = new LinkedHashMap<>();
        List<AgentEntry> out = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String where = name + ":" + (i + 1);
            if (inComment) {
                int end = raw.indexOf("-->");
                if (end < 0) continue;
                inComment = false;
                raw = raw.substring(end + 3);
            }
            raw = raw.replaceAll("<!--.*?-->", "");
            int open = raw.indexOf("<!--");
            if (open >= 0) {
                inComment = true;
                raw = raw.substring(0, open);
            }
            String line = PetrarchVerbs.stripComment(raw).strip();
            if (line.isEmpty()) continue;
            Matcher mk = MARKER.matcher(line);
            if (mk.find()) {
                List<String> values = new ArrayList<>();
                for (String v : mk.group(2).split(",")) if (!v.isBlank()) values.add(v.strip());
                markers.put(mk.group(1), values);
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                warnings.accept(where + ": agent line without a code, skipped: " + line);
                continue;
            }
            String codeRaw = m.group(3).strip().toUpperCase(Locale.ROOT);
            boolean prefix = codeRaw.endsWith("~") && !codeRaw.startsWith("~");
            String code = codeRaw.replace("~", "").strip();
            if (!code.matches("[A-Z0-9]{3,}")) {
                warnings.accept(where + ": agent code '" + m.group(3) + "' not understood, skipped");
                continue;
            }
            List<String> singulars = substitute(m.group(1).strip(), markers, where);
            if (singulars.isEmpty()) {
                warnings.accept(where + ": undefined substitution marker, skipped: " + line);
                continue;
            }
            boolean markerUsed = m.group(1).contains("!");
            Set<String> forms = new LinkedHashSet<>();
            for (String s : singulars) forms.add(s);
            if (m.group(2) != null) {
                String inside = m.group(2).substring(1, m.group(2).length() - 1).strip();
                for (String pl : inside.split("\\s+")) if (!pl.isBlank()) forms.add(pl);
            } else if (!markerUsed) {
                for (String s : singulars) forms.add(plural(s));
            }
            for (String f : forms) {
                String key = Names.key(f);
                if (!key.isEmpty()) out.add(new AgentEntry(key, code, prefix));
            }
        }
        return out;
    }

    private static List<String> substitute(String phrase, Map<String, List<String>> markers, String where) {
        Matcher m = Pattern.compile("!([A-Z]+)!").matcher(phrase);
        if (!m.find()) return List.of(phrase);
        List<String> values = markers.get(m.group(1));
        if (values == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String v : values) out.addAll(substitute(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), markers, where));
        return out;
    }

    /** PETRARCH's regular plural of a phrase's last word. */
    static String plural(String phrase) {
        String p = phrase.replaceAll("_+$", "");
        String upper = p.toUpperCase(Locale.ROOT);
        if (upper.endsWith("SS")) return p + "ES";
        if (upper.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        return p + "S";
    }
}
