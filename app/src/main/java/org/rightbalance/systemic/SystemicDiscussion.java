package org.rightbalance.systemic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A multi-agency systemic discussion: the professionals around the family explore its dilemmas with
 * a clinician in systemic practice, agree actions and make referrals (report, chapter 1). Its
 * outcome is shared with everyone on the case; {@code readers} says who has opened it.
 */
public record SystemicDiscussion(long id, long caseId, LocalDate heldOn, boolean mainCarerTookPart, String dilemmas,
                                 List<Participant> participants, List<AgreedAction> actions, List<Referral> referrals,
                                 String recordedBy, Instant recordedAt, List<Reader> readers, int version) {
    public SystemicDiscussion {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(dilemmas, "dilemmas");
        participants = List.copyOf(participants);
        actions = List.copyOf(actions);
        referrals = List.copyOf(referrals);
        readers = List.copyOf(readers);
    }

    public boolean readBy(long staffId) {
        return readers.stream().anyMatch(r -> r.staffId() == staffId && r.hasRead());
    }

    public long unreadCount() {
        return readers.stream().filter(r -> !r.hasRead()).count();
    }
}
