package org.rightbalance.stats.power;

import org.rightbalance.stats.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a solved effect size or group size is compared with pwr: pwr's own {@code uniroot} is only
 * good to about 1e-4, so the fixture also holds the root of pwr's power function found at tolerance
 * 1e-13 ({@code tight_root}), which ours must match to 1e-6; ours must be within 1e-3 of pwr's reported
 * root, and our power at pwr's root must equal pwr's.
 */
final class PwrRoots {

    private static final double REL = 1e-6;

    private PwrRoots() {
    }

    static void assertAgrees(Fixtures.Row r, double root, double powerAtPwrRoot) {
        assertThat(Fixtures.close(root, r.num("tight_root"), REL, 1e-12)).as("%s: got %s", r, root).isTrue();
        assertThat(Fixtures.close(root, r.num("pwr_root"), 1e-3, 1e-3)).as("%s: got %s", r, root).isTrue();
        assertThat(Fixtures.close(powerAtPwrRoot, r.num("pwr_root_power"), REL, 1e-12))
                .as("%s: got %s", r, powerAtPwrRoot).isTrue();
    }
}
