package org.rightbalance.evaluation.cohort;

import org.rightbalance.evaluation.ssd.Sex;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One child of either cohort: a row of the analysis table before matching.
 *
 * @param personId            the child
 * @param familyId            the child's family; a child without a family row has its own,
 *                            {@code person:<person_id>}
 * @param group               treated or comparison
 * @param keyReferralId       the key referral
 * @param keyReferralDate     its date
 * @param age                 completed years at the key referral
 * @param sex                 recorded sex
 * @param previousReferral    1 when the child has a referral dated before the key referral's date
 * @param quarter             calendar quarter (1–4) of the key referral
 * @param siblings            1 when the child's family has another person
 * @param referralAfterCutoff 1 when the key referral is after the plan's sensitivity cut-off
 * @param outcomes            each outcome of the plan, in plan order; NaN when missing
 * @param missingReasons      for an outcome that is missing, why: {@code open_plan} or {@code no_plan}
 */
public record AnalysisRow(String personId, String familyId, Group group, String keyReferralId,
                          LocalDate keyReferralDate, int age, Sex sex, int previousReferral, int quarter,
                          int siblings, int referralAfterCutoff, Map<String, Double> outcomes,
                          Map<String, String> missingReasons) {

    /** {@code missing_reasons} value: the first linked CIN plan is still open. */
    public static final String OPEN_PLAN = "open_plan";
    /** {@code missing_reasons} value: no CIN plan is linked to the key referral. */
    public static final String NO_PLAN = "no_plan";

    public AnalysisRow {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(keyReferralId, "keyReferralId");
        Objects.requireNonNull(keyReferralDate, "keyReferralDate");
        Objects.requireNonNull(sex, "sex");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        missingReasons = Map.copyOf(missingReasons);
    }

    /** 1 for a treated child, 0 for a comparison child. */
    public int treated() {
        return group == Group.TREATED ? 1 : 0;
    }

    /** The outcome's value (NaN when missing). */
    public double outcome(String name) {
        Double v = outcomes.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no outcome '" + name + "' (outcomes are " + outcomes.keySet() + ")");
        }
        return v;
    }
}
