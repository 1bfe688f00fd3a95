package dev.harmony.viz.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.Culprit;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.HealthScore;
import dev.harmony.engine.health.PointsLost;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthDashboardViewModelTest {
    private static final Instant AT = Instant.parse("2013-07-07T22:00:00Z");

    private static InventorySnapshot inventory() {
        Host a = new Host("h-a", "esx-a", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
        Host b = new Host("h-b", "esx-b", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), true);
        List<Vm> vms = List.of(new Vm("v1", "web-1", 2, 5_200, 8_192, "linux", "", Set.of(), ""),
                new Vm("v2", "db-1", 2, 5_200, 8_192, "linux", "", Set.of(), ""));
        return new InventorySnapshot(AT, "test", List.of(new Pool("p1", "Pool", "dc")), List.of(a, b), vms,
                new Placement(Map.of("v1", "h-a", "v2", "h-a")));
    }

    /** Pool 78: affinity cost 12 (pair web-1 + db-1), balance 3 (esx-a), no forecast. */
    private static HealthReport report(Instant at, double poolIndex) {
        List<PointsLost> pool = List.of(
                new PointsLost(HealthComponent.HEADROOM, 0, 25, true, 0, List.of()),
                new PointsLost(HealthComponent.REALIZED_CONTENTION, 0, 15, true, 0, List.of()),
                new PointsLost(HealthComponent.PREDICTED_CONTENTION, 0, 15, false, Double.NaN, List.of()),
                new PointsLost(HealthComponent.BALANCE, 3, 15, true, 0.09,
                        List.of(new Culprit("host", "h-a", 3, "utilisation 9.0 points above the pool mean"))),
                new PointsLost(HealthComponent.AFFINITY, 12, 30, true, -0.07,
                        List.of(new Culprit("pair", "v1+v2", 12, "affinity -0.412, on h-a"))));
        List<PointsLost> hostA = List.of(
                new PointsLost(HealthComponent.HEADROOM, 5, 25, true, 0.2,
                        List.of(new Culprit("resource", "cpu", 5, "cpu P95 at 76 % of capacity"))),
                new PointsLost(HealthComponent.REALIZED_CONTENTION, 0, 15, true, 0, List.of()),
                new PointsLost(HealthComponent.PREDICTED_CONTENTION, 0, 15, false, Double.NaN, List.of()),
                new PointsLost(HealthComponent.BALANCE, 0, 15, true, 0, List.of()),
                new PointsLost(HealthComponent.AFFINITY, 12, 30, true, -0.07, List.of()));
        List<PointsLost> hostB = hostA.stream().map(p -> new PointsLost(p.component(), 0, p.maxPoints(), p.assessed(), p.measure(),
                List.of())).toList();
        return new HealthReport(at, new HealthScore(poolIndex, pool),
                Map.of("h-a", new HealthScore(80, hostA), "h-b", new HealthScore(100, hostB)), Map.of());
    }

    @Test
    void aReportShowsTheIndexTheVerdictAndHostsWorstFirst() {
        HealthDashboardViewModel model = new HealthDashboardViewModel();
        model.show(report(AT, 78.2), inventory(), "6 h measured");

        assertThat(model.indexTextProperty().get()).isEqualTo("78");
        assertThat(model.verdictProperty().get()).isEqualTo("Fair · 15.0 points lost, most to affinity of co-located pairs (12.0 of 30)");
        assertThat(model.hostsProperty().get()).extracting(HostHealthRow::name).containsExactly("esx-a", "esx-b");
        assertThat(model.hostsProperty().get().get(0).worst()).isEqualTo("pair affinity");
        assertThat(model.hostsProperty().get().get(1).maintenance()).isTrue();
        assertThat(model.historyProperty().get()).singleElement().satisfies(p -> assertThat(p.index()).isEqualTo(78.2));
    }

    @Test
    void theBreakdownNamesEachComponentAndTheComponentThatCostMostShowsItsPairs() {
        HealthDashboardViewModel model = new HealthDashboardViewModel();
        model.show(report(AT, 78.2), inventory(), "6 h measured");

        assertThat(model.componentsProperty().get()).extracting(ComponentRow::label).containsExactly("Headroom",
                "Contention (measured)", "Contention (forecast)", "Balance across hosts", "Affinity of co-located pairs");
        assertThat(model.componentsProperty().get().get(2).measure()).isEqualTo("not assessed: no forecast yet");
        assertThat(model.componentsProperty().get().get(4).measure()).isEqualTo("load-weighted mean affinity -0.07 (free from +0.05)");
        assertThat(model.selectedComponentProperty().get()).isEqualTo(HealthComponent.AFFINITY);
        assertThat(model.culpritsProperty().get()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("web-1 + db-1");
            assertThat(c.points()).isEqualTo(12);
        });

        model.selectedComponentProperty().set(HealthComponent.BALANCE);
        assertThat(model.culpritsProperty().get()).extracting(CulpritRow::subject).containsExactly("esx-a");
    }

    @Test
    void pickingAHostShowsItsOwnBreakdownAndGoingBackShowsThePool() {
        HealthDashboardViewModel model = new HealthDashboardViewModel();
        model.show(report(AT, 78.2), inventory(), "6 h measured");
        model.selectedComponentProperty().set(HealthComponent.HEADROOM);
        model.selectedHostProperty().set("h-a");

        assertThat(model.scopeTitleProperty().get()).isEqualTo("Breakdown: esx-a (index 80)");
        assertThat(model.componentsProperty().get().get(0).measure()).isEqualTo("shortfall 0.20 of the way from 70 % to full");
        assertThat(model.culpritsProperty().get()).extracting(CulpritRow::detail).containsExactly("cpu P95 at 76 % of capacity");

        model.selectedHostProperty().set(null);
        assertThat(model.scopeTitleProperty().get()).isEqualTo("Breakdown: pool");
    }

    @Test
    void historyKeepsOnePointPerMomentInTimeOrder() {
        HealthDashboardViewModel model = new HealthDashboardViewModel();
        model.setHistory(List.of(new HealthPoint(AT.minusSeconds(7200), 81), new HealthPoint(AT.minusSeconds(3600), 80)));
        model.show(report(AT, 78.2), inventory(), "6 h measured");
        model.addHistory(new HealthPoint(AT.minusSeconds(3600), 79));

        assertThat(model.historyProperty().get()).extracting(HealthPoint::index).containsExactly(81.0, 79.0, 78.2);
    }
}
