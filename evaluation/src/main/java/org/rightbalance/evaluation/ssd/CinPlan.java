package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Child in Need plan ({@code ssd_cin_plans}).
 *
 * @param planId     the council's identifier
 * @param referralId the referral (CIN episode) the plan belongs to
 * @param personId   the child
 * @param start      plan start
 * @param end        plan end; {@code null} while the plan is open
 */
public record CinPlan(String planId, String referralId, String personId, LocalDate start, LocalDate end) {

    public CinPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(start, "start");
    }

    public Optional<LocalDate> ended() {
        return Optional.ofNullable(end);
    }
}
