package org.newsgraph.code.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PETRARCH's internal coding ontology (PICO, {@code PETR.Internal.Coding.Ontology.txt}): each CAMEO code as a
 * number whose digits say what kind of statement it is (say, appeal, intend, demand, threaten, ...) and what
 * act it is about (aid, material cooperation, fight, ...), so codes compose: "threaten" (0x6000) to
 * "fight" (0x00A0) is 0x60A0, CAMEO 138; intending (0x3000) to give aid (0x0040) is 033; not (-0xFFFF)
 * cooperating materially (0x0070) is rejecting it, 121. Immutable, thread-safe.
 */
public final class CodingOntology {
    private final Map<String, List<Integer>> byCode;
    private final Map<Integer, String> byValue;

    private CodingOntology(Map<String, List<Integer>> byCode) {
        this.byCode = Map.copyOf(byCode);
        Map<Integer, String> v = new HashMap<>();
        // The first code written for a value wins (several 4-digit codes share their base's value).
        for (Map.Entry<String, List<Integer>> e : byCode.entrySet()) {
            for (int x : e.getValue()) v.putIfAbsent(x, e.getKey());
        }
        this.byValue = Map.copyOf(v);
    }

    /** An ontology from code → values (each code may have several equivalent values). */
    public static CodingOntology of(Map<String, List<Integer>> byCode) {
        return new CodingOntology(new LinkedHashMap<>(byCode));
    }

    /**
     * Reads PETRARCH's file: {@code CODE:VALUE[#VALUE...][#label]} lines; a value is a sum of signed
     * hexadecimal terms ({@code -0xFFFF+0x0070}).
     */
    public static Map<String, List<Integer>> read(List<String> lines, String name, Consumer<String> warnings) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                warnings.accept(name + ":" + (i + 1) + ": expected CODE:VALUE, skipped");
                continue;
            }
            String code = line.substring(0, colon).strip();
            if (!code.matches("[0-9]{2,4}")) continue;
            List<Integer> values = new ArrayList<>();
            for (String part : line.substring(colon + 1).split("#")) {
                String p = part.strip();
                if (p.isEmpty()) continue;
                Optional<Integer> v = value(p);
                if (v.isPresent()) values.add(v.get());
                else break;
            }
            if (values.isEmpty()) {
                warnings.accept(name + ":" + (i + 1) + ": no value for " + code + ", skipped");
                continue;
            }
            out.put(code, values);
        }
        return out;
    }

    /** A sum of signed hexadecimal terms, or empty when the text is not one. */
    static Optional<Integer> value(String expr) {
        String s = expr.replace(" ", "");
        if (!s.matches("[-+]?0x[0-9A-Fa-f]+([-+]0x[0-9A-Fa-f]+)*")) return Optional.empty();
        int total = 0, i = 0;
        while (i < s.length()) {
            int sign = 1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int j = i + 2;
            while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) j++;
            total += sign * Integer.parseInt(s.substring(i + 2, j), 16);
            i = j;
        }
        return Optional.of(total);
    }

    /** The values of a code (its first is its main one). */
    public List<Integer> values(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** The code of a value, if the ontology has one. */
    public Optional<String> code(int value) {
        return Optional.ofNullable(byValue.get(value));
    }

    /** Every code with its values, in file order. */
    public Map<String, List<Integer>> table() {
        return byCode;
    }

    /**
     * The code of a statement about an act: the statement's kind (the high digit of {@code head}: intend,
     * demand, threaten, ...) with the act's content (the low digits of {@code act}). Empty when the
     * ontology has no such code, or when either code is missing or is not of that shape.
     */
    public Optional<String> compose(String head, String act) {
        List<Integer> h = values(head), a = values(act);
        if (h.isEmpty() || a.isEmpty()) return Optional.empty();
        int hv = h.get(0), av = a.get(0);
        if (hv < 0 || av < 0 || (hv & 0x0FFF) != 0 || (hv & 0xF000) == 0 || (av & 0xF000) != 0 || av == 0) return Optional.empty();
        return code(hv + av);
    }

    /** The code of refusing an act (PICO's -0xFFFF plus the act): "will not provide support" rejects; empty when none. */
    public Optional<String> refuse(String act) {
        List<Integer> a = values(act);
        if (a.isEmpty() || a.get(0) <= 0 || (a.get(0) & 0xF000) != 0) return Optional.empty();
        return code(-0xFFFF + a.get(0));
    }
}
