package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child known to children's social care ({@code ssd_person}).
 *
 * <p>A pseudonymised extract carries no date of birth: each referral carries the child's age at it
 * instead ({@link Referral#ageAtReferral()}), which is all the evaluation needs, since every age rule
 * of a plan is an age at a referral. Use {@link #ageAt(Referral)} for ages, not the date of birth.
 *
 * @param personId    the council's identifier (or its pseudonym)
 * @param sex         M, F or U
 * @param ethnicity   DfE ethnicity code (e.g. WBRI), or "" when not recorded
 * @param dateOfBirth date of birth, or {@code null} when the extract gives the age at each referral instead
 * @param nationality recorded nationality, or "" when not recorded
 */
public record Person(String personId, Sex sex, String ethnicity, LocalDate dateOfBirth, String nationality) {

    public Person {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(sex, "sex");
        ethnicity = ethnicity == null ? "" : ethnicity;
        nationality = nationality == null ? "" : nationality;
    }

    /**
     * Age in completed years on {@code date} (a birthday on the date counts).
     *
     * @throws IllegalStateException when the person has no date of birth: use {@link #ageAt(Referral)}
     */
    public int ageOn(LocalDate date) {
        if (dateOfBirth == null) {
            throw new IllegalStateException("person " + personId
                    + " has no date of birth (a pseudonymised extract); only the age at a referral is known");
        }
        return java.time.Period.between(dateOfBirth, date).getYears();
    }

    /**
     * Age in completed years at {@code referral}, one of this person's: the referral's recorded age when
     * it has one, else computed from the date of birth. {@link SsdReader} has checked that the two agree
     * when both are given, and that one of them is.
     */
    public int ageAt(Referral referral) {
        if (!referral.personId().equals(personId)) {
            throw new IllegalArgumentException("referral " + referral.referralId() + " is of person "
                    + referral.personId() + ", not of " + personId);
        }
        Integer recorded = referral.ageAtReferral();
        return recorded != null ? recorded : ageOn(referral.referralDate());
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(dateOfBirth);
    }

    public Optional<String> recordedNationality() {
        return nationality.isEmpty() ? Optional.empty() : Optional.of(nationality);
    }
}
