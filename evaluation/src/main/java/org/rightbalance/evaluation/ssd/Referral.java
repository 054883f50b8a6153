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
 */
public record Referral(String referralId, String personId, LocalDate referralDate, String primaryNeedCode,
                       String referralSourceCode, LocalDate closeDate, String closeReason) {

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(referralDate, "referralDate");
        primaryNeedCode = primaryNeedCode == null ? "" : primaryNeedCode;
        referralSourceCode = referralSourceCode == null ? "" : referralSourceCode;
        closeReason = closeReason == null ? "" : closeReason;
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closeDate);
    }
}
