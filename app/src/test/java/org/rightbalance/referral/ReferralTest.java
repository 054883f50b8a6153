package org.rightbalance.referral;

import org.junit.jupiter.api.Test;
import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static Referral propose(int age, String reason, AllocationMethod method, RandomDraw draw) {
        return Referral.propose(1, D, age, reason, 7, SocialWorkerView.APPROPRIATE, null, 3, null, 3, null, method, draw);
    }

    @Test
    void theCriteriaAreAged10To13AndOutsideThemAReasonIsRequired() {
        assertThat(propose(10, null, AllocationMethod.OBJECTIVE_CRITERIA, null).withinCriteria()).isTrue();
        assertThat(propose(13, null, AllocationMethod.OBJECTIVE_CRITERIA, null).withinCriteria()).isTrue();
        assertThatThrownBy(() -> propose(9, " ", AllocationMethod.PRACTITIONER_JUDGEMENT, null))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("outsideCriteriaReason");
        Referral outside = propose(14, "Sibling on the programme", AllocationMethod.PRACTITIONER_JUDGEMENT, null);
        assertThat(outside.withinCriteria()).isFalse();
        assertThat(outside.outsideCriteriaReason()).isEqualTo("Sibling on the programme");
    }

    @Test
    void aComparisonDrawDecidesAtOnceAndAProgrammeDrawAwaitsTheDecision() {
        RandomDraw comparison = new RandomDraw(0.5, 1, 0.75, RandomDraw.Arm.COMPARISON);
        RandomDraw programme = new RandomDraw(0.5, 2, 0.25, RandomDraw.Arm.PROGRAMME);
        assertThat(propose(12, null, AllocationMethod.RANDOM, comparison).decision()).isEqualTo(Decision.COMPARISON);
        assertThat(propose(12, null, AllocationMethod.RANDOM, programme).awaitingDecision()).isTrue();
        assertThatThrownBy(() -> new RandomDraw(0.5, 1, 0.75, RandomDraw.Arm.PROGRAMME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> propose(12, null, AllocationMethod.RANDOM, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferralIsDecidedOnceNotBeforeItsDateAndADeclineNeedsAReason() {
        Referral r = propose(12, null, AllocationMethod.OBJECTIVE_CRITERIA, null);
        assertThatThrownBy(() -> r.allocate(D.minusDays(1), 3)).extracting("field").isEqualTo("decidedOn");
        assertThatThrownBy(() -> r.decline(D, "", 3)).extracting("field").isEqualTo("reason");
        Referral accepted = r.allocate(D.plusDays(5), 3);
        assertThat(accepted.decision()).isEqualTo(Decision.ACCEPTED);
        assertThatThrownBy(() -> accepted.decline(D.plusDays(6), "Changed", 3)).hasMessageContaining("already been decided");
    }
}
