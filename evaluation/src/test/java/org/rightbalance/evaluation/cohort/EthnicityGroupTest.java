package org.rightbalance.evaluation.cohort;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EthnicityGroupTest {

    @ParameterizedTest
    @CsvSource({"WBRI,WHITE", "wirt,WHITE", "BAFR,BLACK", "AIND,ASIAN", "CHNE,ASIAN", "MWBC,MIXED", "OOTH,OTHER",
            "REFU,NOT_RECORDED", "NOBT,NOT_RECORDED", "'',NOT_RECORDED"})
    void dfe_codes_fall_in_the_report_groups(String code, EthnicityGroup expected) {
        assertThat(EthnicityGroup.fromDfeCode(code)).isEqualTo(expected);
    }
}
