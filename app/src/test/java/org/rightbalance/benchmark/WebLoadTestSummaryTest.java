package org.rightbalance.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class WebLoadTestSummaryTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] sorted = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        assertThat(WebLoadTest.rank(sorted, 0.50)).isEqualTo(50.0);
        assertThat(WebLoadTest.rank(sorted, 0.99)).isEqualTo(99.0);
        assertThat(WebLoadTest.rank(new long[]{7_000_000}, 0.99)).isEqualTo(7.0);
    }

    @Test
    void errorsAreCountedPerPageAndOverall() {
        var samples = List.of(
                new WebLoadTest.Sample(WebLoadTest.Page.HOME, 2_000_000, true, null),
                new WebLoadTest.Sample(WebLoadTest.Page.HOME, 4_000_000, false, "HOME / → HTTP 500"),
                new WebLoadTest.Sample(WebLoadTest.Page.CASE, 6_000_000, true, null));
        WebLoadTest.Result result = WebLoadTest.summarise(samples, 2.0, 1);
        assertThat(result.all().requests()).isEqualTo(3);
        assertThat(result.all().errors()).isEqualTo(1);
        assertThat(result.pages()).filteredOn(s -> s.page() == WebLoadTest.Page.HOME).singleElement()
                .satisfies(s -> assertThat(s.medianMs()).isEqualTo(2.0));
        assertThat(result.firstErrors()).containsExactly("HOME / → HTTP 500");
        assertThat(result.requestsPerSecond()).isEqualTo(1.5);
    }
}
