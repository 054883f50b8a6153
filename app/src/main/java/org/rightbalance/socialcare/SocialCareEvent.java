package org.rightbalance.socialcare;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated record of a child's social care: a referral (start = referral date, end = closure date),
 * a CIN plan, a child protection plan or a period looked after. Rows are linked to the child, not to
 * the programme case, because the evaluation's outcomes are about the child.
 *
 * @param referralId the referral a plan belongs to (plans only)
 * @param code the referral's closure reason (RC1–RC9), the CP plan's initial category, or the care
 *             period's legal status; may be null
 * @param source the referral's source (CIN census code), or null
 */
public record SocialCareEvent(long id, EventKind kind, long childId, Long referralId, LocalDate start, LocalDate end,
                              String code, String source, int version) {

    public SocialCareEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new InvalidRequestException("endDate", "The end date must be on or after the start date, " + start);
        }
        if (kind == EventKind.REFERRAL && (end == null) != (code == null)) {
            throw new InvalidRequestException(end == null ? "endDate" : "closeReason",
                    "Enter the closure date and the reason for closure together");
        }
        if ((kind == EventKind.CIN_PLAN || kind == EventKind.CP_PLAN) && referralId == null) {
            throw new InvalidRequestException("referralId", "Select the referral the plan belongs to");
        }
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether the two periods share a day; a period that ends on the day the other starts does not. */
    public boolean overlaps(SocialCareEvent other) {
        boolean startsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
        boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public SocialCareEvent ended(LocalDate on, String reason) {
        return new SocialCareEvent(id, kind, childId, referralId, start, on, kind == EventKind.REFERRAL ? reason : code,
                source, version);
    }

    public String codeLabel() {
        if (code == null) {
            return null;
        }
        if (kind == EventKind.REFERRAL) {
            try {
                return ReasonForClosure.valueOf(code).codeAndLabel();
            } catch (IllegalArgumentException e) {
                return code;
            }
        }
        return code;
    }
}
