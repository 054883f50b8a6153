package org.rightbalance.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The live outcome measures of the programme's children, defined as in the 2020 evaluation
 * (plans/rbff-2020.yaml; docs/programme.md).
 *
 * @param asOf            the day they were computed
 * @param children        children who started the programme (of the team, for a team manager)
 * @param withoutReferral of them, children with no social care referral recorded (no key referral)
 * @param inFollowUp      of the rest, children whose year after the key referral has not yet elapsed
 * @param rereferral      re-referral within 365 days of the key referral
 * @param escalation      a child protection plan or care starting within 365 days of the key referral
 * @param cinPlanDays     days on the first CIN plan of the key referral
 */
public record OutcomeMeasures(LocalDate asOf, Cell children, Cell withoutReferral, Cell inFollowUp,
                              Proportion rereferral, Proportion escalation, Mean cinPlanDays) {

    /** The 95% level of every interval on the page. */
    public static final double LEVEL = 0.95;

    /**
     * A share of children with a 95% Wilson interval, given only when at least {@link Cell#THRESHOLD}
     * children count.
     *
     * @param counted children whose follow-up year has elapsed
     * @param events  of them, children with the event
     */
    public record Proportion(String label, String definition, Cell counted, Cell events,
                             Optional<Intervals.Estimate> interval) {
    }

    /**
     * A mean number of days with a 95% t interval, given only when at least {@link Cell#THRESHOLD}
     * plans count.
     *
     * @param counted children whose first CIN plan of the key referral has ended
     * @param open    children whose plan is still open
     * @param noPlan  children with no CIN plan on the key referral
     */
    public record Mean(String label, String definition, Cell counted, Cell open, Cell noPlan,
                       Optional<Intervals.Estimate> interval) {
    }
}
