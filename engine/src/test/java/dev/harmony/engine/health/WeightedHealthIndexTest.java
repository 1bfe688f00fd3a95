package dev.harmony.engine.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-built pools whose health is known. */
class WeightedHealthIndexTest {
    private final HealthOptions options = HealthOptions.defaults();
    private final WeightedHealthIndex index = new WeightedHealthIndex(options);

    @Test
    void idleBalancedPoolScoresHigh() {
        List<Host> hosts = List.of(HealthFixtures.host("h1"), HealthFixtures.host("h2"), HealthFixtures.host("h3"));
        List<VmDemand> demands = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            demands.add(HealthFixtures.demand("vm-" + i, t -> 300 + 20 * Math.sin(t / 10.0)));
            placement.put("vm-" + i, "h" + (1 + i % 3));
        }

        HealthReport report = HealthFixtures.assessObserved(hosts, new Placement(placement), demands);

        assertThat(report.pool().index()).isGreaterThan(90);
        assertThat(report.pool().component(HealthComponent.HEADROOM).points()).isZero();
        assertThat(report.pool().component(HealthComponent.REALIZED_CONTENTION).points()).isZero();
        assertThat(report.pool().component(HealthComponent.BALANCE).points()).isZero();
        assertThat(report.pool().component(HealthComponent.AFFINITY).measure()).isCloseTo(0, within(0.02));
        assertThat(report.pool().component(HealthComponent.PREDICTED_CONTENTION).assessed()).isFalse();
        assertThat(report.hosts()).hasSize(3);
        assertThat(report.vms()).hasSize(9);
    }

    @Test
    void coincidentPeaksOnOneHostLowerTheAffinityComponent() {
        List<Host> hosts = List.of(HealthFixtures.host("h1"), HealthFixtures.host("h2"));
        Placement together = new Placement(Map.of("a", "h1", "b", "h1", "c", "h2"));
        List<VmDemand> coincident = List.of(HealthFixtures.demand("a", HealthFixtures.burst(9000, false)),
                HealthFixtures.demand("b", HealthFixtures.burst(9000, false)), HealthFixtures.demand("c", t -> 300));
        List<VmDemand> staggered = List.of(HealthFixtures.demand("a", HealthFixtures.burst(9000, false)),
                HealthFixtures.demand("b", HealthFixtures.burst(9000, true)), HealthFixtures.demand("c", t -> 300));

        HealthReport bad = HealthFixtures.assessObserved(hosts, together, coincident);
        HealthReport good = HealthFixtures.assessObserved(hosts, together, staggered);

        PointsLost badAffinity = bad.pool().component(HealthComponent.AFFINITY);
        PointsLost goodAffinity = good.pool().component(HealthComponent.AFFINITY);
        assertThat(badAffinity.measure()).isLessThan(goodAffinity.measure());
        assertThat(badAffinity.points()).isGreaterThan(goodAffinity.points());
        assertThat(bad.pool().index()).isLessThan(good.pool().index());
        assertThat(badAffinity.culprits()).first().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("pair");
            assertThat(c.subject()).isEqualTo("a+b");
            assertThat(c.detail()).contains("on h1");
        });
        assertThat(bad.hosts().get("h1").component(HealthComponent.AFFINITY).points())
                .isGreaterThan(good.hosts().get("h1").component(HealthComponent.AFFINITY).points());
        assertThat(bad.vms().get("c").component(HealthComponent.AFFINITY).assessed()).isFalse();
    }

    @Test
    void forecastCloseToCapacityCostsHeadroomAndNamesTheHost() {
        HealthInput input = new HealthInput(HealthFixtures.DAY_START, List.of(
                hostInput("hot", HealthFixtures.flatLoad(0.9, 0.5, 0.06)),
                hostInput("cool", HealthFixtures.flatLoad(0.3, 0.5, 0.06))), Map.of(), List.of());

        HealthReport report = index.assess(input);

        PointsLost hot = report.hosts().get("hot").component(HealthComponent.HEADROOM);
        assertThat(hot.measure()).isCloseTo((0.954 - 0.7) / 0.3, within(0.001));
        assertThat(hot.culprits()).first().satisfies(c -> assertThat(c.detail()).startsWith("cpu P95 at 95 %"));
        assertThat(report.hosts().get("cool").component(HealthComponent.HEADROOM).points()).isZero();
        PointsLost pool = report.pool().component(HealthComponent.HEADROOM);
        assertThat(pool.points()).isCloseTo(25 * hot.measure() / Math.sqrt(2), within(0.01));
        assertThat(pool.culprits()).extracting(Culprit::subject).containsExactly("hot");
    }

    @Test
    void forecastAboveTheContentionLevelCostsPredictedContention() {
        HealthInput input = new HealthInput(HealthFixtures.DAY_START, List.of(
                hostInput("busy", HealthFixtures.flatLoad(0.85, 0.5, 0.1))), Map.of(), List.of());

        HealthReport report = index.assess(input);

        PointsLost predicted = report.pool().component(HealthComponent.PREDICTED_CONTENTION);
        assertThat(predicted.measure()).isEqualTo(1.0);
        assertThat(predicted.points()).isEqualTo(15.0);
        assertThat(report.pool().component(HealthComponent.REALIZED_CONTENTION).assessed()).isFalse();
    }

    @Test
    void measuredTimeAboveTheContentionLevelCostsRealizedContention() {
        float[][] values = arrays(0.5);
        for (int t = 0; t < 15; t++) {
            values[0][t] = 0.95f * HealthFixtures.HOST_MHZ;
        }
        HostHealthInput host = new HostHealthInput("h", capacity(),
                Optional.of(LoadSeries.measured(HealthFixtures.DAY_START, HealthFixtures.STEP, values)), Optional.empty());

        HealthReport report = index.assess(new HealthInput(HealthFixtures.DAY_START, List.of(host), Map.of(), List.of()));

        PointsLost realized = report.pool().component(HealthComponent.REALIZED_CONTENTION);
        assertThat(realized.measure()).isCloseTo((15.0 / 288) / 0.1, within(1e-9));
        assertThat(realized.points()).isCloseTo(15 * (15.0 / 288) / 0.1, within(1e-9));
        assertThat(report.hosts().get("h").component(HealthComponent.REALIZED_CONTENTION).measure()).isCloseTo(15.0 / 288, within(1e-9));
        assertThat(realized.culprits()).first().satisfies(c -> assertThat(c.detail()).contains("cpu above 90 % in 5.2 %"));
    }

    @Test
    void loadOnOneHostOnlyCostsBalanceAndBlamesThatHost() {
        HealthInput input = new HealthInput(HealthFixtures.DAY_START, List.of(
                hostInput("full", HealthFixtures.flatLoad(0.6, 0.6, 0)),
                hostInput("empty", HealthFixtures.flatLoad(0.0, 0.0, 0))), Map.of(), List.of());

        HealthReport report = index.assess(input);

        assertThat(report.pool().component(HealthComponent.BALANCE).points()).isGreaterThan(5);
        assertThat(report.hosts().get("full").component(HealthComponent.BALANCE).points()).isPositive();
        assertThat(report.hosts().get("empty").component(HealthComponent.BALANCE).points()).isZero();
        assertThat(report.pool().component(HealthComponent.BALANCE).culprits()).extracting(Culprit::subject)
                .contains("full", "empty");
    }

    @Test
    void vmInheritsItsHostsLossesButOnlyItsOwnPairsAffinity() {
        HealthInput input = new HealthInput(HealthFixtures.DAY_START,
                List.of(hostInput("h", HealthFixtures.flatLoad(0.95, 0.5, 0))),
                Map.of("a", "h", "b", "h", "c", "h"),
                List.of(new CoLocatedPair("a", "b", "h", -0.5, 0.4), new CoLocatedPair("a", "c", "h", 0.0, 0.1),
                        new CoLocatedPair("b", "c", "h", 0.0, 0.1)));

        HealthReport report = index.assess(input);

        HealthScore host = report.hosts().get("h");
        HealthScore c = report.vms().get("c");
        assertThat(c.component(HealthComponent.HEADROOM)).isEqualTo(host.component(HealthComponent.HEADROOM));
        assertThat(c.component(HealthComponent.AFFINITY).measure()).isCloseTo(0, within(1e-6));
        assertThat(report.vms().get("a").component(HealthComponent.AFFINITY).measure()).isCloseTo(-0.4, within(1e-4));
        assertThat(report.vms().get("a").index()).isLessThan(c.index());
    }

    @Test
    void indexIsScaledOverTheComponentsThatCouldBeAssessed() {
        HostHealthInput host = new HostHealthInput("h", capacity(), Optional.empty(), Optional.of(HealthFixtures.flatLoad(0.2, 0.2, 0)));

        HealthReport report = index.assess(new HealthInput(HealthFixtures.DAY_START, List.of(host), Map.of(), List.of()));

        assertThat(report.pool().index()).isEqualTo(100.0);
        assertThat(report.pool().breakdown()).filteredOn(p -> !p.assessed()).extracting(PointsLost::component)
                .containsExactly(HealthComponent.REALIZED_CONTENTION, HealthComponent.AFFINITY);
    }

    private static HostHealthInput hostInput(String id, LoadSeries ahead) {
        return new HostHealthInput(id, capacity(), Optional.empty(), Optional.of(ahead));
    }

    private static HostCapacity capacity() {
        return HostCapacity.of(HealthFixtures.host("any"), HealthOptions.defaults().diskKibps());
    }

    private static float[][] arrays(double cpuShare) {
        float[][] v = new float[dev.harmony.engine.affinity.Resource.values().length][HealthFixtures.DAY];
        java.util.Arrays.fill(v[0], (float) (cpuShare * HealthFixtures.HOST_MHZ));
        return v;
    }
}
