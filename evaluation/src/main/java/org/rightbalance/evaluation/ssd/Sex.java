package org.rightbalance.evaluation.ssd;

import java.util.Optional;

/** A child's recorded sex, as the SSD and the CIN census code it since 2024/25: M, F or U (unknown). */
public enum Sex {
    MALE("M"), FEMALE("F"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** M, F or U (any case); empty for anything else. */
    public static Optional<Sex> fromCode(String text) {
        for (Sex s : values()) {
            if (s.code.equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
