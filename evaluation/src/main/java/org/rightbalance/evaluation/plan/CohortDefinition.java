package org.rightbalance.evaluation.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who enters a cohort ({@code treated:} or {@code comparison:} in the plan).
 *
 * @param flagged     whether the cohort's children are flagged for the programme (true for the treated
 *                    cohort, false for the comparison cohort)
 * @param windowStart the first day a key referral may fall on (included)
 * @param windowEnd   the day after the last a key referral may fall on (excluded); {@code null} for a window
 *                    open up to the extract date (included)
 * @param ageBand     age in completed years at the key referral
 * @param keyReferral how the key referral is picked
 */
public record CohortDefinition(boolean flagged, LocalDate windowStart, LocalDate windowEnd, AgeBand ageBand,
                               KeyReferralRule keyReferral) {

    public CohortDefinition {
        Objects.requireNonNull(windowStart, "window_start is required");
        Objects.requireNonNull(ageBand, "age_years is required");
        Objects.requireNonNull(keyReferral, "key_referral is required");
        if (windowEnd != null && !windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("window_end (" + windowEnd + ") must be after window_start ("
                    + windowStart + ")");
        }
        if (!flagged && keyReferral == KeyReferralRule.PARTICIPATION_ELSE_FIRST_IN_WINDOW) {
            throw new IllegalArgumentException("key_referral " + keyReferral.key()
                    + " needs a flagged cohort (flagged: true)");
        }
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(windowEnd);
    }

    /** Whether {@code date} lies in the window; an open window ends on {@code extractDate} (included). */
    public boolean inWindow(LocalDate date, LocalDate extractDate) {
        if (date.isBefore(windowStart)) {
            return false;
        }
        return windowEnd == null ? !date.isAfter(extractDate) : date.isBefore(windowEnd);
    }
}
