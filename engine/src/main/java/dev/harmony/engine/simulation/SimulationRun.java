package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Placement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulation, step by step: migrations end, outages begin or end, requests start, the reactive
 * balancer looks at the hosts, then every host's load is summed from its VMs plus the overheads of the
 * migrations touching it. CPU and network overheads count for the share of the step the migration runs;
 * memory, which cannot be averaged, counts in full on the target in every step the migration touches.
 */
final class SimulationRun {
    private static final int R = Resource.values().length;
    private final SimulationInput input;
    private final SimulationState state;
    private final TargetChooser chooser;
    private final MigrationScheduler scheduler;
    private final List<MigrationOutcome> outcomes = new ArrayList<>();
    private final Instant start;
    private final long stepSeconds;
    private final int steps;
    final float[][][] expected;
    final float[][][] p95;
    final Map<Integer, Map<String, String>> placementAtStep = new HashMap<>();
    private final float[][][] vmExpected;
    private final float[][][] vmP95;

    SimulationRun(SimulationInput input) {
        this.input = input;
        SimulationDemand demand = input.demand();
        this.start = demand.start();
        this.stepSeconds = demand.step().getSeconds();
        this.steps = demand.intervals();
        this.state = new SimulationState(input.hosts(), input.vms(), input.placement().hostByVm(), demand,
                input.options().health().diskKibps(), input.options().memoryFill());
        this.chooser = new TargetChooser(state, input.constraints());
        this.scheduler = new MigrationScheduler(state, chooser, new PreCopyCostModel(input.options().migration()),
                input.options().migration(), start, stepSeconds, outcomes);
        this.vmExpected = new float[state.vmCount()][][];
        this.vmP95 = new float[state.vmCount()][][];
        for (int v = 0; v < state.vmCount(); v++) {
            vmExpected[v] = demand.expectedRaw(state.vm(v).id());
            vmP95[v] = demand.p95Raw(state.vm(v).id());
        }
        this.expected = new float[state.hostCount()][R][steps];
        this.p95 = new float[state.hostCount()][R][steps];
    }

    SimulationState state() {
        return state;
    }

    List<MigrationOutcome> outcomes() {
        return outcomes;
    }

    /** Runs every step; {@code snapshotEvery} steps the placement is kept for the health windows. */
    void execute(int snapshotEvery) {
        List<List<PlannedMigration>> plannedByStep = byStep(input.migrations());
        ReactivePolicy reactive = input.options().reactive();
        int checkSteps = Math.max(1, (int) (reactive.checkEvery().getSeconds() / stepSeconds));
        int sustainSteps = Math.max(1, (int) (reactive.sustain().getSeconds() / stepSeconds));
        int[] hot = new int[state.hostCount()];
        placementAtStep.put(0, state.placement());
        for (int v = 0; v < state.vmCount(); v++) {
            if (state.outOfService(state.hostOf(v))) {
                scheduler.request(new MigrationScheduler.Request(v, -1, MigrationKind.EVACUATION, start));
            }
        }
        for (int t = 0; t < steps; t++) {
            for (int vm : scheduler.finishDue(t)) {
                if (state.outOfService(state.hostOf(vm))) {
                    scheduler.request(new MigrationScheduler.Request(vm, -1, MigrationKind.EVACUATION, at(t)));
                }
            }
            applyOutages(t);
            for (PlannedMigration m : plannedByStep.get(t)) {
                scheduler.request(new MigrationScheduler.Request(state.vmIndex(m.vmId()), state.hostIndex(m.targetHostId()),
                        MigrationKind.PLANNED, m.at()));
            }
            if (reactive.enabled() && t > 0 && t % checkSteps == 0) {
                balance(t, hot, sustainSteps, reactive.threshold());
            }
            scheduler.startReady(t);
            sumLoads(t);
            for (int h = 0; h < hot.length; h++) {
                boolean above = state.lastLoad(h, Resource.CPU) > reactive.threshold() * state.capacity(h, Resource.CPU)
                        || state.lastLoad(h, Resource.MEMORY) > reactive.threshold() * state.capacity(h, Resource.MEMORY);
                hot[h] = above ? hot[h] + 1 : 0;
            }
            if ((t + 1) % snapshotEvery == 0 || t + 1 == steps) {
                placementAtStep.put(t + 1, state.placement());
            }
        }
        // Migrations that ended within the last step are done at the horizon's end: the next run starts from there.
        scheduler.finishDue(steps);
        placementAtStep.put(steps, state.placement());
        scheduler.closeAt(steps);
        outcomes.sort(Comparator.comparing(MigrationOutcome::requestedAt));
    }

    /** Whether the host was out of service at a time: in maintenance from the start, or under an outage. */
    boolean outOfServiceAt(int h, Instant t) {
        String id = state.host(h).id();
        boolean outage = input.outages().stream().anyMatch(o -> o.hostId().equals(id) && o.covers(t));
        return outage || state.host(h).inMaintenance() && input.outages().stream().noneMatch(o -> o.hostId().equals(id));
    }

    float[][] expectedSlice(int h, int from, int to) {
        return slice(expected[h], from, to);
    }

    float[][] p95Slice(int h, int from, int to) {
        return slice(p95[h], from, to);
    }

