package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlannerOptions;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.PredictedAffinity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRS rules made through the vSphere API on the simulator, read back through the connector and honoured
 * by the planner: a must anti-affinity rule over two VMs that share a host, and a must VM-host rule that
 * the VM's host breaks. The plan is made from the connector's inventory and constraints of one cluster.
 * The simulator's performance counters are canned values, so the VMs' next 24 hours are replayed from
 * a recorded day of five real Bitbrains VMs ({@code traces/bitbrains-rnd-day.csv}, CPU, disk and network
 * scaled to a quarter so that the simulator's 16 VMs a host fit its 83 GHz); no affinity is predicted,
 * so only the rules and the load decide.
 */
@ExtendWith(SharedSimulator.class)
class PlannerHonoursDrsRulesTest {
    private static final Instant NOW = Instant.parse("2013-07-08T00:00:00Z");
    private static final double TRACE_SCALE = 0.25;

    @Test
    void planMovesAntiAffineVmsApartAndOntoTheirMustHostAndNeverCoLocatesThem(Simulator simulator, @TempDir Path dir)
            throws IOException {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            InventorySnapshot inventory = connector.inventory();
            String cluster = inventory.pools().stream().filter(p -> p.name().equals("DC0_C0")).findFirst().orElseThrow().id();
            List<Host> hosts = inventory.hosts().stream().filter(h -> h.poolId().equals(cluster)).toList();
            Set<String> hostIds = Set.copyOf(hosts.stream().map(Host::id).toList());
            // The cluster's last VMs by id, which the other tests of this run leave alone.
            List<String> vms = inventory.vms().stream().map(Vm::id)
                    .filter(v -> hostIds.contains(inventory.placement().hostOf(v).orElseThrow())).sorted().toList();
            List<String> spare = vms.subList(vms.size() - 12, vms.size());
            String a = spare.get(0);
            String b = spare.stream().filter(v -> !v.equals(a) && host(inventory, v).equals(host(inventory, a)))
                    .findFirst().orElseThrow();
            String c = spare.stream().filter(v -> !host(inventory, v).equals(host(inventory, a))).findFirst().orElseThrow();
            String licensed = hosts.stream().map(Host::id).filter(h -> !h.equals(host(inventory, c))
                    && !h.equals(host(inventory, a))).sorted().findFirst().orElseThrow();

            SimulatorAdmin admin = new SimulatorAdmin(connector.session());
            admin.addAntiAffinityRule(cluster, "planner-apart-" + a, List.of(a, b), true);
            admin.addVmHostRule(cluster, "planner-licensed-" + c, List.of(c), List.of(licensed), true, true, true);
            List<Constraint> constraints = connector.constraints();
            VmAffinityRule apart = new VmAffinityRule("DC0_C0/planner-apart-" + a, Set.of(a, b), false, Strength.MUST);
            VmHostRule mustOn = new VmHostRule("DC0_C0/planner-licensed-" + c, Set.of(c), Set.of(licensed), true, Strength.MUST);
            assertThat(constraints).contains(apart, mustOn);

            PlanningRequest request = request(connector.name(), inventory, hosts, constraints);
            PlanOutcome outcome = new HarmonyPlanner(PlannerOptions.defaults().withLimits(Duration.ofSeconds(5), 5_000),
                    HealthOptions.defaults()).plan(request, p -> { });

            assertThat(outcome).as("%s", outcome).isInstanceOf(PlanOutcome.Planned.class);
            MigrationPlan plan = ((PlanOutcome.Planned) outcome).plan();
            assertThat(plan.moves()).extracting(Move::vm).containsAnyOf(a, b).contains(c);
            Map<String, String> where = new HashMap<>(request.placement().hostByVm());
            List<VmAffinityRule> antiRules = request.constraints().stream().filter(VmAffinityRule.class::isInstance)
                    .map(VmAffinityRule.class::cast).filter(r -> !r.together() && r.strength() == Strength.MUST).toList();
            // Batch by batch, counting a moving VM on both hosts until its batch ends, no anti-affine pair meets.
            for (var batch : plan.batchesInOrder()) {
                List<Move> moves = plan.movesInOrder().stream().filter(m -> m.batch().equals(batch.id())).toList();
                Map<String, Set<String>> during = new HashMap<>();
                where.forEach((vm, h) -> during.put(vm, new java.util.HashSet<>(Set.of(h))));
                moves.forEach(m -> during.get(m.vm()).add(m.to()));
                for (VmAffinityRule r : antiRules) {
                    List<String> ids = List.copyOf(r.vmIds());
                    for (int i = 0; i < ids.size(); i++) {
                        for (int j = i + 1; j < ids.size(); j++) {
                            Set<String> shared = new java.util.HashSet<>(during.get(ids.get(i)));
                            shared.retainAll(during.get(ids.get(j)));
                            if (!(where.get(ids.get(i)).equals(where.get(ids.get(j))))) {
                                assertThat(shared).as("%s and %s during batch %s", ids.get(i), ids.get(j), batch.id()).isEmpty();
                            }
                        }
                    }
                }
                moves.forEach(m -> where.put(m.vm(), m.to()));
            }
            assertThat(where.get(a)).isNotEqualTo(where.get(b));
            assertThat(where.get(c)).isEqualTo(licensed);
            assertThat(plan.moves()).noneMatch(m -> (m.vm().equals(a) && m.to().equals(where.get(b)))
                    || (m.vm().equals(b) && m.to().equals(where.get(a))));
        }
    }

    /** The cluster's hosts, VMs, placement and rules from the connector; forecasts replayed from the trace day. */
    private static PlanningRequest request(String source, InventorySnapshot inventory, List<Host> hosts,
                                           List<Constraint> constraints) throws IOException {
        Set<String> hostIds = Set.copyOf(hosts.stream().map(Host::id).toList());
        Predicate<String> inCluster = v -> inventory.placement().hostOf(v).map(hostIds::contains).orElse(false);
        List<Vm> vms = inventory.vms().stream().filter(v -> inCluster.test(v.id())).sorted(java.util.Comparator.comparing(Vm::id)).toList();
        Map<String, String> placement = new LinkedHashMap<>();
        vms.forEach(v -> placement.put(v.id(), inventory.placement().hostOf(v.id()).orElseThrow()));
        List<Constraint> rules = new ArrayList<>();
        for (Constraint k : constraints) {
            if (k instanceof VmAffinityRule r && r.vmIds().stream().allMatch(inCluster)
                    || k instanceof VmHostRule h && h.vmIds().stream().allMatch(inCluster)) {
                rules.add(k);
            }
        }
        List<Map<Resource, float[][]>> traces = traceDay();
        List<VmForecast> forecasts = new ArrayList<>();
        for (int i = 0; i < vms.size(); i++) {
            Map<Resource, SeriesForecast> byResource = new EnumMap<>(Resource.class);
            traces.get(i % traces.size()).forEach((r, q) -> byResource.put(r, new SeriesForecast(NOW, Duration.ofHours(1), q[0], q[1])));
            forecasts.add(new VmForecast(vms.get(i).id(), NOW, Duration.ofHours(1), byResource));
        }
        PredictedAffinity unknown = new PredictedAffinity() {
            @Override
            public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
                return OptionalDouble.empty();
            }

            @Override
            public String name() {
                return "none (the test decides on rules and load)";
            }
        };
        return new PlanningRequest(source, NOW, hosts, vms, new Placement(placement), rules, forecasts, unknown, List.of(), List.of());
    }

    /** Per trace, per resource, the hourly median and P95 of the recorded day; CPU, disk and network scaled. */
    private static List<Map<Resource, float[][]>> traceDay() throws IOException {
        Map<String, Map<Resource, float[][]>> byTrace = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PlannerHonoursDrsRulesTest.class.getResourceAsStream("/traces/bitbrains-rnd-day.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                int hour = Integer.parseInt(f[1]);
                Map<Resource, float[][]> m = byTrace.computeIfAbsent(f[0], k -> new EnumMap<>(Resource.class));
                Resource[] order = {Resource.CPU, Resource.MEMORY, Resource.DISK, Resource.NETWORK};
                for (int r = 0; r < order.length; r++) {
                    double scale = order[r] == Resource.MEMORY ? 1 : TRACE_SCALE;
                    float[][] q = m.computeIfAbsent(order[r], k -> new float[2][24]);
                    q[0][hour] = (float) (scale * Double.parseDouble(f[2 + 2 * r]));
                    q[1][hour] = (float) (scale * Double.parseDouble(f[3 + 2 * r]));
                }
            }
        }
        assertThat(byTrace).hasSize(5);
        return List.copyOf(byTrace.values());
    }

    private static String host(InventorySnapshot inventory, String vm) {
        return inventory.placement().hostOf(vm).orElseThrow();
    }
}
