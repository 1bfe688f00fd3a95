package dev.harmony.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.store.HarmonyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Health values kept and read back, in memory and in the store's own schema. */
class HealthHistoryTest {
    private static final Instant T0 = HealthFixtures.DAY_START;

    @Test
    void storeSchemaKeepsReportsAndReturnsOneSubjectsValuesInTimeOrder() {
        String name = "health-" + System.nanoTime();
        try (HarmonyStore store = HarmonyStore.inMemory(name)) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name);
            dataSource.setUser("sa");
            HealthHistory history = new JdbcHealthHistory(dataSource);

            history.record("lab:test", "pool-1", report(T0.plus(Duration.ofHours(1)), 0.95));
            history.record("lab:test", "pool-1", report(T0, 0.5));
            history.record("lab:other", "pool-1", report(T0, 0.5));

            List<HealthRecord> pool = history.list("lab:test", HealthScope.POOL, "pool-1", T0, T0.plus(Duration.ofDays(1)));
            assertThat(pool).extracting(HealthRecord::at).containsExactly(T0, T0.plus(Duration.ofHours(1)));
            assertThat(pool.get(1).score().index()).isLessThan(pool.get(0).score().index());
            assertThat(pool.get(1).score().component(HealthComponent.HEADROOM).culprits()).extracting(Culprit::subject)
                    .containsExactly("h");
            assertThat(pool.get(1).score().component(HealthComponent.AFFINITY).assessed()).isFalse();
            assertThat(history.list("lab:test", HealthScope.HOST, "h", T0, T0.plus(Duration.ofHours(1)))).hasSize(1);
            assertThat(history.list("lab:test", HealthScope.VM, "vm-1", T0, T0.plus(Duration.ofDays(1)))).hasSize(2);
        }
    }

    @Test
    void memoryHistoryFiltersBySourceScopeSubjectAndTime() {
        HealthHistory history = new InMemoryHealthHistory();
        history.record("s", "p", report(T0, 0.5));
        history.record("s", "p", report(T0.plus(Duration.ofDays(2)), 0.5));

        assertThat(history.list("s", HealthScope.POOL, "p", T0, T0.plus(Duration.ofDays(1)))).hasSize(1);
        assertThat(history.list("s", HealthScope.HOST, "h", T0, T0.plus(Duration.ofDays(3)))).hasSize(2);
        assertThat(history.list("other", HealthScope.POOL, "p", T0, T0.plus(Duration.ofDays(3)))).isEmpty();
    }

    private static HealthReport report(Instant at, double cpuShare) {
        HostHealthInput host = new HostHealthInput("h", dev.harmony.engine.affinity.HostCapacity.of(HealthFixtures.host("h"), 1e6),
                Optional.empty(), Optional.of(HealthFixtures.flatLoad(cpuShare, 0.3, 0)));
        return new WeightedHealthIndex(HealthOptions.defaults())
                .assess(new HealthInput(at, List.of(host), Map.of("vm-1", "h"), List.of()));
    }
}
