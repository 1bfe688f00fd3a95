package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One policy's replays on several datacenters, totalled for the table over all of them. */
class PolicyTotalTest {
    private static PolicyResult run(String policy, double cpu, double memory, double during, int peaks, int migrations, double health) {
        Map<Resource, Double> by = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            by.put(r, 0.0);
        }
        by.put(Resource.CPU, cpu);
        by.put(Resource.MEMORY, memory);
        return new PolicyResult(policy, cpu + memory, new ContentionCauses(by, during), peaks, migrations, health, 120, 1,
                Duration.ofSeconds(60));
    }

    @Test
    void contentionMigrationsAndPlansAddUpAndHealthIsTheMeanOfTheDatacenters() {
        PolicyResult total = PolicyResult.total(List.of(run("harmony", 2.5, 0, 1.0, 3, 12, 95.0),
                run("harmony", 4.0, 1.5, 0.5, 0, 20, 96.0), run("harmony", 0, 0, 0, 7, 15, 94.0)));

        assertThat(total.policy()).isEqualTo("harmony");
        assertThat(total.contentionVmHours()).isEqualTo(8.0);
        assertThat(total.causes().byResource()).containsEntry(Resource.CPU, 6.5).containsEntry(Resource.MEMORY, 1.5)
                .containsEntry(Resource.DISK, 0.0);
        assertThat(total.causes().duringMigrations()).isEqualTo(1.5);
        assertThat(total.coincidentPeaks()).isEqualTo(10);
        assertThat(total.migrations()).isEqualTo(47);
        assertThat(total.meanHealth()).isEqualTo(95.0);
        assertThat(total.plans()).isEqualTo(360);
        assertThat(total.blockedPlans()).isEqualTo(3);
        assertThat(total.elapsed()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void runsOfDifferentPoliciesOrNoneAreRefused() {
        assertThatThrownBy(() -> PolicyResult.total(List.of(run("greedy", 1, 0, 0, 0, 1, 90), run("harmony", 1, 0, 0, 0, 1, 90))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyResult.total(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
