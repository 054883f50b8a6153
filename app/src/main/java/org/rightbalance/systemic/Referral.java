package org.rightbalance.systemic;

import java.time.LocalDate;
import java.util.Objects;

/** A referral made from the meeting: "all referrals could be made from that meeting" (report, chapter 3). */
public record Referral(long id, long discussionId, String service, LocalDate referredOn) {
    public Referral {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(referredOn, "referredOn");
    }
}
