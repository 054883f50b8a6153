package org.rightbalance.virtualschool;

import java.time.LocalDate;
import java.util.Objects;

/**
 * English and Maths attainment at one time point, e.g. "Baseline", "End of programme" or a term.
 */
public record AttainmentRecord(long id, long caseId, LocalDate assessedOn, String timePoint, Attainment english,
                               Attainment maths, int version) {

    public AttainmentRecord {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(timePoint, "timePoint");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(maths, "maths");
        if (timePoint.isBlank() || timePoint.length() > 80) {
            throw new IllegalArgumentException("time point must be 1 to 80 characters");
        }
    }
}
