package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child known to children's social care ({@code ssd_person}).
 *
 * @param personId    the council's identifier
 * @param sex         M, F or U
 * @param ethnicity   DfE ethnicity code (e.g. WBRI), or "" when not recorded
 * @param dateOfBirth date of birth
 * @param nationality recorded nationality, or "" when not recorded
 */
public record Person(String personId, Sex sex, String ethnicity, LocalDate dateOfBirth, String nationality) {

    public Person {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        ethnicity = ethnicity == null ? "" : ethnicity;
        nationality = nationality == null ? "" : nationality;
    }

    /** Age in completed years on {@code date}. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(dateOfBirth, date).getYears();
    }

    public Optional<String> recordedNationality() {
        return nationality.isEmpty() ? Optional.empty() : Optional.of(nationality);
    }
}
