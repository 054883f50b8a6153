package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SsdDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-18", "18/02/2019", "2019-02-18T00:00", "2019-02-18T13:45:59",
            "2019-02-18 00:00:00", "2019-02-18T00:00:00.000", "2019-02-18 10:01:02.1234567"})
    void acceptedFormsGiveTheDate(String text) {
        assertThat(SsdDates.parse(text)).isEqualTo(LocalDate.of(2019, 2, 18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2019", "2019-13-01", "02/29/2019", "29/02/2019", "2019-02-29", "2019-00-10",
            "2019-01-00", "2019-1-01", "1/2/2019", "2019/02/18", "18-02-2019", "20190218", "", "2019-02-18T",
            "2019-02-18T24:00", "2019-02-18T12:60", "2019-02-18T12:00:61", "2019-02-18T12:00:00.", "2019-02-18X12:00",
            "2019-02-18T12:00:00.12a", "1899-12-31", "2100-01-01", "2O19-02-18", "18/02/19"})
    void anythingElseIsNotADate(String text) {
        assertThat(SsdDates.parse(text)).isNull();
    }

    @Test
    void leapDaysAreRealDatesInLeapYearsOnly() {
        assertThat(SsdDates.parse("29/02/2020")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(SsdDates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(SsdDates.parse("1900-02-29")).isNull();
    }

    @Test
    void aDateIsOneSharedInstance() {
        assertThat(SsdDates.parse("2019-02-18")).isSameAs(SsdDates.parse("18/02/2019"));
    }
}
