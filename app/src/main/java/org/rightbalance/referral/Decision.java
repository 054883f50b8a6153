package org.rightbalance.referral;

/** What became of a referral. */
public enum Decision {
    ACCEPTED("Accepted onto the programme"),
    DECLINED("Not taken on"),
    COMPARISON("Randomised to the comparison group");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
