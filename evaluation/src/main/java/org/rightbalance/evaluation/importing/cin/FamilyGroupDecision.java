package org.rightbalance.evaluation.importing.cin;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Family group decision-making within a CIN episode (2025/26 census).
 *
 * @param offered when a family group decision-making meeting was offered
 * @param held    when it took place; {@code null} when it has not (yet)
 */
public record FamilyGroupDecision(String referralId, String personId, LocalDate offered, LocalDate held) {

    public FamilyGroupDecision {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(offered, "offered");
    }
}
