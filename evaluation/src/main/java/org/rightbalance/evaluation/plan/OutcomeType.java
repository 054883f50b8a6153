package org.rightbalance.evaluation.plan;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The definitions an outcome can have ({@code outcomes.<name>.type}). */
public enum OutcomeType {
    /** 1 when the child has another referral dated in (key, key + window_days], else 0. */
    REREFERRAL("rereferral", true, true),
    /**
     * end − start in days of the first CIN plan (earliest start, then plan id) linked to the key referral;
     * missing when that plan is still open (or ends after the extract date) or there is no linked plan.
     */
    CIN_PLAN_DAYS("cin_plan_days", false, false),
    /** 1 when a child protection plan or a care episode starts in (key, key + window_days], else 0. */
    ESCALATION("escalation", true, true),
    /** 1 when key + window_days is on or before the extract date, else 0. */
    FOLLOWUP_COMPLETE("followup_complete", true, true);

    private final String key;
    private final boolean binary;
    private final boolean needsWindow;

    OutcomeType(String key, boolean binary, boolean needsWindow) {
        this.key = key;
        this.binary = binary;
        this.needsWindow = needsWindow;
    }

    public String key() {
        return key;
    }

    /** Whether the outcome is 0/1 (a logit may be fitted to it). */
    public boolean isBinary() {
        return binary;
    }

    /** Whether the definition needs {@code window_days}. */
    public boolean needsWindow() {
        return needsWindow;
    }

    public static OutcomeType parse(String text) {
        for (OutcomeType t : values()) {
            if (t.key.equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(values())
                .map(OutcomeType::key).collect(Collectors.joining(", ")));
    }
}
