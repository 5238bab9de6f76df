package org.newsgraph.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt (RFC 9309) for one user agent: the group naming it (by its product token), else
 * the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie; {@code *} and a
 * trailing {@code $} are understood.
 */
final class Robots {
    static final Robots ALLOW_ALL = new Robots(List.of());
    static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)));

    private record Rule(String path, boolean allow) {}

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Robots parse(String text, String userAgent) {
        String token = userAgent.split("[/ ]")[0].toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>(), star = new ArrayList<>();
        boolean mineSeen = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*$", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                if (value.toLowerCase(Locale.ROOT).equals(token)) {
                    mineSeen = true;
                    current = mine;
                } else if (value.equals("*") && !agents.contains(token)) {
                    current = star;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                boolean forUs = agents.contains(token) || agents.contains("*");
                if (!forUs || value.isEmpty()) continue; // an empty Disallow allows everything
                current.add(new Rule(value, key.equals("allow")));
            }
        }
        return new Robots(mineSeen ? mine : star);
    }

    boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.path(), path) && (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder re = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (!re.isEmpty()) re.append(".*");
            re.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(re + (anchored ? "" : ".*"));
    }
}
