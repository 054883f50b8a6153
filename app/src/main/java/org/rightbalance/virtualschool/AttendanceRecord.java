package org.rightbalance.virtualschool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A child's school attendance in one term: sessions (half-days) possible and attended. Below
 * {@value #THRESHOLD_PERCENT}% is persistent absence, the threshold of the report's Table 19.
 */
public record AttendanceRecord(long id, long caseId, SchoolTerm term, int sessionsPossible, int sessionsAttended,
                               int version) {

    public static final int THRESHOLD_PERCENT = 90;

    public AttendanceRecord {
        Objects.requireNonNull(term, "term");
        if (sessionsPossible <= 0 || sessionsAttended < 0 || sessionsAttended > sessionsPossible) {
            throw new IllegalArgumentException("sessions attended must be between 0 and the sessions possible (> 0)");
        }
    }

    /** The attendance rate in percent, to one decimal place. */
    public BigDecimal rate() {
        return BigDecimal.valueOf(sessionsAttended * 100L).divide(BigDecimal.valueOf(sessionsPossible), 1, RoundingMode.HALF_UP);
    }

    /** Below the 90% threshold (persistent absence), compared exactly rather than after rounding. */
    public boolean belowThreshold() {
        return sessionsAttended * 100L < (long) THRESHOLD_PERCENT * sessionsPossible;
    }
}
