package org.rightbalance.programme;

import org.rightbalance.programme.KeyReferrals.ProgrammeChild;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes {@link OutcomeMeasures} from the social care tables, with the evaluation's definitions
 * (docs/evaluation-plan.md, "Definitions"; the window is 365 days):
 * <ul>
 *   <li><b>re-referral</b>: another referral of the child dated in (key, key + 365]; a referral on the
 *       key referral's own date does not count;</li>
 *   <li><b>escalation</b>: a child protection plan or a period of care that <em>starts</em> in
 *       (key, key + 365]; plans already running on the key date do not count;</li>
 *   <li><b>days on a CIN plan</b>: end − start of the first CIN plan (earliest start, then id) of the
 *       key referral; left out while that plan is open, and when there is none.</li>
 * </ul>
 * The two yes/no measures count only children whose year of follow-up has elapsed (key + 365 on or
 * before today); the others are counted as "still in their follow-up year".
 */
@Component
public class OutcomeCalculator {

    static final int WINDOW_DAYS = 365;

    private final JdbcClient jdbc;
    private final KeyReferrals keyReferrals;

    public OutcomeCalculator(JdbcClient jdbc, KeyReferrals keyReferrals) {
        this.jdbc = jdbc;
        this.keyReferrals = keyReferrals;
    }

    public OutcomeMeasures compute(Optional<Long> teamId, LocalDate today) {
        List<ProgrammeChild> children = keyReferrals.programmeChildren(teamId);
        String programmeChildren = "(select child_id from programme_case where " + KeyReferrals.STARTED + ")";
        Map<Long, List<LocalDate>> referralDates = datesByChild(
                "select child_id, referral_date from social_care_referral where child_id in " + programmeChildren);
        Map<Long, List<LocalDate>> escalations = datesByChild(
                "select child_id, start_date from child_protection_plan where child_id in " + programmeChildren
                        + " union all select child_id, start_date from care_period where child_id in " + programmeChildren);
        Map<Long, PlanDates> firstPlanOfReferral = new HashMap<>();
        jdbc.sql("select referral_id, start_date, end_date from cin_plan where child_id in " + programmeChildren
                        + " order by referral_id, start_date, id")
                .query((rs, n) -> firstPlanOfReferral.putIfAbsent(rs.getLong(1),
                        new PlanDates(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))))
                .list();

        long withoutReferral = 0;
        long inFollowUp = 0;
        long counted = 0;
        long rereferred = 0;
        long escalated = 0;
        List<Double> days = new ArrayList<>();
        long open = 0;
        long noPlan = 0;
        for (ProgrammeChild child : children) {
            if (child.keyReferralDate().isEmpty()) {
                withoutReferral++;
                continue;
            }
            LocalDate key = child.keyReferralDate().get();
            LocalDate end = key.plusDays(WINDOW_DAYS);
            if (end.isAfter(today)) {
                inFollowUp++;
            } else {
                counted++;
                if (anyIn(referralDates.get(child.childId()), key, end)) {
                    rereferred++;
                }
                if (anyIn(escalations.get(child.childId()), key, end)) {
                    escalated++;
                }
            }
            PlanDates plan = firstPlanOfReferral.get(child.keyReferralId().orElseThrow());
            if (plan == null) {
                noPlan++;
            } else if (plan.end() == null || plan.end().isAfter(today)) {
                open++;
            } else {
                days.add((double) ChronoUnit.DAYS.between(plan.start(), plan.end()));
            }
        }
        return new OutcomeMeasures(today, Cell.of(children.size()), Cell.of(withoutReferral), Cell.of(inFollowUp),
                proportion("Re-referred within a year",
                        "Another referral to children's social care within 365 days after the key referral",
                        rereferred, counted),
                proportion("Escalated within a year",
                        "A child protection plan or a period in care starting within 365 days after the key referral",
                        escalated, counted),
                mean(days, open, noPlan));
    }

    private static OutcomeMeasures.Proportion proportion(String label, String definition, long events, long counted) {
        Optional<Intervals.Estimate> interval = counted >= Cell.THRESHOLD
                ? Optional.of(Intervals.wilson(events, counted, OutcomeMeasures.LEVEL)) : Optional.empty();
        return new OutcomeMeasures.Proportion(label, definition, Cell.of(counted), Cell.of(events), interval);
    }

    private static OutcomeMeasures.Mean mean(List<Double> days, long open, long noPlan) {
        Optional<Intervals.Estimate> interval = days.size() >= Cell.THRESHOLD
                ? Optional.of(Intervals.mean(days.stream().mapToDouble(Double::doubleValue).toArray(), OutcomeMeasures.LEVEL))
                : Optional.empty();
        return new OutcomeMeasures.Mean("Days on a Child in Need plan",
                "Days from start to end of the first Child in Need plan of the key referral, for plans that have ended",
                Cell.of(days.size()), Cell.of(open), Cell.of(noPlan), interval);
    }

    /** Whether a date lies in (after, upTo]. */
    private static boolean anyIn(List<LocalDate> dates, LocalDate after, LocalDate upTo) {
        if (dates == null) {
            return false;
        }
        return dates.stream().anyMatch(d -> d.isAfter(after) && !d.isAfter(upTo));
    }

    private Map<Long, List<LocalDate>> datesByChild(String sql) {
        Map<Long, List<LocalDate>> out = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(rs.getObject(2, LocalDate.class))).list();
        return out;
    }

    private record PlanDates(LocalDate start, LocalDate end) {
    }
}
