package org.rightbalance.casework;

/** Where a case is in the programme, as the programme page counts them (report, chapter 3). */
public enum Stage {
    REFERRED("Referred, awaiting decision"),
    ENGAGING("Engaging the family"),
    CONFERENCING("Family group conference"),
    SUPPORTING("Direct support"),
    CLOSED("Closed"),
    NOT_TAKEN_ON("Not taken on");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
