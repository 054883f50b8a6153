package org.rightbalance.evaluation.cohort;

import org.rightbalance.evaluation.plan.CohortDefinition;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.KeyReferralRule;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Draws the treated and comparison cohorts of a plan from an extract and derives every column of the
 * analysis table (definitions: {@code docs/evaluation-plan.md}, "Definitions").
 *
 * <ul>
 *   <li><b>Treated</b>: children flagged for the programme (a {@code programme_participation} row with the
 *       plan's programme) whose key referral lies in the treated window and who are in the age band at it.
 *       The key referral follows the cohort's {@link KeyReferralRule}.</li>
 *   <li><b>Comparison</b>: children never flagged for the programme, at any date (the report: "flagged as
 *       not having received the RBFF programme"). A flagged child who would also qualify for the
 *       comparison window is therefore never a comparison child: treated takes precedence, and a flagged
 *       child outside the treated age band is excluded from both.</li>
 *   <li><b>Evaluation-period untreated</b> (Tables 6–7, row 2): children never flagged with a referral in
 *       the treated window at which they were in the treated age band; described at the first such
 *       referral. They are not matched; a child may be in this group and in the comparison cohort.</li>
 * </ul>
 *
 * <p>Two referrals of a child on the same day are ordered by referral id; a referral on the key
 * referral's date is neither a previous referral nor a re-referral.
 *
 * <p>Every age is an age at a referral ({@link Person#ageAt}), never at another date, so an extract
 * that gives the age at each referral instead of dates of birth (a pseudonymised extract) gives the
 * same cohorts.
 *
 * <p>Cost: one pass to index the extract ({@link ExtractIndex}), then per child a scan of that child's own
 * referrals and binary searches; nothing is quadratic in the extract's size.
 */
public final class CohortBuilder {

    private final EvaluationPlan plan;

    public CohortBuilder(EvaluationPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The cohorts of the plan in {@code extract}. */
    public Cohorts build(SsdExtract extract) {
        ExtractIndex index = new ExtractIndex(extract, plan.programme());
        LocalDate extractDate = plan.extractDate();

        List<AnalysisRow> treated = new ArrayList<>();
        Map<String, ChildProfile> profiles = new HashMap<>();
        int flagged = 0;
        int inWindow = 0;
        int below = 0;
        int above = 0;
        CohortDefinition t = plan.treated();
        for (Map.Entry<String, List<ProgrammeParticipation>> e : index.participation().entrySet()) {
            String pid = e.getKey();
            Person person = index.people().get(pid);
            flagged++;
            Referral[] refs = index.referrals(pid);
            Referral key = keyReferral(t, person, refs, e.getValue(), extractDate);
            if (key == null) {
                if (t.keyReferral() == KeyReferralRule.FIRST_IN_WINDOW_IN_AGE_BAND) {
                    Referral first = firstInWindow(t, refs, extractDate);
                    if (first != null) {
                        inWindow++;
                        if (person.ageAt(first) < t.ageBand().min()) {
                            below++;
                        } else {
                            above++;
                        }
                    }
                }
                continue;
            }
            inWindow++;
            int age = person.ageAt(key);
            if (age < t.ageBand().min()) {
                below++;
                continue;
            }
            if (age > t.ageBand().max()) {
                above++;
                continue;
            }
            treated.add(row(index, person, refs, key, Group.TREATED));
            profiles.put(pid, profile(index, person, refs, key));
        }

        List<AnalysisRow> comparison = new ArrayList<>();
        List<ChildProfile> untreated = new ArrayList<>();
        CohortDefinition c = plan.comparison();
        int comparisonWithReferral = 0;
        for (Person person : index.people().values()) {
            String pid = person.personId();
            if (index.isFlagged(pid)) {
                continue;
            }
            Referral[] refs = index.referrals(pid);
            if (refs.length == 0) {
                continue;
            }
            if (firstInWindow(c, refs, extractDate) != null) {
                comparisonWithReferral++;
                Referral key = keyReferral(c, person, refs, List.of(), extractDate);
                if (key != null && c.ageBand().contains(person.ageAt(key))) {
                    comparison.add(row(index, person, refs, key, Group.COMPARISON));
                    profiles.put(pid, profile(index, person, refs, key));
                }
            }
            Referral evaluationPeriod = firstInWindowInBand(t, person, refs, extractDate);
            if (evaluationPeriod != null) {
                untreated.add(profile(index, person, refs, evaluationPeriod));
            }
        }
        Comparator<AnalysisRow> byPerson = Comparator.comparing(AnalysisRow::personId);
        treated.sort(byPerson);
        comparison.sort(byPerson);
        untreated.sort(Comparator.comparing(ChildProfile::personId));
        List<AnalysisRow> rows = new ArrayList<>(treated.size() + comparison.size());
        rows.addAll(treated);
        rows.addAll(comparison);
        CohortCounts counts = new CohortCounts(flagged, inWindow, below, above, treated.size(),
                comparisonWithReferral, comparison.size(), untreated.size());
        return new Cohorts(rows, counts, profiles, untreated);
    }

    /** The key referral under the cohort's rule, or null when the child has none. */
    private static Referral keyReferral(CohortDefinition cohort, Person person, Referral[] refs,
                                        List<ProgrammeParticipation> participation, LocalDate extractDate) {
        switch (cohort.keyReferral()) {
            case PARTICIPATION_ELSE_FIRST_IN_WINDOW -> {
                for (ProgrammeParticipation p : participation) {
                    if (p.referralId() == null) {
                        continue;
                    }
                    for (Referral r : refs) {
                        if (r.referralId().equals(p.referralId())) {
                            return cohort.inWindow(r.referralDate(), extractDate) ? r : null;
                        }
                    }
                }
                return firstInWindow(cohort, refs, extractDate);
            }
            case FIRST_IN_WINDOW -> {
                return firstInWindow(cohort, refs, extractDate);
            }
            case FIRST_IN_WINDOW_IN_AGE_BAND -> {
                return firstInWindowInBand(cohort, person, refs, extractDate);
            }
            default -> throw new IllegalStateException(cohort.keyReferral().toString());
        }
    }

    private static Referral firstInWindow(CohortDefinition cohort, Referral[] refs, LocalDate extractDate) {
        for (Referral r : refs) {
            if (cohort.inWindow(r.referralDate(), extractDate)) {
                return r;
            }
        }
        return null;
    }

    private static Referral firstInWindowInBand(CohortDefinition cohort, Person person, Referral[] refs,
                                                LocalDate extractDate) {
        for (Referral r : refs) {
            if (cohort.inWindow(r.referralDate(), extractDate)
                    && cohort.ageBand().contains(person.ageAt(r))) {
                return r;
            }
        }
        return null;
    }

    private AnalysisRow row(ExtractIndex index, Person person, Referral[] refs, Referral key, Group group) {
        LocalDate date = key.referralDate();
        String pid = person.personId();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        Map<String, String> missing = new HashMap<>();
        for (OutcomeDefinition o : plan.outcomes()) {
            LocalDate end = date.plusDays(o.windowDays());
            double value = switch (o.type()) {
                case FOLLOWUP_COMPLETE -> end.isAfter(plan.extractDate()) ? 0 : 1;
                case REREFERRAL -> {
                    int next = ExtractIndex.firstAfter(refs, date);
                    yield next < refs.length && !refs[next].referralDate().isAfter(end) ? 1 : 0;
                }
                case ESCALATION -> {
                    LocalDate[] starts = index.escalationStarts(pid);
                    int next = ExtractIndex.firstAfter(starts, date);
                    yield next < starts.length && !starts[next].isAfter(end) ? 1 : 0;
                }
                case CIN_PLAN_DAYS -> {
                    CinPlan first = index.cinPlans(key.referralId()).stream()
                            .min(Comparator.comparing(CinPlan::start).thenComparing(CinPlan::planId))
                            .orElse(null);
                    if (first == null) {
                        missing.put(o.name(), AnalysisRow.NO_PLAN);
                        yield Double.NaN;
                    }
                    if (first.end() == null || first.end().isAfter(plan.extractDate())) {
                        missing.put(o.name(), AnalysisRow.OPEN_PLAN);
                        yield Double.NaN;
                    }
                    yield ChronoUnit.DAYS.between(first.start(), first.end());
                }
            };
            outcomes.put(o.name(), value);
        }
        return new AnalysisRow(pid, index.familyOf(pid), group, key.referralId(), date, person.ageAt(key),
                person.sex(), previousReferral(refs, key) ? 1 : 0, (date.getMonthValue() - 1) / 3 + 1,
                index.hasSiblings(pid) ? 1 : 0, date.isAfter(plan.sensitivityCutoff()) ? 1 : 0, outcomes, missing);
    }

    private static boolean previousReferral(Referral[] refs, Referral key) {
        return refs.length > 0 && refs[0].referralDate().isBefore(key.referralDate());
    }

    private static ChildProfile profile(ExtractIndex index, Person person, Referral[] refs, Referral key) {
        return new ChildProfile(person.personId(), EthnicityGroup.fromDfeCode(person.ethnicity()),
                person.sex() == Sex.FEMALE, ChildProfile.isBritish(person.nationality()),
                index.hasSiblings(person.personId()), previousReferral(refs, key));
    }
}
