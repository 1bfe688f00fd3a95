package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
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

/**
 * A hand-built pool for the planner's tests: hosts of 20 GHz and 64 GiB, VMs with flat forecasts over a
 * day of hourly intervals (P95 20 % above P50), and a table of pair affinities (unlisted pairs neutral).
 */
final class PoolFixture {
    static final Instant NOW = Instant.parse("2013-07-20T00:00:00Z");
    private final List<Host> hosts = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();
    private final Map<String, String> placement = new LinkedHashMap<>();
    private final Map<String, Double> cpu = new HashMap<>();
    private final Map<String, Double> affinity = new HashMap<>();
    private final List<Constraint> rules = new ArrayList<>();
    private final List<RecentMove> history = new ArrayList<>();

    PoolFixture host(String id) {
        return host(id, 20_000, 65_536, "zone-a", Set.of(), false);
    }

    PoolFixture host(String id, long cpuMhz, long memoryMib, String zone, Set<String> tags, boolean maintenance) {
        hosts.add(new Host(id, id, "pool", 16, cpuMhz, memoryMib, 10_000, zone, tags, maintenance));
        return this;
    }

    /** A VM of 8 GiB on a host, using {@code cpuMhz} of CPU. */
    PoolFixture vm(String id, String host, double cpuMhz) {
        return vm(id, host, cpuMhz, 8192);
    }

    PoolFixture vm(String id, String host, double cpuMhz, long memoryMib) {
        vms.add(new Vm(id, id, 4, 10_000, memoryMib, "linux", "", Set.of(), ""));
        placement.put(id, host);
        cpu.put(id, cpuMhz);
        return this;
    }

    PoolFixture affinity(String a, String b, double score) {
        affinity.put(AffinityTable.key(a, b), score);
        return this;
    }

    PoolFixture rule(Constraint c) {
        rules.add(c);
        return this;
    }

    PoolFixture moved(String vm, String from, String to, Duration ago) {
        history.add(new RecentMove(vm, from, to, NOW.minus(ago)));
        return this;
    }

    PlanningRequest request() {
        List<VmForecast> forecasts = new ArrayList<>();
        for (Vm vm : vms) {
            Map<Resource, SeriesForecast> byResource = new EnumMap<>(Resource.class);
            for (Resource r : Resource.values()) {
                double p50 = switch (r) {
                    case CPU -> cpu.get(vm.id());
                    case MEMORY -> vm.memoryMib() * 1024.0 / 2;
                    case DISK -> 1_000;
                    case NETWORK -> 1_000;
                };
                float[] e = new float[24];
                float[] p = new float[24];
                java.util.Arrays.fill(e, (float) p50);
                java.util.Arrays.fill(p, (float) (1.2 * p50));
                byResource.put(r, new SeriesForecast(NOW, Duration.ofHours(1), e, p));
            }
            forecasts.add(new VmForecast(vm.id(), NOW, Duration.ofHours(1), byResource));
        }
        PredictedAffinity neutral = new PredictedAffinity() {
            @Override
            public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
                return OptionalDouble.of(0.01);
            }

            @Override
            public String name() {
                return "neutral";
            }
        };
        return new PlanningRequest("lab:fixture", NOW, hosts, vms, new Placement(placement), rules, forecasts,
                new AffinityTable("fixture", affinity, neutral), history, List.of());
    }

    static PlannerOptions options() {
        return PlannerOptions.defaults().withLimits(Duration.ofSeconds(2), 2_000);
    }
}
