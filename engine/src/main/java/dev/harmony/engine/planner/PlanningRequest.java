package dev.harmony.engine.planner;

import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.simulation.HostOutage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one plan is made from: the pool as it is now, its rules, each VM's forecast from now, the
 * predicted affinity of pairs, and the recent migrations.
 *
 * @param source      the connector the plan is for, e.g. {@code lab:bitbrains-rnd}
 * @param at          now: the forecasts start here and the plan runs from here
 * @param hosts       the pool's hosts, maintenance flags as now
 * @param vms         its VMs
 * @param placement   where each VM runs now
 * @param constraints the pool's rules
 * @param forecasts   each VM's demand forecast from {@code at}, all of one length and step
 * @param affinity    predicted affinity of pairs
 * @param history     migrations that already happened, for hysteresis
 * @param maintenance hosts that will leave service within the forecast horizon; none is a target
 */
public record PlanningRequest(String source, Instant at, List<Host> hosts, List<Vm> vms, Placement placement,
                              List<Constraint> constraints, List<VmForecast> forecasts, PredictedAffinity affinity,
                              List<RecentMove> history, List<HostOutage> maintenance) {
    public PlanningRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        constraints = List.copyOf(constraints);
        forecasts = List.copyOf(forecasts);
        Objects.requireNonNull(affinity, "affinity");
        history = List.copyOf(history);
        maintenance = List.copyOf(maintenance);
        for (VmForecast f : forecasts) {
            if (!f.start().equals(at)) {
                throw new IllegalArgumentException("forecast of " + f.vmId() + " starts at " + f.start() + ", not at " + at);
            }
        }
    }
}
