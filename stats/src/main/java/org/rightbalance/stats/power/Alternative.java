package org.rightbalance.stats.power;

import java.util.Locale;

/**
 * Direction of the alternative hypothesis, named as in R's {@code pwr} package.
 *
 * <p>Group 1 is compared with group 2 (by convention group 1 = treated, group 2 = comparison).
 * {@link #GREATER} means the effect (group 1 minus group 2) is positive, {@link #LESS} that it is
 * negative, {@link #TWO_SIDED} either; a two-sided test of level α rejects in both tails at α/2 each,
 * and its power counts both tails, as {@code pwr} does.
 */
public enum Alternative {
    TWO_SIDED("two.sided"),
    LESS("less"),
    GREATER("greater");

    private final String rName;

    Alternative(String rName) {
        this.rName = rName;
    }

    /** The name used by R ({@code "two.sided"}, {@code "less"}, {@code "greater"}). */
    public String rName() {
        return rName;
    }

    /**
     * Parses {@code two.sided}, {@code two-sided}, {@code two_sided}, {@code less}, {@code greater}
     * (case-insensitive).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Alternative parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("alternative must be one of two.sided, less, greater");
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '.').replace('_', '.');
        for (Alternative a : values()) {
            if (a.rName.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "alternative must be one of two.sided, less, greater, was '" + text + "'");
    }
}
