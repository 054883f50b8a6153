package org.rightbalance.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the cost ledger.
 *
 * @param amount  pounds, more than zero, at most two decimal places
 * @param version increases with every change; a change made from an older version is refused
 */
public record CostEntry(long id, LocalDate incurredOn, CostComponent component, String fundingSource,
                        String description, BigDecimal amount, int version) {

    public CostEntry {
        Objects.requireNonNull(incurredOn, "incurredOn");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(fundingSource, "fundingSource");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        if (fundingSource.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a cost needs a funding source and a description");
        }
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("a cost is a positive amount in pounds and pence: " + amount);
        }
    }
}
