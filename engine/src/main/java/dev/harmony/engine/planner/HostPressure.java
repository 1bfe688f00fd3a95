package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;

/**
 * One host's load as the solver's capacity, headroom and balance constraints judge it: per resource the
 * P95 demand in the worst forecast slot over capacity; memory overflow, though, is of provisioned memory
 * over the host's memory limit, since that is what the executor's pre-flight checks.
 *
 * @param host            the host
 * @param peakUtilisation per resource ordinal, the worst slot's P95 demand over capacity
 * @param overflow        per resource ordinal, the share of capacity (of the memory limit) it is exceeded by, 0 when within
 */
record HostPressure(HostSlot host, double[] peakUtilisation, double[] overflow) {

    double utilisation(Resource r) {
        return peakUtilisation[r.ordinal()];
    }

    /** Overflow beyond what the host's fixed VMs cause alone, in thousandths of capacity, rounded up. */
    long addedOverflowPerMille(Resource r) {
        double added = overflow[r.ordinal()] - host.basePressure().overflow[r.ordinal()];
        return added <= 1e-9 ? 0 : (long) Math.ceil(1000 * added);
    }
}
