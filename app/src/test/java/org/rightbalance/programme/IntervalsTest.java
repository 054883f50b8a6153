package org.rightbalance.programme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The intervals against R (fixtures/intervals/intervals.R and the CSV files it wrote). */
class IntervalsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void wilsonIntervalsAgreeWithRsPropTestWithoutContinuityCorrection() throws IOException {
        List<String[]> rows = csv("wilson.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        for (String[] row : rows) {
            long x = Long.parseLong(row[0]);
            long n = Long.parseLong(row[1]);
            Intervals.Estimate e = Intervals.wilson(x, n, 0.95);
            assertThat(e.estimate()).as("p for %d/%d", x, n).isCloseTo((double) x / n, within(TOLERANCE));
            assertThat(e.low()).as("low for %d/%d", x, n).isCloseTo(Double.parseDouble(row[2]), within(TOLERANCE));
            assertThat(e.high()).as("high for %d/%d", x, n).isCloseTo(Double.parseDouble(row[3]), within(TOLERANCE));
        }
    }

    @Test
    void meanIntervalsAgreeWithRsTTest() throws IOException {
        List<String[]> rows = csv("mean.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        for (String[] row : rows) {
            double[] values = Arrays.stream(row[0].split(";")).mapToDouble(Double::parseDouble).toArray();
            Intervals.Estimate e = Intervals.mean(values, 0.95);
            assertThat(e.estimate()).isCloseTo(Double.parseDouble(row[1]), within(TOLERANCE));
            assertThat(e.low()).as("low for %s", row[0]).isCloseTo(Double.parseDouble(row[2]), within(1e-8));
            assertThat(e.high()).as("high for %s", row[0]).isCloseTo(Double.parseDouble(row[3]), within(1e-8));
        }
    }

    @Test
    void theWilsonIntervalStaysInsideZeroAndOneAtTheExtremes() {
        assertThat(Intervals.wilson(0, 5, 0.95).low()).isEqualTo(0);
        assertThat(Intervals.wilson(5, 5, 0.95).high()).isEqualTo(1);
        assertThat(Intervals.wilson(0, 5, 0.95).high()).isGreaterThan(0);
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThatThrownBy(() -> Intervals.wilson(3, 2, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intervals.wilson(0, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intervals.mean(new double[]{1}, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intervals.mean(new double[]{1, 2}, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallCountsAreSuppressedButZeroAndTenAreShown() {
        assertThat(Cell.of(0).text()).isEqualTo("0");
        assertThat(Cell.of(1).text()).isEqualTo("<10");
        assertThat(Cell.of(9).value()).isNull();
        assertThat(Cell.of(10).text()).isEqualTo("10");
    }

    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = IntervalsTest.class.getResourceAsStream("/fixtures/intervals/" + name)) {
            assertThat(in).as(name).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }
}
