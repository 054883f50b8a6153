package org.rightbalance.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyReferralsTest {

    static final LocalDate OPENED = LocalDate.of(2018, 3, 1);
    static final List<KeyReferrals.Referral> REFERRALS = List.of(
            new KeyReferrals.Referral(1, LocalDate.of(2017, 1, 10)),
            new KeyReferrals.Referral(2, LocalDate.of(2018, 2, 20)),
            new KeyReferrals.Referral(3, LocalDate.of(2018, 3, 1)),
            new KeyReferrals.Referral(4, LocalDate.of(2018, 9, 1)));

    @Test
    void theReferralRecordedForTheCaseIsTheKeyReferral() {
        assertThat(KeyReferrals.key(REFERRALS, 1L, OPENED)).map(KeyReferrals.Referral::id).contains(1L);
    }

    @Test
    void otherwiseTheLatestReferralOnOrBeforeTheCaseOpenedIs() {
        assertThat(KeyReferrals.key(REFERRALS, null, OPENED)).map(KeyReferrals.Referral::id).contains(3L);
        assertThat(KeyReferrals.key(REFERRALS, 99L, OPENED.minusDays(1))).map(KeyReferrals.Referral::id).contains(2L);
    }

    @Test
    void otherwiseTheFirstReferralAfterItIs() {
        assertThat(KeyReferrals.key(REFERRALS.subList(3, 4), null, OPENED)).map(KeyReferrals.Referral::id).contains(4L);
    }

    @Test
    void aChildWithoutReferralsHasNoKeyReferral() {
        assertThat(KeyReferrals.key(List.of(), null, OPENED)).isEmpty();
    }
}
