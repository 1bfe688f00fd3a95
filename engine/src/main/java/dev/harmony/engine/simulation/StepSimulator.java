package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.health.CoLocationAffinity;
import dev.harmony.engine.health.HealthIndex;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.RealizedCoLocationAffinity;
import dev.harmony.engine.health.WeightedHealthIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulator: steps the demand's grid from its start to its end ({@link SimulationRun}), then scans for
 * contention and assesses health per window. Deterministic; safe to share, each run keeps its own state.
 */
public final class StepSimulator implements Simulator {
    private final HealthIndex healthIndex;
    private final CoLocationAffinity affinity;

    public StepSimulator(HealthIndex healthIndex, CoLocationAffinity affinity) {
        this.healthIndex = Objects.requireNonNull(healthIndex, "healthIndex");
        this.affinity = Objects.requireNonNull(affinity, "affinity");
    }

    /** The weighted health index with realized affinity, both set up from the options. */
    public static StepSimulator standard(SimulationOptions options) {
        return new StepSimulator(new WeightedHealthIndex(options.health()),
                new RealizedCoLocationAffinity(options.affinity(), options.health(), 1));
    }

    @Override
    public SimulationResult run(SimulationInput input) {
        SimulationDemand demand = input.demand();
        long stepSeconds = demand.step().getSeconds();
        int windowSteps = (int) Math.max(1, input.options().healthEvery().getSeconds() / stepSeconds);
        SimulationRun run = new SimulationRun(input);
        run.execute(windowSteps);
        List<HostTimeline> timelines = new ArrayList<>();
        for (int h = 0; h < run.state().hostCount(); h++) {
            timelines.add(new HostTimeline(run.state().host(h).id(), run.state().capacity(h), demand.start(), demand.step(),
                    run.expected[h], run.p95[h]));
        }
        List<ContentionEvent> contention = ContentionScan.scan(timelines, input.options().health().contentionLevel());
        List<HealthReport> health = new HealthSampler(healthIndex, affinity).sample(run, windowSteps, demand.intervals());
        return new SimulationResult(demand.start(), demand.step(), demand.intervals(), timelines, contention,
                run.outcomes(), health, run.finalPlacement(), summary(timelines, contention, run.outcomes(), health));
    }

    private static SimulationSummary summary(List<HostTimeline> hosts, List<ContentionEvent> contention,
                                             List<MigrationOutcome> migrations, List<HealthReport> health) {
        double min = health.stream().mapToDouble(r -> r.pool().index()).min().orElse(Double.NaN);
        double mean = health.stream().mapToDouble(r -> r.pool().index()).average().orElse(Double.NaN);
        double end = health.isEmpty() ? Double.NaN : health.get(health.size() - 1).pool().index();
        Duration contended = contention.stream().map(ContentionEvent::duration).reduce(Duration.ZERO, Duration::plus);
        int done = 0;
        int reactive = 0;
        int skipped = 0;
        Duration time = Duration.ZERO;
        double mib = 0;
        for (MigrationOutcome m : migrations) {
            if (m.skipped().isPresent()) {
                skipped++;
                continue;
            }
            done += m.completed() ? 1 : 0;
            reactive += m.completed() && m.kind() == MigrationKind.REACTIVE ? 1 : 0;
            time = time.plus(m.cost().orElseThrow().duration());
            mib += m.cost().orElseThrow().transferredMib();
        }
        Map<Resource, Double> peak = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            peak.put(r, hosts.stream().mapToDouble(h -> h.peakUtilisation(r)).max().orElse(0));
        }
        return new SimulationSummary(min, mean, end, contention.size(), contended, done, reactive, skipped, time, mib / 1024, peak);
    }
}
