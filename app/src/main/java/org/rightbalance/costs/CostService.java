package org.rightbalance.costs;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The programme's cost ledger (report, Appendix 7) and the cost per child. Only the programme manager
 * keeps and reads the ledger.
 *
 * <p>Cost per child over a period = the period's total ÷ the children who started the programme in the
 * period; per component = the component's total ÷ the children whose family consented to that
 * component at some time in the period (the consent table). Programme management and other costs are
 * shared, so they have no cost per child of their own.
 */
@Service
@Transactional
public class CostService {

    /** The ledger holds dates from this year on. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final CaseAccess access;
    private final CostRepository costs;
    private final Clock clock;

    public CostService(CaseAccess access, CostRepository costs, Clock clock) {
        this.access = access;
        this.costs = costs;
        this.clock = clock;
    }

    public static boolean mayKeepLedger(Role role) {
        return role == Role.PROGRAMME_MANAGER;
    }

    /** The ledger over [from, to]; without dates, over the span of the ledger (or the last year when it is empty). */
    @Transactional(readOnly = true)
    public CostSummary summary(StaffMember actor, Optional<LocalDate> from, Optional<LocalDate> to) {
        access.requireRole(actor, mayKeepLedger(actor.role()), "cost ledger");
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate[]> span = costs.span();
        LocalDate start = from.orElse(span.map(s -> s[0]).orElse(today.minusYears(1)));
        LocalDate end = to.orElse(span.map(s -> s[1]).orElse(today));
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "The end of the period must be on or after its start");
        }
        List<CostEntry> entries = costs.between(start, end);
        BigDecimal total = entries.stream().map(CostEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<CostComponent, BigDecimal> byComponent = new EnumMap<>(CostComponent.class);
        Map<String, BigDecimal> byFunding = new TreeMap<>();
        for (CostEntry e : entries) {
            byComponent.merge(e.component(), e.amount(), BigDecimal::add);
            byFunding.merge(e.fundingSource(), e.amount(), BigDecimal::add);
        }
        List<CostSummary.ComponentLine> componentLines = new ArrayList<>();
        for (CostComponent c : CostComponent.values()) {
            BigDecimal sum = byComponent.getOrDefault(c, BigDecimal.ZERO);
            Optional<Long> takingUp = c.takenUpAs().map(k -> costs.childrenTakingUp(k.name(), start, end));
            componentLines.add(new CostSummary.ComponentLine(c, c.label(), sum, takingUp,
                    takingUp.flatMap(n -> perChild(sum, n))));
        }
        List<CostSummary.FundingLine> fundingLines = new ArrayList<>();
        byFunding.forEach((source, sum) -> fundingLines.add(new CostSummary.FundingLine(source, sum,
                total.signum() == 0 ? BigDecimal.ZERO : sum.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP))));
        long started = costs.childrenStarted(start, end);
        return new CostSummary(start, end, total, componentLines, fundingLines, started, perChild(total, started), entries);
    }

    /** Cost ÷ children, to the penny; empty when there are no children. */
    static Optional<BigDecimal> perChild(BigDecimal total, long children) {
        return children == 0 ? Optional.empty()
                : Optional.of(total.divide(BigDecimal.valueOf(children), 2, RoundingMode.HALF_UP));
    }

    /** An empty form for a new cost, dated today. */
    @Transactional(readOnly = true)
    public CostForm blankForm(StaffMember actor) {
        access.requireRole(actor, mayKeepLedger(actor.role()), "add a cost");
        CostForm form = new CostForm();
        form.setIncurredOn(LocalDate.now(clock));
        return form;
    }

    @Transactional(readOnly = true)
    public CostEntry find(StaffMember actor, long id) {
        access.requireRole(actor, mayKeepLedger(actor.role()), "cost ledger");
        return costs.findById(id).orElseThrow(() -> new RecordNotFoundException("cost " + id));
    }

    public CostEntry add(StaffMember actor, CostForm form) {
        access.requireRole(actor, mayKeepLedger(actor.role()), "add a cost");
        checkDate(form.getIncurredOn());
        long id = costs.add(form.getIncurredOn(), form.getComponent(), form.getFundingSource().strip(),
                form.getDescription().strip(), form.getAmount(), actor.id(), Instant.now(clock));
        return costs.findById(id).orElseThrow();
    }

    /**
     * @throws org.rightbalance.system.ConcurrentEditException if the entry changed since the person opened it
     */
    public CostEntry update(StaffMember actor, long id, CostForm form) {
        access.requireRole(actor, mayKeepLedger(actor.role()), "change a cost");
        costs.findById(id).orElseThrow(() -> new RecordNotFoundException("cost " + id));
        checkDate(form.getIncurredOn());
        costs.update(id, form.getVersion(), form.getIncurredOn(), form.getComponent(), form.getFundingSource().strip(),
                form.getDescription().strip(), form.getAmount(), actor.id(), Instant.now(clock));
        return costs.findById(id).orElseThrow();
    }

    private void checkDate(LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            throw new InvalidRequestException("incurredOn", "The date of the cost must be in 2000 or later");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("incurredOn", "The date of the cost must be today or in the past");
        }
    }
}
