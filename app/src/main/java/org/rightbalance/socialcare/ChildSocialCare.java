package org.rightbalance.socialcare;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A child's social care record as a whole, which checks a new or changed event against the others
 * as the DfE CIN census rules do: plans start on or after their referral and within it, no two
 * open referrals, no overlapping CIN plans (so never two open), a CIN plan never overlapping a child
 * protection plan, and no overlapping child protection plans or periods of care.
 */
public record ChildSocialCare(long childId, List<SocialCareEvent> events) {

    public List<SocialCareEvent> of(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * @throws InvalidRequestException naming the field, if the event breaks a rule
     */
    public void check(SocialCareEvent event) {
        List<SocialCareEvent> others = events.stream().filter(e -> e.id() != event.id() || e.kind() != event.kind()).toList();
        switch (event.kind()) {
            case REFERRAL -> {
                for (SocialCareEvent r : others.stream().filter(e -> e.kind() == EventKind.REFERRAL).toList()) {
                    if (r.overlaps(event)) {
                        throw new InvalidRequestException(event.isOpen() && r.isOpen() ? "startDate" : "endDate",
                                "This referral overlaps the referral of " + r.start()
                                        + (r.isOpen() ? ", which is still open: close it first" : ""));
                    }
                }
                for (SocialCareEvent p : others.stream().filter(e -> e.referralId() != null && e.referralId() == event.id()).toList()) {
                    if (event.end() != null && (p.end() == null || p.end().isAfter(event.end()))) {
                        throw new InvalidRequestException("endDate", "The " + p.kind().label().toLowerCase()
                                + " of this referral that started on " + p.start()
                                + " must end on or before the closure date: end it first");
                    }
                }
            }
            case CIN_PLAN, CP_PLAN -> {
                SocialCareEvent referral = others.stream()
                        .filter(e -> e.kind() == EventKind.REFERRAL && e.id() == event.referralId()).findFirst()
                        .orElseThrow(() -> new InvalidRequestException("referralId", "Select one of this child's referrals"));
                if (event.start().isBefore(referral.start())) {
                    throw new InvalidRequestException("startDate", "The plan cannot start before its referral, on " + referral.start());
                }
                if (referral.end() != null && event.start().isAfter(referral.end())) {
                    throw new InvalidRequestException("startDate", "The plan cannot start after its referral was closed, on " + referral.end());
                }
                for (SocialCareEvent same : others.stream().filter(e -> e.kind() == event.kind()).toList()) {
                    if (same.overlaps(event)) {
                        throw new InvalidRequestException("startDate", "This overlaps the " + event.kind().label().toLowerCase()
                                + " that started on " + same.start() + (same.isOpen() ? ", which is still open: end it first" : ""));
                    }
                }
                EventKind otherKind = event.kind() == EventKind.CIN_PLAN ? EventKind.CP_PLAN : EventKind.CIN_PLAN;
                for (SocialCareEvent other : others.stream().filter(e -> e.kind() == otherKind).toList()) {
                    if (other.overlaps(event)) {
                        throw new InvalidRequestException("startDate", "A child in need plan cannot overlap a child protection plan: the "
                                + otherKind.label().toLowerCase() + " of " + other.start()
                                + (other.isOpen() ? " is still open: end it first" : " overlaps these dates"));
                    }
                }
            }
            case CARE_PERIOD -> {
                for (SocialCareEvent same : others.stream().filter(e -> e.kind() == EventKind.CARE_PERIOD).toList()) {
                    if (same.overlaps(event)) {
                        throw new InvalidRequestException("startDate", "This overlaps the period looked after that started on " + same.start());
                    }
                }
            }
        }
    }

    /**
     * What the record says about the year from {@code from} (exclusive of that day for re-referrals):
     * the evaluation's outcomes, re-referral within a year, days on a CIN plan, escalation to a child
     * protection plan or to care.
     */
    public YearSummary yearFrom(LocalDate from) {
        LocalDate to = from.plusYears(1);
        List<SocialCareEvent> reReferrals = of(EventKind.REFERRAL).stream()
                .filter(r -> r.start().isAfter(from) && !r.start().isAfter(to)).toList();
        List<SocialCareEvent> cp = of(EventKind.CP_PLAN).stream()
                .filter(p -> !p.start().isBefore(from) && !p.start().isAfter(to)).toList();
        List<SocialCareEvent> care = of(EventKind.CARE_PERIOD).stream()
                .filter(p -> !p.start().isBefore(from) && !p.start().isAfter(to)).toList();
        long cinDays = 0;
        for (SocialCareEvent p : of(EventKind.CIN_PLAN)) {
            LocalDate s = p.start().isAfter(from) ? p.start() : from;
            LocalDate e = p.end() == null || p.end().isAfter(to) ? to : p.end();
            if (e.isAfter(s)) {
                cinDays += ChronoUnit.DAYS.between(s, e);
            }
        }
        return new YearSummary(from, to, reReferrals.size(), cinDays, cp.size(), care.size());
    }

    /** The evaluation's outcomes over one year, as the record shows them. */
    public record YearSummary(LocalDate from, LocalDate to, int reReferrals, long daysOnCinPlan,
                              int childProtectionPlansStarted, int periodsOfCareStarted) {
        public boolean escalated() {
            return childProtectionPlansStarted > 0 || periodsOfCareStarted > 0;
        }
    }
}
