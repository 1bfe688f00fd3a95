package dev.harmony.engine.health;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the health input of a live pool from its inventory, the measured demand of the window before
 * "now" and the forecasts after it. A host's load is the sum of its VMs': a missing measurement counts
 * as the VM's median over the window, an unknown forecast as 0; the host's P95 adds the VMs' P95
 * spreads in quadrature, as for independent errors, rather than summing them.
 */
public final class HealthInputBuilder {
    private final HealthOptions options;
    private final CoLocationAffinity affinity;

    public HealthInputBuilder(HealthOptions options, CoLocationAffinity affinity) {
        this.options = Objects.requireNonNull(options, "options");
        this.affinity = Objects.requireNonNull(affinity, "affinity");
    }

    /**
     * @param at        "now": the end of the observed window and the start of the forecasts
     * @param hosts     the pool's hosts; one in maintenance counts only while it runs a VM
     * @param placement where each VM runs
     * @param observed  measured demand over the window before {@code at}, or empty
     * @param ahead     forecasts starting at {@code at}, all of one length; empty for none
     */
    public HealthInput build(Instant at, List<Host> hosts, Placement placement, Optional<DemandPanel> observed,
                             List<VmForecast> ahead) {
        if (observed.isEmpty() && ahead.isEmpty()) {
            throw new IllegalArgumentException("health needs measured demand, forecasts, or both");
        }
        Map<String, VmForecast> forecastByVm = new HashMap<>();
        ahead.forEach(f -> forecastByVm.put(f.vmId(), f));
        Map<String, HostCapacity> capacity = new HashMap<>();
        List<HostHealthInput> inputs = new ArrayList<>();
        for (Host h : hosts) {
            List<String> vms = placement.vmsOn(h.id());
            if (h.inMaintenance() && vms.isEmpty()) {
                continue;
            }
            HostCapacity c = HostCapacity.of(h, options.diskKibps());
            capacity.put(h.id(), c);
            inputs.add(new HostHealthInput(h.id(), c, observed.map(p -> observedLoad(p, vms)),
                    ahead.isEmpty() ? Optional.empty() : Optional.of(forecastLoad(ahead.get(0), vms, forecastByVm))));
        }
        List<CoLocatedPair> pairs = observed.map(p -> affinity.pairs(p, placement, capacity)).orElse(List.of());
        return new HealthInput(at, inputs, placement.hostByVm(), pairs);
    }

    private static LoadSeries observedLoad(DemandPanel panel, List<String> vms) {
        float[][] sum = new float[Resource.values().length][panel.intervals()];
        for (String vm : vms) {
            int row = panel.indexOf(vm);
            if (row < 0) {
                continue;
            }
            for (Resource r : Resource.values()) {
                float[] v = panel.values(row, r);
                float fill = (float) panel.stats(row, r).p50();
                for (int t = 0; t < v.length; t++) {
                    sum[r.ordinal()][t] += Float.isNaN(v[t]) ? fill : v[t];
                }
            }
        }
        return LoadSeries.measured(panel.window().start(), panel.step(), sum);
    }

    private static LoadSeries forecastLoad(VmForecast shape, List<String> vms, Map<String, VmForecast> byVm) {
        int n = shape.size();
        float[][] expected = new float[Resource.values().length][n];
        float[][] spread = new float[Resource.values().length][n];
        for (String vm : vms) {
            VmForecast f = byVm.get(vm);
            if (f == null) {
                continue;
            }
            if (f.size() != n || !f.start().equals(shape.start())) {
                throw new IllegalArgumentException("forecast of " + vm + " does not cover the same intervals as the others");
            }
            for (Resource r : Resource.values()) {
                for (int t = 0; t < n; t++) {
                    float p50 = f.of(r).p50At(t);
                    if (!Float.isNaN(p50)) {
                        float d = f.of(r).p95At(t) - p50;
                        expected[r.ordinal()][t] += p50;
                        spread[r.ordinal()][t] += d * d;
                    }
                }
            }
        }
        float[][] p95 = new float[expected.length][n];
        for (int r = 0; r < expected.length; r++) {
            for (int t = 0; t < n; t++) {
                p95[r][t] = expected[r][t] + (float) Math.sqrt(spread[r][t]);
            }
        }
        return new LoadSeries(shape.start(), shape.step(), expected, p95);
    }
}
