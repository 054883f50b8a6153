package org.rightbalance.evaluation.ssd;

import java.util.Objects;

/** A child's family ({@code ssd_family}): the unit whose members are siblings and share standard-error clusters. */
public record FamilyMembership(String familyId, String personId) {

    public FamilyMembership {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(personId, "personId");
    }
}
