package dev.harmony.connectors.lab.datacenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostSizingTest {
    private static final long GIB = 1024;

    @Test
    void picksTheModelWhoseCountComesClosestToTheTargetLoad() {
        HostSizing.Choice c = HostSizing.choose(DatacenterOptions.defaults(), 844 * GIB, 39 * GIB, 320);

        assertThat(c.model().name()).isEqualTo("2s-24c-192g");
        assertThat(c.count()).isEqualTo(8);
    }

    @Test
    void aVmTooLargeForSmallModelsForcesTheLargeOne() {
        HostSizing.Choice c = HostSizing.choose(DatacenterOptions.defaults(), 4340 * GIB, 511 * GIB, 1446);

        assertThat(c.model().name()).isEqualTo("2s-48c-768g");
        assertThat(c.count()).isEqualTo(10);
    }

    @Test
    void keepsAtLeastTwoHostsPerZoneForATinyLab() {
        HostSizing.Choice c = HostSizing.choose(DatacenterOptions.defaults(), 10 * GIB, 2 * GIB, 4);

        assertThat(c.count()).isEqualTo(7);
    }

    @Test
    void refusesWhenNoModelHoldsTheLargestVm() {
        assertThatThrownBy(() -> HostSizing.choose(DatacenterOptions.defaults(), 2000 * GIB, 1000 * GIB, 4))
                .hasMessageContaining("no host model holds the largest VM (1000 GiB)");
    }
}
