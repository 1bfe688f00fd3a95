package dev.harmony.app.workstation;

import java.time.Duration;

/**
 * How the workstation computes affinity and health from a source's telemetry.
 *
 * @param affinityWindow measured demand the pairs' realized affinity is computed over
 * @param healthWindow   measured demand the health index looks back on
 * @param forecastAhead  how far the seasonal forecast behind headroom and predicted contention looks ahead
 * @param partnersPerVm  strongest partners kept per VM besides those on its host (the sparse matrix's k)
 * @param allPairsUpTo   pools up to this many VMs score every pair; larger ones score candidate pairs
 * @param similarK       similar hour-of-day profiles per VM that join the candidate pairs of a large pool
 */
public record PoolFeedOptions(Duration affinityWindow, Duration healthWindow, Duration forecastAhead, int partnersPerVm,
                              int allPairsUpTo, int similarK) {

    /** A day of affinity, six hours back and ahead for health, eight partners, all pairs up to 300 VMs. */
    public static PoolFeedOptions defaults() {
        return new PoolFeedOptions(Duration.ofDays(1), Duration.ofHours(6), Duration.ofHours(6), 8, 300, 5);
    }
}
