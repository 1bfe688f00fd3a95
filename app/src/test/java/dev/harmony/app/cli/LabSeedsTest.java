package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabSeedsTest {
    @Test
    void readsOneSeedARangeAndAListKeepingTheOrderAndEachSeedOnce() {
        assertThat(LabSeeds.parse("--lab-seed", "42").seeds()).containsExactly(42L);
        assertThat(LabSeeds.parse("--lab-seed", "42").several()).isFalse();
        assertThat(LabSeeds.parse("--lab-seed", " 1-3, 42 ,2").seeds()).containsExactly(1L, 2L, 3L, 42L);
        assertThat(LabSeeds.parse("--lab-seed", "1-10").seeds()).hasSize(10);
    }

    @Test
    void refusesWhatIsNotASeedNamingThePart() {
        assertThatThrownBy(() -> LabSeeds.parse("--lab-seed", "1,,2")).isInstanceOf(UserError.class)
                .hasMessage("--lab-seed '1,,2': '' is not a seed (0 or more) or a range of seeds such as 1-10");
        assertThatThrownBy(() -> LabSeeds.parse("--lab-seed", "-3")).isInstanceOf(UserError.class).hasMessageContaining("'-3'");
        assertThatThrownBy(() -> LabSeeds.parse("--lab-seed", "1-60,100-160")).isInstanceOf(UserError.class)
                .hasMessageContaining("more than 100 datacenters");
    }
}
