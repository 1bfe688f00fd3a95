package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.DemandForecaster;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.simulation.PlannedMigration;
import dev.harmony.engine.simulation.ReactivePolicy;
import dev.harmony.engine.simulation.SimulationDemand;
import dev.harmony.engine.simulation.SimulationInput;
import dev.harmony.engine.simulation.SimulationOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Applies a scenario to a baseline. Every change is checked as it is applied, in file order, and the
 * first problem is thrown as a {@link ScenarioException} naming the field; the baseline is immutable,
 * so a refused scenario leaves nothing half-applied.
 */
public final class ScenarioApplier {
    private final SimulationOptions options;
    private final DemandForecaster forecaster;
    private final int threads;

    public ScenarioApplier(SimulationOptions options, DemandForecaster forecaster, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.threads = threads;
    }

    public AppliedScenario apply(Scenario s, Baseline b) {
        Duration step = b.demand().get(0).step();
        Instant start = s.baseline().start().orElse(b.now());
        if (Duration.between(b.demand().get(0).start(), start).getSeconds() % step.getSeconds() != 0) {
            throw new ScenarioException("", "baseline.start", "must fall on the telemetry's " + step.getSeconds() + " s grid, was " + start);
        }
        int steps = (int) Math.max(1, (s.baseline().horizon().getSeconds() + step.getSeconds() - 1) / step.getSeconds());
        Instant end = start.plus(step.multipliedBy(steps));
        HostChanges hosts = new HostChanges(b.hosts(), start, end, options.memoryFill());
        VmChanges vms = new VmChanges(b.vms(), b.placement(), hosts, options.memoryFill());
        List<String> applied = new ArrayList<>();
        List<UnaryOperator<SimulationDemand>> demandSteps = new ArrayList<>();
        ReactivePolicy reactive = options.reactive();
        for (int i = 0; i < s.changes().size(); i++) {
            String at = "changes[" + i + "]";
            ScenarioChange c = s.changes().get(i);
            if (c instanceof ScenarioChange.AddHosts a) {
                applied.add(hosts.add(a, at));
            } else if (c instanceof ScenarioChange.RemoveHosts r) {
                applied.add(hosts.remove(r, at, vms.memoryMib()));
            } else if (c instanceof ScenarioChange.Maintenance m) {
                applied.add(hosts.maintain(m, at, vms.memoryMib()));
            } else if (c instanceof ScenarioChange.AddVms a) {
                VmChanges.Added added = vms.add(a, at, start);
                demandSteps.add(added.demand());
                applied.add(added.description());
            } else if (c instanceof ScenarioChange.ScaleDemand sd) {
                VmChanges.Added scaled = vms.scale(sd, at);
                demandSteps.add(scaled.demand());
                applied.add(scaled.description());
            } else if (c instanceof ScenarioChange.MigrationThreshold t) {
                reactive = new ReactivePolicy(t.enabled(), t.threshold(), reactive.checkEvery(), reactive.sustain());
                applied.add(t.enabled() ? String.format(Locale.ROOT, "migration threshold %.0f %%", 100 * t.threshold())
                        : "reactive balancer off");
            }
        }
        List<PlannedMigration> migrations = migrations(s, vms, hosts, start, end);
        SimulationDemand demand = demand(s, b, start, steps);
        for (UnaryOperator<SimulationDemand> op : demandSteps) {
            demand = op.apply(demand);
        }
        SimulationOptions run = options.withReactive(reactive).withHealthEvery(s.baseline().healthEvery());
        return new AppliedScenario(new SimulationInput(hosts.hosts(), vms.vms(), new Placement(vms.placement()), demand,
                migrations, hosts.outages(), b.constraints(), run), applied);
    }

    private static List<PlannedMigration> migrations(Scenario s, VmChanges vms, HostChanges hosts, Instant start, Instant end) {
        List<PlannedMigration> out = new ArrayList<>();
        for (int i = 0; i < s.migrations().size(); i++) {
            ScenarioMigration m = s.migrations().get(i);
            String at = "migrations[" + i + "]";
            if (vms.vm(m.vm()).isEmpty()) {
                throw new ScenarioException("", at + ".vm", "unknown VM '" + m.vm() + "'; known VMs: " + HostChanges.sample(vms.ids()));
            }
            if (hosts.host(m.to()).isEmpty()) {
                throw new ScenarioException("", at + ".to", "unknown host '" + m.to() + "'; known hosts: "
                        + HostChanges.sample(hosts.hosts().stream().map(Host::id).toList()));
            }
            if (hosts.removed(m.to())) {
                throw new ScenarioException("", at + ".to", "host '" + m.to() + "' is removed by this scenario");
            }
            if (m.at().isBefore(start) || !m.at().isBefore(end)) {
                throw new ScenarioException("", at + ".at", "must lie within the horizon " + start + " .. " + end + ", was " + m.at());
            }
            out.add(new PlannedMigration(m.vm(), m.to(), m.at()));
        }
        return out;
    }

    private SimulationDemand demand(Scenario s, Baseline b, Instant start, int steps) {
        Instant end = start.plus(b.demand().get(0).step().multipliedBy(steps));
        if (s.baseline().demand() == DemandMode.REPLAY) {
            Instant traceEnd = b.demand().stream().map(d -> d.start().plus(d.step().multipliedBy(d.size())))
                    .max(Instant::compareTo).orElseThrow();
            if (traceEnd.isBefore(end)) {
                throw new ScenarioException("", "baseline.horizon", "a replay needs the trace up to " + end
                        + ", but it ends at " + traceEnd);
            }
            return SimulationDemand.replay(b.demand(), start, steps);
        }
        Instant historyFrom = start.minus(s.baseline().history());
        boolean anyHistory = b.demand().stream().anyMatch(d -> d.start().isBefore(start)
                && d.start().plus(d.step().multipliedBy(d.size())).isAfter(historyFrom));
        if (!anyHistory) {
            throw new ScenarioException("", "baseline.start", "no telemetry in the " + s.baseline().history()
                    + " before " + start + " to forecast from");
        }
        return SimulationDemand.forecast(new ForecastBatch(forecaster, threads)
                .forecast(b.demand(), start, b.demand().get(0).step().multipliedBy(steps)));
    }

    /** The resources as the CLI prints them. */
    static String keys(java.util.Set<Resource> resources) {
        return resources.stream().sorted().map(Resource::key).toList().toString();
    }
}
