package org.rightbalance.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A child known to children's social care.
 *
 * @param councilChildId the council's own identifier (as in its CIN census return): the key imports match on
 */
public record Child(long id, String councilChildId, String givenName, String familyName, LocalDate dateOfBirth,
                   Sex sex, String ethnicity, long familyId, int version) {

    public Child {
        Objects.requireNonNull(councilChildId, "councilChildId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Age in completed years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
