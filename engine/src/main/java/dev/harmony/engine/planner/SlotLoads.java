package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each VM's forecast cut into the solver's slots: per slot the highest expected (P50) demand and the
 * largest P95 spread above it, squared, so a host's P95 per slot is the sum of the one plus the root of
 * the sum of the other. Missing forecasts count as 0, as in the simulator.
 */
final class SlotLoads {
    private static final int R = Resource.values().length;
    private final int slots;
    private final Map<String, double[][]> expected = new HashMap<>();
    private final Map<String, double[][]> spread2 = new HashMap<>();
    private final Map<String, Double> meanCpu = new HashMap<>();

    SlotLoads(List<VmForecast> forecasts, Duration slot) {
        int intervals = forecasts.isEmpty() ? 1 : forecasts.get(0).size();
        Duration step = forecasts.isEmpty() ? slot : forecasts.get(0).step();
        int perSlot = (int) Math.max(1, slot.getSeconds() / step.getSeconds());
        this.slots = Math.max(1, (intervals + perSlot - 1) / perSlot);
        for (VmForecast f : forecasts) {
            double[][] e = new double[R][slots];
            double[][] s = new double[R][slots];
            for (Resource r : Resource.values()) {
                SeriesForecast sf = f.of(r);
                for (int t = 0; t < sf.size(); t++) {
                    double p50 = value(sf.p50At(t));
                    double spread = Math.max(0, value(sf.p95At(t)) - p50);
                    int k = Math.min(slots - 1, t / perSlot);
                    e[r.ordinal()][k] = Math.max(e[r.ordinal()][k], p50);
                    s[r.ordinal()][k] = Math.max(s[r.ordinal()][k], spread * spread);
                }
            }
            double cpu = 0;
            for (int t = 0; t < f.size(); t++) {
                cpu += value(f.of(Resource.CPU).p50At(t));
            }
            expected.put(f.vmId(), e);
            spread2.put(f.vmId(), s);
            meanCpu.put(f.vmId(), f.size() == 0 ? 0 : cpu / f.size());
        }
    }

    int slots() {
        return slots;
    }

    double[][] expected(String vm) {
        return expected.getOrDefault(vm, new double[R][slots]);
    }

    double[][] spread2(String vm) {
        return spread2.getOrDefault(vm, new double[R][slots]);
    }

    /** Mean expected CPU over the horizon, in MHz, for the migration's dirty-page rate. */
    double meanCpuMhz(String vm) {
        return meanCpu.getOrDefault(vm, 0.0);
    }

    /** The VM's resource-weighted P95 peak over a host's capacity, its "load share" for affinity weights. */
    double loadShare(String vm, double[] capacity, double[] weights) {
        double[][] e = expected(vm);
        double[][] s = spread2(vm);
        double sum = 0;
        double w = 0;
        for (int r = 0; r < R; r++) {
            double peak = 0;
            for (int k = 0; k < slots; k++) {
                peak = Math.max(peak, e[r][k] + Math.sqrt(s[r][k]));
            }
            sum += weights[r] * peak / capacity[r];
            w += weights[r];
        }
        return w == 0 ? 0 : sum / w;
    }

    private static double value(float v) {
        return Float.isNaN(v) ? 0 : v;
    }
}
