package org.newsgraph.code.gdelt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GKG themes Newsgraph assigns: a documented subset of the GDELT GKG theme taxonomy, each found by
 * word patterns written for Newsgraph. A theme is reported at every offset where one of its patterns matches.
 *
 * <table>
 * <caption>Themes and what finds them</caption>
 * <tr><th>theme</th><th>words</th></tr>
 * <tr><td>SANCTIONS</td><td>sanction(s), embargo</td></tr>
 * <tr><td>WMD</td><td>chemical/biological/nuclear weapons, arms, attack; nerve agent; sarin</td></tr>
 * <tr><td>MILITARY</td><td>military, army, troops, soldiers, air base, air strike, warplanes</td></tr>
 * <tr><td>TERROR</td><td>terror(ism/ist), Islamic State, ISIL, ISIS, al-Qaeda</td></tr>
 * <tr><td>REFUGEES</td><td>refugee(s), displaced, asylum seekers</td></tr>
 * <tr><td>KILL</td><td>killed, killing(s), dead, death toll</td></tr>
 * <tr><td>ARMEDCONFLICT</td><td>civil war, war, fighting, offensive</td></tr>
 * <tr><td>LEADER</td><td>president, prime minister, king, chancellor</td></tr>
 * <tr><td>GENERAL_GOVERNMENT</td><td>government, minister(s), ministry, secretary of state, foreign secretary</td></tr>
 * <tr><td>TAX_FNCACT_SPOKESMAN</td><td>spokesman, spokeswoman, spokesperson</td></tr>
 * <tr><td>NEGOTIATIONS</td><td>talks, negotiations, summit, meeting of ministers</td></tr>
 * <tr><td>REBELS</td><td>rebel(s), rebel-held, insurgents, militants</td></tr>
 * <tr><td>CRISISLEX_CRISISLEXREC</td><td>crisis</td></tr>
 * <tr><td>PROTEST</td><td>protest(s/ers), demonstrators, rally</td></tr>
 * <tr><td>ARREST</td><td>arrested, detained</td></tr>
 * <tr><td>ELECTION</td><td>election(s), vote, polls</td></tr>
 * <tr><td>HUMAN_RIGHTS</td><td>human rights</td></tr>
 * </table>
 */
public final class Themes {
    private Themes() {}

    private static final Map<String, Pattern> THEMES = ordered(
            "SANCTIONS", "\\b(sanctions?|embargo(es)?)\\b",
            "WMD", "\\b(chemical|biological|nuclear)\\s+(weapons?|arms|attacks?)\\b|\\bnerve agents?\\b|\\bsarin\\b",
            "MILITARY", "\\b(military|army|troops|soldiers|air base|air ?strikes?|warplanes?)\\b",
            "TERROR", "\\b(terror(ism|ist|ists)?|islamic state|isil|isis|al-qaeda)\\b",
            "REFUGEES", "\\b(refugees?|displaced|asylum seekers)\\b",
            "KILL", "\\b(killed|killings?|dead|death toll)\\b",
            "ARMEDCONFLICT", "\\b(civil war|war|fighting|offensive)\\b",
            "LEADER", "\\b(president|prime minister|king|chancellor)\\b",
            "GENERAL_GOVERNMENT", "\\b(government|ministers?|ministry|secretary of state|foreign secretary)\\b",
            "TAX_FNCACT_SPOKESMAN", "\\b(spokesman|spokeswoman|spokesperson)\\b",
            "NEGOTIATIONS", "\\b(talks|negotiations|summit)\\b",
            "REBELS", "\\b(rebels?|rebel-held|insurgents?|militants?)\\b",
            "CRISISLEX_CRISISLEXREC", "\\bcrisis\\b",
            "PROTEST", "\\b(protests?|protesters|demonstrators|rally)\\b",
            "ARREST", "\\b(arrested|detained)\\b",
            "ELECTION", "\\b(elections?|vote|polls)\\b",
            "HUMAN_RIGHTS", "\\bhuman rights\\b");

    private static Map<String, Pattern> ordered(String... kv) {
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], Pattern.compile(kv[i + 1], Pattern.CASE_INSENSITIVE));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A theme found at an offset. */
    public record Found(String theme, int offset) {}

    /** The themes of a text, in taxonomy order, each with every offset it is found at. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> e : THEMES.entrySet()) {
            Matcher m = e.getValue().matcher(lower);
            while (m.find()) out.add(new Found(e.getKey(), m.start()));
        }
        return out;
    }

    /** The themes Newsgraph can assign. */
    public static List<String> names() {
        return List.copyOf(THEMES.keySet());
    }
}
