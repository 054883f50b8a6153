package org.rightbalance.referral;

/**
 * How the decision to offer the programme was made. The report found allocation inconsistent and
 * not recorded, which weakened the comparison; recording it lets the evaluation analyse each kind.
 */
public enum AllocationMethod {
    OBJECTIVE_CRITERIA("Objective criteria (age 10 to 13, Child in Need)"),
    RANDOM("Random allocation between programme and comparison"),
    PRACTITIONER_JUDGEMENT("Practitioners' judgement");

    private final String label;

    AllocationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
