package org.rightbalance.evaluation.plan;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One outcome ({@code outcomes.<name>}), a column of the analysis table.
 *
 * @param name       the column name, lower snake case
 * @param type       its definition
 * @param windowDays the follow-up window in days for the types that need one, else 0
 */
public record OutcomeDefinition(String name, OutcomeType type, int windowDays) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Column names of the analysis table that an outcome may not take. */
    public static final Set<String> RESERVED = Set.of("person_id", "family_id", "group", "treated",
            "key_referral_id", "key_referral_date", "age", "sex", "previous_referral", "quarter", "siblings",
            "referral_after_cutoff", "matched", "stratum", "weight");

    public OutcomeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type is required");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a lower snake_case column name");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a column of the analysis table already");
        }
        if (type.needsWindow() && windowDays < 1) {
            throw new IllegalArgumentException("window_days is required for type " + type.key()
                    + " and must be at least 1, was " + windowDays);
        }
        if (!type.needsWindow() && windowDays != 0) {
            throw new IllegalArgumentException("window_days does not apply to type " + type.key());
        }
    }

    public boolean isBinary() {
        return type.isBinary();
    }

    /** The outcome in plain words, e.g. "re-referral within 365 days", for readings and headings. */
    public String description() {
        return switch (type) {
            case REREFERRAL -> "re-referral within " + windowDays + " days";
            case ESCALATION -> "escalation to a child protection plan or care within " + windowDays + " days";
            case CIN_PLAN_DAYS -> "days on the first CIN plan";
            case FOLLOWUP_COMPLETE -> "a complete follow-up of " + windowDays + " days";
        };
    }
}
