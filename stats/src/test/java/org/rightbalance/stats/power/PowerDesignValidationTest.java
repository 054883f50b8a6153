package org.rightbalance.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PowerDesignValidationTest {

    @Test
    void designEffectIsOnePlusClusterSizeMinusOneTimesIcc() {
        assertThat(new DesignEffect(1.25, 0.3).value()).isCloseTo(1.075, within(1e-15));
        assertThat(DesignEffect.NONE.value()).isEqualTo(1.0);
        assertThat(new DesignEffect(5, 0.1).effectiveSize(140)).isCloseTo(100, within(1e-12));
    }

    @Test
    void invalidInputsGiveOneLineMessages() {
        assertThatThrownBy(() -> new DesignEffect(0.5, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("average cluster size must be a finite number >= 1, was 0.5");
        assertThatThrownBy(() -> new DesignEffect(2, 1)).hasMessage("intra-cluster correlation (ICC) must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> new TwoGroupDesign(1, 10, 0.05, Alternative.LESS))
                .hasMessage("size of group 1 must be a finite number >= 2, was 1.0");
        assertThatThrownBy(() -> new TwoGroupDesign(10, 10, 0, Alternative.LESS))
                .hasMessage("significance level alpha must be in (0, 1), was 0.0");
        assertThatThrownBy(() -> new TwoGroupDesign(3, 10, 0.05, Alternative.LESS, new DesignEffect(11, 0.5)))
                .hasMessageContaining("effective group sizes");
        assertThatThrownBy(() -> Alternative.parse("both")).hasMessageContaining("two.sided, less, greater");
        assertThat(Alternative.parse("Two-Sided")).isEqualTo(Alternative.TWO_SIDED);
    }
}
