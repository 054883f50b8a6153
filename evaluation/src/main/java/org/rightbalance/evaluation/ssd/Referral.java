package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral to children's social care and the CIN episode it opened ({@code ssd_cin_episodes}).
 *
 * @param referralId        the council's identifier
 * @param personId          the child
 * @param referralDate      when the referral was received
 * @param primaryNeedCode   DfE primary need code N0–N9, or "" when not recorded
 * @param referralSourceCode DfE referral source code, or ""
 * @param closeDate         when the episode closed; {@code null} while open
 * @param closeReason       DfE closure reason RC1–RC9, or "" while open
 * @param ageAtReferral     the child's age in completed years at the referral ({@code cine_age_at_referral},
 *                          written by a pseudonymised export in place of the date of birth), or {@code null}
 *                          when not given: then it comes from the child's date of birth
 */
public record Referral(String referralId, String personId, LocalDate referralDate, String primaryNeedCode,
                       String referralSourceCode, LocalDate closeDate, String closeReason, Integer ageAtReferral) {

    /** Highest age at referral accepted; anything above is a typing error, not a child. */
    public static final int MAX_AGE = 125;

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(referralDate, "referralDate");
        primaryNeedCode = primaryNeedCode == null ? "" : primaryNeedCode;
        referralSourceCode = referralSourceCode == null ? "" : referralSourceCode;
        closeReason = closeReason == null ? "" : closeReason;
        if (ageAtReferral != null && (ageAtReferral < 0 || ageAtReferral > MAX_AGE)) {
            throw new IllegalArgumentException("age at referral " + referralId + " must be 0 to " + MAX_AGE
                    + ": " + ageAtReferral);
        }
    }

    /** A referral without a recorded age: the child's age comes from the date of birth. */
    public Referral(String referralId, String personId, LocalDate referralDate, String primaryNeedCode,
                    String referralSourceCode, LocalDate closeDate, String closeReason) {
        this(referralId, personId, referralDate, primaryNeedCode, referralSourceCode, closeDate, closeReason, null);
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closeDate);
    }
}
