package org.rightbalance.closure;

import org.rightbalance.socialcare.ReasonForClosure;
import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed programme case: the DfE reason, the date, the closure plan, and the follow-up check one
 * year on of whether the child was re-referred or escalated.
 *
 * @param followUpDoneOn null until the follow-up check is recorded
 */
public record Closure(long id, long caseId, ReasonForClosure reason, LocalDate closedOn, ClosurePlan plan, long closedBy,
                     LocalDate followUpDue, LocalDate followUpDoneOn, Boolean reReferral, Boolean escalation,
                     String followUpNotes, Long followUpBy, int version) {

    public Closure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(followUpDue, "followUpDue");
        if (followUpDoneOn != null && (reReferral == null || escalation == null)) {
            throw new IllegalArgumentException("a follow-up check records both answers");
        }
    }

    /** A new closure; the follow-up check falls due one year after closure. */
    public static Closure of(long caseId, ReasonForClosure reason, LocalDate closedOn, ClosurePlan plan, long closedBy) {
        return new Closure(0, caseId, reason, closedOn, plan, closedBy, closedOn.plusYears(1), null, null, null, null, null, 0);
    }

    public boolean followUpDone() {
        return followUpDoneOn != null;
    }

    /** Records the check one year on. */
    public Closure followUp(LocalDate on, boolean reReferred, boolean escalated, String notes, long by) {
        if (followUpDone()) {
            throw new InvalidRequestException(null, "The follow-up check was already recorded on " + followUpDoneOn);
        }
        if (on.isBefore(followUpDue)) {
            throw new InvalidRequestException("checkedOn", "The follow-up check is due on " + followUpDue
                    + ", a year after closure: record it on or after that date");
        }
        return new Closure(id, caseId, reason, closedOn, plan, closedBy, followUpDue, on, reReferred, escalated,
                notes == null || notes.isBlank() ? null : notes.trim(), by, version);
    }
}
