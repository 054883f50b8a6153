package org.rightbalance.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ledger over a period: totals by component and by funding source, and the cost per child.
 *
 * @param childrenStarted children who started the programme in the period (a case opened then and taken on)
 * @param costPerChild    total ÷ childrenStarted; empty when no child started
 * @param entries         the entries of the period, oldest first
 */
public record CostSummary(LocalDate from, LocalDate to, BigDecimal total, List<ComponentLine> byComponent,
                          List<FundingLine> byFundingSource, long childrenStarted, Optional<BigDecimal> costPerChild,
                          List<CostEntry> entries) {

    public CostSummary {
        byComponent = List.copyOf(byComponent);
        byFundingSource = List.copyOf(byFundingSource);
        entries = List.copyOf(entries);
    }

    /**
     * A component's costs; for the four components families take up, the cost per child who took it up.
     *
     * @param childrenTakingUp children whose family consented to the component in the period; empty for shared costs
     * @param costPerChild     total ÷ childrenTakingUp; empty for shared costs or when no child took it up
     */
    public record ComponentLine(CostComponent component, String label, BigDecimal total, Optional<Long> childrenTakingUp,
                                Optional<BigDecimal> costPerChild) {
    }

    /** A funding source's costs and its share of the total (0 to 100). */
    public record FundingLine(String fundingSource, BigDecimal total, BigDecimal percent) {
    }
}
