package org.newsgraph.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    private CameoCodes(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** Loads the shipped table. */
    public static CameoCodes load() {
        try (InputStream in = CameoCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from newsgraph-code");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Code> out = new LinkedHashMap<>();
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) throw new IllegalStateException(RESOURCE + ":" + n + ": expected 7 columns, found " + f.length);
                Optional<Plover> plover = f[4].isEmpty() ? Optional.empty()
                        : Optional.of(new Plover(f[4], opt(f[5]), opt(f[6])));
                out.put(f[0], new Code(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), plover));
            }
            return new CameoCodes(out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The code's entry, if it is a CAMEO code. */
    public Optional<Code> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** How many codes the table holds. */
    public int size() {
        return codes.size();
    }
}
