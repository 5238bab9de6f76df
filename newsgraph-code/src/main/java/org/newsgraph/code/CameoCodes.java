package org.newsgraph.code;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.data.Tsv;
import org.newsgraph.model.Plover;

/**
 * The CAMEO event code table the project ships ({@code cameo-codes.tsv}): every root, base and 4-digit code
 * with its CAMEO 1.1b3 label, GDELT Goldstein score, QuadClass and PLOVER reading. Immutable, thread-safe.
 */
public final class CameoCodes {

    /**
     * One CAMEO code.
     *
     * @param code      the code ({@code "163"})
     * @param label     CAMEO 1.1b3 label
     * @param goldstein Goldstein score
     * @param quadClass GDELT QuadClass 1-4
     * @param plover    PLOVER event, mode and context; empty for statements (01)
     */
    public record Code(String code, String label, double goldstein, int quadClass, Optional<Plover> plover) {}

    private static final String RESOURCE = "cameo-codes.tsv";
    private final Map<String, Code> codes;

    private final boolean lenient;

    private CameoCodes(Map<String, Code> codes, boolean lenient) {
        this.codes = Map.copyOf(codes);
        this.lenient = lenient;
    }

    /** Loads the shipped table; a bad row is an error naming its line. */
    public static CameoCodes load() {
        Map<String, Code> out = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource(CameoCodes.class, RESOURCE, 7, 7, true)) {
            String code = r.required(0, "code");
            if (!code.matches("[0-9]{2,4}")) throw r.error(0, "code '" + code + "' is not 2 to 4 digits");
            Optional<Plover> plover = r.get(4).isEmpty() ? Optional.empty() : Optional.of(new Plover(r.get(4), opt(r.get(5)), opt(r.get(6))));
            int quad = r.integer(3, "quad_class");
            if (quad < 1 || quad > 4) throw r.error(3, "quad_class " + quad + " is not 1 to 4");
            Tsv.putUnique(out, code, new Code(code, r.required(1, "label"), r.number(2, "goldstein"), quad, plover), r);
        }
        return new CameoCodes(out, false);
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * This table, answering every code: one it lacks gets the label "not a CAMEO code", Goldstein 0, QuadClass
     * 0 and no PLOVER reading. For evaluating dictionaries with codes of their own (PETRARCH's unit tests), never
     * for production coding.
     */
    public CameoCodes lenient() {
        return new CameoCodes(codes, true);
    }

    /** The code's entry, if it is a CAMEO code. */
    public Optional<Code> get(String code) {
        Code c = codes.get(code);
        if (c == null && lenient) c = new Code(code, "not a CAMEO code", 0.0, 0, Optional.empty());
        return Optional.ofNullable(c);
    }

    /** How many codes the table holds. */
    public int size() {
        return codes.size();
    }
}
