package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A child protection plan ({@code ssd_cp_plans}); {@code end} is {@code null} while open. */
public record ChildProtectionPlan(String planId, String personId, LocalDate start, LocalDate end) {

    public ChildProtectionPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(start, "start");
    }

    public Optional<LocalDate> ended() {
        return Optional.ofNullable(end);
    }
}
