package dev.harmony.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulator on small pools whose outcome is known. */
class StepSimulatorTest {
    private static final int DAY = 288;
    private final SimulationOptions quiet = SimulationOptions.defaults().withReactive(ReactivePolicy.off());

    @Test
    void plannedMigrationMovesTheVmAndBothHostsHoldItsMemoryMeanwhile() {
        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2")),
                Map.of("a", "h1", "b", "h1"), flat(List.of("a", "b"), 400, DAY),
                List.of(new PlannedMigration("a", "h2", SimulationFixtures.at(10))), List.of(), quiet);

        MigrationOutcome m = r.migrations().get(0);
        assertThat(m.completed()).isTrue();
        assertThat(r.placement().hostOf("a")).contains("h2");
        // 16 GiB over 1 Gbit/s at 80 % is 172 s for the first round, plus 10 MiB/s dirtied: inside step 10.
        assertThat(m.startedAt()).contains(SimulationFixtures.at(10));
        assertThat(m.cost().orElseThrow().duration().getSeconds()).isBetween(170L, 200L);
        HostTimeline h1 = r.host("h1");
        HostTimeline h2 = r.host("h2");
        double vmMemory = 8.0 / 128;
        assertThat(h2.utilisation(Resource.MEMORY, 9)).isZero();
        assertThat(h2.utilisation(Resource.MEMORY, 10)).isEqualTo(vmMemory);
        assertThat(h1.utilisation(Resource.MEMORY, 10)).isEqualTo(2 * vmMemory);
        assertThat(h1.utilisation(Resource.MEMORY, 11)).isEqualTo(vmMemory);
        assertThat(h1.utilisation(Resource.CPU, 10)).isGreaterThan(h1.utilisation(Resource.CPU, 12));
        assertThat(h2.utilisation(Resource.CPU, 10)).isGreaterThan(0);
        assertThat(h2.utilisation(Resource.NETWORK, 10)).isGreaterThan(h2.utilisation(Resource.NETWORK, 11));
    }

    @Test
    void aMigrationThatEndsWithinTheLastStepIsDoneWhenTheRunEnds() {
        // A run of 11 steps; the migration starts at step 10 and takes about three minutes of its five.
        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2")),
                Map.of("a", "h1"), flat(List.of("a"), 400, 11),
                List.of(new PlannedMigration("a", "h2", SimulationFixtures.at(10))), List.of(), quiet);

        assertThat(r.migrations()).singleElement().satisfies(m -> assertThat(m.completed()).isTrue());
        assertThat(r.placement().hostOf("a")).contains("h2");
    }

    @Test
    void aMigrationStillRunningWhenTheRunEndsIsNotDone() {
        // 64 GiB over 1 Gbit/s takes longer than the one step left.
        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2")),
                Map.of("big", "h1"), List.of(big()),
                List.of(new PlannedMigration("big", "h2", SimulationFixtures.at(10))), List.of(), quiet);

        assertThat(r.migrations()).singleElement().satisfies(m -> {
            assertThat(m.completed()).isFalse();
            assertThat(m.cutByHorizon()).isTrue();
        });
        assertThat(r.placement().hostOf("big")).contains("h1");
    }

    @Test
    void aMigrationStillWaitingForASlotWhenTheRunEndsWasCutByTheHorizon() {
        // Two migrations at a time per host, all three asked for in step 10, the run's last: the first two take the
        // slots, the third waits for a slot that no later step of the run can give it.
        List<String> vms = List.of("a", "b", "c");
        Map<String, String> placement = new HashMap<>();
        vms.forEach(v -> placement.put(v, "h1"));
        List<PlannedMigration> moves = vms.stream().map(v -> new PlannedMigration(v, "h2", SimulationFixtures.at(10))).toList();

        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2")), placement,
                flat(vms, 400, 11), moves, List.of(), quiet);

        assertThat(r.migrations()).hasSize(3).allSatisfy(m -> assertThat(m.cutByHorizon()).isEqualTo(!m.completed()));
        assertThat(r.migrations()).filteredOn(m -> m.skipped().isPresent()).singleElement()
                .satisfies(m -> assertThat(m.startedAt()).isEmpty());
    }

    @Test
    void migrationToAHostInMaintenanceIsSkippedWithTheReason() {
        Host down = SimulationFixtures.host("h2").withMaintenance(true);
        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), down), Map.of("a", "h1"),
                flat(List.of("a"), 1000, DAY), List.of(new PlannedMigration("a", "h2", SimulationFixtures.at(3))), List.of(), quiet);

        assertThat(r.migrations()).singleElement().satisfies(m -> {
            assertThat(m.skipped()).contains("target h2 is out of service");
            assertThat(m.completed()).isFalse();
            assertThat(m.cutByHorizon()).as("a longer run would not have moved it").isFalse();
        });
        assertThat(r.placement().hostOf("a")).contains("h1");
    }

    @Test
    void maintenanceEvacuatesTheHostTwoMigrationsAtATime() {
        List<String> vms = List.of("a", "b", "c", "d", "e");
        Map<String, String> placement = new HashMap<>();
        vms.forEach(v -> placement.put(v, "h1"));
        HostOutage outage = new HostOutage("h1", SimulationFixtures.at(12), Optional.empty(), false);

        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2"), SimulationFixtures.host("h3")),
                placement, flat(vms, 2000, DAY), List.of(), List.of(outage), quiet);

        assertThat(r.migrations()).hasSize(5).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MigrationKind.EVACUATION);
            assertThat(m.completed()).isTrue();
        });
        assertThat(r.placement().vmsOn("h1")).isEmpty();
        assertThat(r.migrations().stream().map(m -> m.startedAt().orElseThrow()).distinct()).hasSize(3);
        assertThat(r.health().get(0).hosts()).containsKeys("h2", "h3").doesNotContainKey("h1");
    }

    @Test
    void lowerMigrationThresholdMakesTheReactiveBalancerMoveMore() {
        Map<String, String> placement = Map.of("a", "h1", "b", "h1", "c", "h1", "d", "h2");
        List<VmDemand> demand = List.of(SimulationFixtures.demand("a", DAY, t -> 12_000), SimulationFixtures.demand("b", DAY, t -> 12_000),
                SimulationFixtures.demand("c", DAY, t -> 10_000), SimulationFixtures.demand("d", DAY, t -> 2_000));
        List<Host> hosts = List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2"), SimulationFixtures.host("h3"));

        SimulationResult at90 = run(hosts, placement, demand, List.of(), List.of(),
                SimulationOptions.defaults().withReactive(ReactivePolicy.defaults().withThreshold(0.9)));
        SimulationResult at60 = run(hosts, placement, demand, List.of(), List.of(),
                SimulationOptions.defaults().withReactive(ReactivePolicy.defaults().withThreshold(0.6)));

        assertThat(at90.summary().migrationsReactive()).isZero();
        assertThat(at60.summary().migrationsReactive()).isPositive();
        assertThat(at60.migrations()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MigrationKind.REACTIVE));
        assertThat(at60.host("h1").utilisation(Resource.CPU, DAY - 1)).isLessThanOrEqualTo(0.6);
    }

    @Test
    void sustainedOverloadIsOneContentionEventWithItsPeak() {
        SimulationResult r = run(List.of(SimulationFixtures.host("h1")), Map.of("a", "h1", "b", "h1"),
                List.of(SimulationFixtures.demand("a", DAY, t -> t >= 100 && t < 112 ? 19_000 : 1000),
                        SimulationFixtures.demand("b", DAY, t -> t >= 100 && t < 112 ? 19_000 : 1000)),
                List.of(), List.of(), quiet);

        assertThat(r.contention()).singleElement().satisfies(e -> {
            assertThat(e.hostId()).isEqualTo("h1");
            assertThat(e.resource()).isEqualTo(Resource.CPU);
            assertThat(e.start()).isEqualTo(SimulationFixtures.at(100));
            assertThat(e.duration()).isEqualTo(Duration.ofHours(1));
            assertThat(e.peakUtilisation()).isEqualTo(0.95);
        });
        assertThat(r.health()).hasSize(1);
        assertThat(r.health().get(0).pool().component(HealthComponent.REALIZED_CONTENTION).points()).isPositive();
    }

    @Test
    void healthIsAssessedOncePerWindowOverTheHorizon() {
        SimulationResult r = run(List.of(SimulationFixtures.host("h1"), SimulationFixtures.host("h2")), Map.of("a", "h1", "b", "h2"),
                flat(List.of("a", "b"), 1000, 3 * DAY), List.of(), List.of(), quiet.withHealthEvery(Duration.ofHours(12)));

        assertThat(r.health()).hasSize(6);
        assertThat(r.health().get(1).at()).isEqualTo(SimulationFixtures.at(144));
        assertThat(r.summary().minPoolHealth()).isGreaterThan(90);
    }

    static SimulationResult run(List<Host> hosts, Map<String, String> placement, List<VmDemand> demand,
                                List<PlannedMigration> migrations, List<HostOutage> outages, SimulationOptions options) {
        List<Vm> vms = new ArrayList<>();
        demand.forEach(d -> vms.add(d.vm()));
        SimulationDemand sim = SimulationDemand.replay(demand, SimulationFixtures.START, demand.get(0).size());
        return StepSimulator.standard(options).run(new SimulationInput(hosts, vms, new Placement(placement), sim, migrations,
                outages, List.of(), options));
    }

    /** A VM of 64 GiB with the fixtures' demand over 11 steps. */
    private static VmDemand big() {
        VmDemand d = SimulationFixtures.demand("big", 11, t -> 400);
        Vm vm = new Vm("big", "big", 4, 10_000, 65_536, "", "", java.util.Set.of(), "");
        return new VmDemand(vm, d.start(), d.step(), d.demand());
    }

    private static List<VmDemand> flat(List<String> ids, double cpu, int steps) {
        return ids.stream().map(id -> SimulationFixtures.demand(id, steps, t -> cpu)).toList();
    }
}
