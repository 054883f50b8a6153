package org.rightbalance.child;

import java.util.Objects;

/** A child's family: the unit the programme works with and the cluster of the evaluation's models. */
public record Family(long id, String familyName, String address, String postcode) {
    public Family {
        Objects.requireNonNull(familyName, "familyName");
    }
}
