package org.rightbalance.socialcare;

import org.junit.jupiter.api.Test;
import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildSocialCareTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    private static SocialCareEvent referral(long id, LocalDate start, LocalDate end) {
        return new SocialCareEvent(id, EventKind.REFERRAL, 1, null, start, end, end == null ? null : "RC8", null, 0);
    }

    private static SocialCareEvent plan(long id, EventKind kind, long referralId, LocalDate start, LocalDate end) {
        return new SocialCareEvent(id, kind, 1, referralId, start, end, null, null, 0);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> plan(1, EventKind.CIN_PLAN, 1, D, D.minusDays(1)))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("endDate");
    }

    @Test
    void aClosureDateNeedsItsReasonAndTheOtherWayRound() {
        assertThatThrownBy(() -> new SocialCareEvent(1, EventKind.REFERRAL, 1, null, D, D.plusDays(3), null, null, 0))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("closeReason");
        assertThatThrownBy(() -> new SocialCareEvent(1, EventKind.REFERRAL, 1, null, D, null, "RC1", null, 0))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("endDate");
    }

    @Test
    void twoOpenCinPlansAndACinPlanOverlappingACpPlanAreRefused() {
        ChildSocialCare record = new ChildSocialCare(1, List.of(referral(1, D, null), plan(2, EventKind.CIN_PLAN, 1, D, null)));
        assertThatThrownBy(() -> record.check(plan(0, EventKind.CIN_PLAN, 1, D.plusDays(10), null)))
                .hasMessageContaining("still open");
        assertThatThrownBy(() -> record.check(plan(0, EventKind.CP_PLAN, 1, D.plusDays(10), null)))
                .hasMessageContaining("cannot overlap a child protection plan");
    }

    @Test
    void escalationOnTheDayTheCinPlanEndsIsAllowed() {
        ChildSocialCare record = new ChildSocialCare(1, List.of(referral(1, D, null),
                plan(2, EventKind.CIN_PLAN, 1, D, D.plusDays(30))));
        record.check(plan(0, EventKind.CP_PLAN, 1, D.plusDays(30), null));
    }

    @Test
    void aPlanCannotStartBeforeItsReferralOrAfterItClosed() {
        ChildSocialCare record = new ChildSocialCare(1, List.of(referral(1, D, D.plusDays(60))));
        assertThatThrownBy(() -> record.check(plan(0, EventKind.CIN_PLAN, 1, D.minusDays(1), null)))
                .hasMessageContaining("before its referral");
        assertThatThrownBy(() -> record.check(plan(0, EventKind.CIN_PLAN, 1, D.plusDays(61), null)))
                .hasMessageContaining("after its referral was closed");
        assertThatThrownBy(() -> record.check(plan(0, EventKind.CIN_PLAN, 99, D, null)))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("referralId");
    }

    @Test
    void theYearSummaryCountsReReferralsCinDaysAndEscalation() {
        ChildSocialCare record = new ChildSocialCare(1, List.of(
                referral(1, D.minusDays(100), D.plusDays(50)),
                plan(2, EventKind.CIN_PLAN, 1, D.minusDays(90), D.plusDays(40)),
                referral(3, D.plusDays(200), null),
                plan(4, EventKind.CP_PLAN, 3, D.plusDays(210), null),
                referral(5, D.plusDays(400), D.plusDays(401))));
        ChildSocialCare.YearSummary year = record.yearFrom(D);
        assertThat(year.reReferrals()).isEqualTo(1);
        assertThat(year.daysOnCinPlan()).isEqualTo(40);
        assertThat(year.childProtectionPlansStarted()).isEqualTo(1);
        assertThat(year.escalated()).isTrue();
    }
}
