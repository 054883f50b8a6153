package org.rightbalance.costs;

import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Seeds a demo cost ledger shaped like the report's Appendix 7 (the two programme years from
 * September 2017, a quarterly entry per line, grant-funded and in-kind): the amounts are invented,
 * drawn around Appendix 7's proportions, and are not Camden's figures.
 */
@Component
class DemoLedger {

    static final String GRANT = "Grant: Children's Social Care Innovation Programme";
    static final String CORE = "Council core budget (in kind)";
    static final LocalDate START = LocalDate.of(2017, 9, 1);

    /** description, component, funding source, invented two-year total in pounds. */
    private record Line(String description, CostComponent component, String source, int twoYears) {
    }

    private static final List<Line> LINES = List.of(
            new Line("Virtual School and educational psychology", CostComponent.VIRTUAL_SCHOOL, GRANT, 280_000),
            new Line("Family group conference coordinators", CostComponent.FAMILY_GROUP_CONFERENCE, GRANT, 210_000),
            new Line("Mentoring service contract", CostComponent.MENTORING, GRANT, 160_000),
            new Line("Systemic practice training", CostComponent.SYSTEMIC_DISCUSSION, GRANT, 170_000),
            new Line("Community safety coordinator", CostComponent.OTHER, GRANT, 40_000),
            new Line("Project support", CostComponent.PROGRAMME_MANAGEMENT, GRANT, 150_000),
            new Line("Programme leadership", CostComponent.PROGRAMME_MANAGEMENT, CORE, 90_000),
            new Line("Systems development and internal evaluation", CostComponent.PROGRAMME_MANAGEMENT, CORE, 110_000),
            new Line("Tutors and multi-disciplinary clinicians at systemic discussions", CostComponent.SYSTEMIC_DISCUSSION, CORE, 400_000),
            new Line("Social work time on Child in Need cases", CostComponent.OTHER, CORE, 770_000));

    private static final List<Line> ONE_OFF = List.of(
            new Line("Set-up costs, travel and sundries", CostComponent.PROGRAMME_MANAGEMENT, GRANT, 100_000),
            new Line("Family travel and reward vouchers", CostComponent.OTHER, GRANT, 55_000),
            new Line("Events with staff and families", CostComponent.OTHER, GRANT, 25_000),
            new Line("Specialist recruitment", CostComponent.PROGRAMME_MANAGEMENT, GRANT, 15_000));

    private final CostRepository costs;

    DemoLedger(CostRepository costs) {
        this.costs = costs;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        long by = seeded.staffId("pm.morgan");
        Instant at = Instant.parse("2019-09-30T12:00:00Z");
        Random random = new Random(2017);
        for (Line line : LINES) {
            for (int quarter = 0; quarter < 8; quarter++) {
                double share = line.twoYears() / 8.0 * (0.85 + 0.3 * random.nextDouble());
                costs.add(START.plusMonths(3L * quarter).plusDays(random.nextInt(60)), line.component(), line.source(),
                        line.description() + ", quarter " + (quarter + 1), pounds(share), by, at);
            }
        }
        for (int i = 0; i < ONE_OFF.size(); i++) {
            Line line = ONE_OFF.get(i);
            costs.add(START.plusDays(20L + 30L * i), line.component(), line.source(), line.description(),
                    pounds(line.twoYears() * (0.9 + 0.2 * random.nextDouble())), by, at);
        }
    }

    private static BigDecimal pounds(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
