package org.rightbalance.evaluation.importing.cin;

import java.util.Objects;

/**
 * A CIN census file checked without keeping its records ({@link CinCensusReader#check}): the header and how many
 * records it holds.
 */
public record CinCheck(CinHeader header, long children, long referrals, long cinPlans, long cpPlans) {

    public CinCheck {
        Objects.requireNonNull(header, "header");
        if (children < 0 || referrals < 0 || cinPlans < 0 || cpPlans < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