    private static float[][] slice(float[][] values, int from, int to) {
        float[][] out = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = java.util.Arrays.copyOfRange(values[r], from, to);
        }
        return out;
    }

    Placement finalPlacement() {
        return new Placement(state.placement());
    }

    private void applyOutages(int t) {
        Instant now = at(t);
        Instant before = t == 0 ? null : at(t - 1);
        for (HostOutage o : input.outages()) {
            int h = state.hostIndex(o.hostId());
            boolean inNow = o.covers(now);
            boolean inBefore = before != null && o.covers(before);
            if (inNow && !inBefore) {
                state.setOutOfService(h, true, o.removed());
                for (int v = 0; v < state.vmCount(); v++) {
                    if (state.hostOf(v) == h && !state.migrating(v) && !scheduler.pendingFor(v)) {
                        scheduler.request(new MigrationScheduler.Request(v, -1, MigrationKind.EVACUATION, now));
                    }
                }
            } else if (!inNow && inBefore) {
                state.setOutOfService(h, false, false);
            }
        }
    }

    /** The reactive balancer: one move off each host that stayed above the threshold long enough. */
    private void balance(int t, int[] hot, int sustainSteps, double threshold) {
        for (int h = 0; h < state.hostCount(); h++) {
            if (hot[h] < sustainSteps || state.sendingAny(h) || state.outOfService(h)) {
                continue;
            }
            double excess = state.lastLoad(h, Resource.CPU) - threshold * state.capacity(h, Resource.CPU);
            int best = -1;
            int bestTarget = -1;
            for (int v = 0; v < state.vmCount(); v++) {
                if (state.hostOf(v) != h || state.migrating(v) || chooser.excluded(v) || scheduler.pendingFor(v)) {
                    continue;
                }
                int target = chooser.choose(v, h, t, threshold);
                if (target >= 0 && (best < 0 || better(v, best, excess, t))) {
                    best = v;
                    bestTarget = target;
                }
            }
            if (best >= 0) {
                scheduler.request(new MigrationScheduler.Request(best, bestTarget, MigrationKind.REACTIVE, at(t)));
                hot[h] = 0;
            }
        }
    }

    /** A VM that alone removes the excess CPU, with the least memory to copy, beats one that does not. */
    private boolean better(int v, int incumbent, double excess, int t) {
        boolean vEnough = state.expected(v, Resource.CPU, t) >= excess;
        boolean iEnough = state.expected(incumbent, Resource.CPU, t) >= excess;
        if (vEnough != iEnough) {
            return vEnough;
        }
        return vEnough ? state.vm(v).memoryMib() < state.vm(incumbent).memoryMib()
                : state.expected(v, Resource.CPU, t) > state.expected(incumbent, Resource.CPU, t);
    }

    private void sumLoads(int t) {
        double[][] load = new double[state.hostCount()][R];
        double[][] spread = new double[state.hostCount()][R];
        boolean hasSpread = state.demand().hasSpread();
        for (int v = 0; v < state.vmCount(); v++) {
            int h = state.hostOf(v);
            float[][] e = vmExpected[v];
            float[][] p = vmP95[v];
            for (int r = 0; r < R; r++) {
                load[h][r] += e[r][t];
                if (hasSpread) {
                    double d = p[r][t] - e[r][t];
                    spread[h][r] += d * d;
                }
            }
        }
        for (SimulationState.InFlight m : state.inFlight) {
            double share = scheduler.share(m, t);
            double memory = state.expected(m.vm(), Resource.MEMORY, t);
            load[m.target()][Resource.MEMORY.ordinal()] += memory;
            load[m.source()][Resource.CPU.ordinal()] += share * m.cost().sourceCpuMhz();
            load[m.target()][Resource.CPU.ordinal()] += share * m.cost().targetCpuMhz();
            double linkKibps = share * m.cost().linkMibps() * 1024;
            load[m.source()][Resource.NETWORK.ordinal()] += linkKibps;
            load[m.target()][Resource.NETWORK.ordinal()] += linkKibps;
        }
        for (int h = 0; h < state.hostCount(); h++) {
            for (Resource r : Resource.values()) {
                double e = load[h][r.ordinal()];
                expected[h][r.ordinal()][t] = (float) e;
                p95[h][r.ordinal()][t] = (float) (e + Math.sqrt(spread[h][r.ordinal()]));
                state.setLastLoad(h, r, e);
            }
        }
    }

    private List<List<PlannedMigration>> byStep(List<PlannedMigration> migrations) {
        List<List<PlannedMigration>> out = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            out.add(new ArrayList<>());
        }
        for (PlannedMigration m : migrations) {
            long seconds = Duration.between(start, m.at()).getSeconds();
            long t = Math.max(0, (seconds + stepSeconds - 1) / stepSeconds);
            if (t >= steps) {
                outcomes.add(MigrationOutcome.skipped(m.vmId(), MigrationKind.PLANNED,
                        input.placement().hostOf(m.vmId()).orElse(""), java.util.Optional.of(m.targetHostId()), m.at(),
                        "requested after the horizon's end"));
            } else {
                out.get((int) t).add(m);
            }
        }
        return out;
    }

    private Instant at(int t) {
        return start.plus(Duration.ofSeconds(t * stepSeconds));
    }
}
