package org.newsgraph.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.eval.GeoGold;
import org.newsgraph.model.Annotations;
import org.newsgraph.output.AnnotationsJson;

/**
 * Development harness for geocoding (not a test): {@code annotate CACHE GOLD...} runs the annotate stage
 * once over every gold article and appends its annotations (tokens included) to CACHE as JSON Lines keyed by
 * file and article id, skipping those already there; the geocoder is then scored on the cache in seconds
 * (see {@code GeoDevScore}).
 */
public final class GeoDevHarness {
    private GeoDevHarness() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path cache = Path.of(args[1]);
        Set<String> done = new HashSet<>();
        if (Files.exists(cache)) {
            for (String line : Files.readAllLines(cache)) {
                if (!line.isBlank()) done.add(mapper.readTree(line).get("key").asText());
            }
        }
        try (NewsAnnotator annotator = NewsAnnotator.withCoreNlp();
             BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 2; i < args.length; i++) {
                Path gold = Path.of(args[i]);
                for (GeoGold.Article a : GeoGold.read(gold, System.err::println)) {
                    String key = gold.getFileName() + "#" + a.id();
                    if (!done.add(key)) continue;
                    long t0 = System.nanoTime();
                    Annotations n = annotator.annotate(a.text(), a.published());
                    ObjectNode o = mapper.createObjectNode();
                    o.put("key", key);
                    o.put("annotate_ns", System.nanoTime() - t0);
                    AnnotationsJson.put(o, n, AnnotationsJson.Tokens.INCLUDE);
                    w.write(mapper.writeValueAsString(o));
                    w.write('\n');
                    w.flush();
                }
            }
        }
    }

    /** Reads one cache line back. */
    static Annotations read(JsonNode line) {
        return JsonAnnotations.read(line);
    }
}
