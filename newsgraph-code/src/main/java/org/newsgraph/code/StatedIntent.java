package org.newsgraph.code;

import java.util.Optional;

/**
 * CAMEO's statement codes for acts that are announced rather than done: an actor saying it will or is
 * ready to cooperate, meet, give aid or yield "expresses intent" (03x); saying it will or could sanction,
 * protest or attack "threatens" (13x); saying another must cooperate or yield "demands" (10x). The CAMEO
 * manual codes "A will help B" as 033; this maps each act's code to the statement's code.
 */
final class StatedIntent {
    private StatedIntent() {}

    /** The "express intent" (03x) or "threaten" (13x) code for an announced act, if CAMEO has one. */
    static Optional<String> intentOrThreat(String code) {
        String root = code.substring(0, 2), base = code.length() >= 3 ? code.substring(0, 3) : code;
        String out = switch (root) {
            case "04" -> base.equals("045") ? "039" : "036";
            case "05" -> "032";
            case "06" -> switch (base) {
                case "061" -> "0311";
                case "062" -> "0312";
                case "063" -> "0313";
                case "064" -> "0314";
                default -> "031";
            };
            case "07" -> switch (base) {
                case "071" -> "0331";
                case "072" -> "0332";
                case "073" -> "0333";
                case "074" -> "0334";
                default -> "033";
            };
            case "08" -> switch (base) {
                case "081" -> "0351";
                case "082" -> "0352";
                case "084" -> "0353";
                case "085" -> "0354";
                case "086" -> "0355";
                case "087" -> "0356";
                default -> "035";
            };
            case "14" -> "133";
            case "15" -> "138";
            case "16" -> switch (base) {
                case "161" -> "1313";
                case "162" -> "1311";
                case "163" -> "1312";
                case "164" -> "134";
                case "165" -> "135";
                case "166" -> "136";
                default -> "131";
            };
            case "17" -> switch (code) {
                case "1721" -> "1321";
                case "1722" -> "1322";
                case "1723" -> "1323";
                case "1724" -> "1324";
                default -> base.equals("175") ? "137" : base.equals("172") ? "132" : "130";
            };
            case "18" -> "1383";
            case "19" -> switch (base) {
                case "191" -> "1381";
                case "192" -> "1382";
                default -> "1384";
            };
            case "20" -> base.equals("204") ? "1385" : "1383";
            default -> null;
        };
        return Optional.ofNullable(out);
    }

    /** The "demand" (10x) code for an act someone says another must do, if CAMEO has one. */
    static Optional<String> demand(String code) {
        String root = code.substring(0, 2), base = code.length() >= 3 ? code.substring(0, 3) : code;
        String out = switch (root) {
            case "04" -> "106";
            case "05" -> "102";
            case "06" -> switch (base) {
                case "061" -> "1011";
                case "062" -> "1012";
                case "063" -> "1013";
                case "064" -> "1014";
                default -> "101";
            };
            case "07" -> switch (base) {
                case "071" -> "1031";
                case "072" -> "1032";
                case "073" -> "1033";
                case "074" -> "1034";
                default -> "103";
            };
            case "08" -> switch (base) {
                case "081" -> "1051";
                case "082" -> "1052";
                case "084" -> "1053";
                case "085" -> "1054";
                case "086" -> "1055";
                case "087" -> "1056";
                default -> "105";
            };
            default -> null;
        };
        return Optional.ofNullable(out);
    }
}
