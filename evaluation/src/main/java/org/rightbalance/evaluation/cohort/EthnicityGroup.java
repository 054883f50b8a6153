package org.rightbalance.evaluation.cohort;

import java.util.Locale;

/**
 * The five ethnic groups of the report's Table 6, from DfE ethnicity codes, plus "not recorded".
 *
 * <p>W* White, B* Black, A* Asian, M* Mixed; CHNE (Chinese), which the DfE lists as a major group of
 * its own ("Chinese") and the 2011 Census puts in "Asian / Asian British", is counted as Asian here;
 * OOTH and any other recorded code is Other; REFU (refused), NOBT (not obtained) and a blank are
 * not recorded, kept apart so that the five shares describe children whose ethnicity is known.
 */
public enum EthnicityGroup {
    WHITE, BLACK, ASIAN, MIXED, OTHER, NOT_RECORDED;

    public static EthnicityGroup fromDfeCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.equals("REFU") || c.equals("NOBT")) {
            return NOT_RECORDED;
        }
        if (c.equals("CHNE")) {
            return ASIAN;
        }
        return switch (c.charAt(0)) {
            case 'W' -> WHITE;
            case 'B' -> BLACK;
            case 'A' -> ASIAN;
            case 'M' -> MIXED;
            default -> OTHER;
        };
    }
}
