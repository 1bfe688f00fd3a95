package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import dev.harmony.engine.affinity.Resource;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sums the VMs' loads on one host incrementally (each VM added or taken away in O(resources × slots))
 * and judges the total: per slot, the host's P95 is its expected demand plus the root of its VMs' summed
 * squared spreads, as for independent forecast errors, the same rule the health index and the simulator use.
 */
final class LoadSum implements UniConstraintCollector<HostLoad, LoadSum.Totals, HostPressure> {
    private static final int R = Resource.values().length;
    private static final int MEMORY = Resource.MEMORY.ordinal();

    /** The running sums of one host. */
    static final class Totals {
        HostSlot host;
        double[][] expected;
        double[][] spread2;
        long memoryMib;

        void add(HostLoad load, int sign) {
            if (host == null) {
                host = load.host();
                expected = new double[R][host.slots()];
                spread2 = new double[R][host.slots()];
            }
            VmFacts f = load.vm().facts();
            if (load.leaving()) {
                for (int r = 0; r < R; r++) {
                    expected[r][0] += sign * f.sourceOverhead()[r];
                }
                return;
            }
            memoryMib += sign * f.memoryMib();
            for (int r = 0; r < R; r++) {
                double[] e = expected[r];
                double[] s = spread2[r];
                double[] ve = f.expected()[r];
                double[] vs = f.spread2()[r];
                for (int t = 0; t < e.length; t++) {
                    e[t] += sign * ve[t];
                    s[t] += sign * vs[t];
                }
            }
            if (load.vm().moved()) {
                for (int r = 0; r < R; r++) {
                    expected[r][0] += sign * f.targetOverhead()[r];
                }
            }
        }
    }

    @Override
    public Supplier<Totals> supplier() {
        return Totals::new;
    }

    @Override
    public BiFunction<Totals, HostLoad, Runnable> accumulator() {
        return (totals, load) -> {
            // The undo must subtract what was added, so it keeps the load as it was when added.
            HostLoad added = new HostLoad(load.host(), load.vm(), load.leaving());
            boolean movedWhenAdded = load.vm().moved();
            totals.add(added, 1);
            return () -> undo(totals, added, movedWhenAdded);
        };
    }

    private static void undo(Totals totals, HostLoad load, boolean movedWhenAdded) {
        VmFacts f = load.vm().facts();
        if (load.leaving()) {
            for (int r = 0; r < R; r++) {
                totals.expected[r][0] -= f.sourceOverhead()[r];
            }
            return;
        }
        totals.memoryMib -= f.memoryMib();
        for (int r = 0; r < R; r++) {
            for (int t = 0; t < totals.expected[r].length; t++) {
                totals.expected[r][t] -= f.expected()[r][t];
                totals.spread2[r][t] -= f.spread2()[r][t];
            }
            if (movedWhenAdded) {
                totals.expected[r][0] -= f.targetOverhead()[r];
            }
        }
    }

    @Override
    public Function<Totals, HostPressure> finisher() {
        return LoadSum::judge;
    }

    static HostPressure judge(Totals t) {
        return judge(t.host, t.expected, t.spread2, t.memoryMib);
    }

    /** The pressure of a host's fixed VMs plus the given sums. */
    static HostPressure judge(HostSlot h, double[][] expectedSum, double[][] spread2Sum, long memoryMibSum) {
        double[] peak = new double[R];
        double[] overflow = new double[R];
        for (int r = 0; r < R; r++) {
            double worst = 0;
            for (int s = 0; s < h.slots(); s++) {
                double p95 = h.baseExpected(r, s) + expectedSum[r][s]
                        + Math.sqrt(Math.max(0, h.baseSpread2(r, s) + spread2Sum[r][s]));
                worst = Math.max(worst, p95);
            }
            peak[r] = worst / h.capacity(r);
            overflow[r] = Math.max(0, peak[r] - 1);
        }
        // Memory demand is far below what is provisioned; the executor checks provisioned memory, so that is the limit.
        overflow[MEMORY] = Math.max(0, (double) (h.baseMemoryMib() + memoryMibSum) / h.memoryLimitMib() - 1);
        return new HostPressure(h, peak, overflow);
    }
}
