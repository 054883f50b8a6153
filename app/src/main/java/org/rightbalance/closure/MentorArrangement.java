package org.rightbalance.closure;

/**
 * What happens to the mentoring relationship when the case closes. Families feared losing their
 * mentor at closure (report, chapter 3), so the closure plan says it in writing.
 */
public enum MentorArrangement {
    NO_MENTOR("The child did not have a mentor"),
    PLANNED_ENDING("The mentoring ends with a planned last session and goodbye"),
    STAYS_IN_TOUCH("The mentor stays in touch for an agreed time"),
    COMMUNITY_MENTOR("The child is introduced to a community mentor or youth service");

    private final String label;

    MentorArrangement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
