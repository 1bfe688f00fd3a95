package dev.harmony.engine.simulation;

/**
 * Settings of {@link PreCopyCostModel} and of how migrations are scheduled.
 *
 * @param linkEfficiency        share of the link rate a migration achieves, in (0, 1]
 * @param maxStunSeconds        stop-and-copy starts once the dirty set fits this many seconds of link time
 * @param switchoverSeconds     fixed pause to hand the VM over, added to the stun
 * @param maxRounds             pre-copy rounds before the copy is stopped regardless, at least 1
 * @param sourceMhzPerGbps      CPU the source spends per Gbit/s sent (page scanning, copying, encryption)
 * @param targetMhzPerGbps      CPU the target spends per Gbit/s received
 * @param dirtyMibPerSecPerGhz  dirty-page rate per GHz of the VM's CPU demand, as traces hold no dirty rate
 * @param baseDirtyMibPerSec    dirty-page rate of an idle VM
 * @param maxConcurrentPerHost  migrations one host may send or receive at a time, at least 1
 */
public record MigrationOptions(double linkEfficiency, double maxStunSeconds, double switchoverSeconds, int maxRounds,
                               double sourceMhzPerGbps, double targetMhzPerGbps, double dirtyMibPerSecPerGhz,
                               double baseDirtyMibPerSec, int maxConcurrentPerHost) {
    public MigrationOptions {
        if (!(linkEfficiency > 0 && linkEfficiency <= 1)) {
            throw new IllegalArgumentException("linkEfficiency must be within (0, 1], was " + linkEfficiency);
        }
        if (!(maxStunSeconds > 0) || !(switchoverSeconds >= 0) || maxRounds < 1 || maxConcurrentPerHost < 1) {
            throw new IllegalArgumentException("stun target must be positive, switchover at least 0, rounds and "
                    + "concurrency at least 1");
        }
        if (!(sourceMhzPerGbps >= 0 && targetMhzPerGbps >= 0 && dirtyMibPerSecPerGhz >= 0 && baseDirtyMibPerSec >= 0)) {
            throw new IllegalArgumentException("CPU and dirty-rate factors must be at least 0");
        }
    }

    /**
     * 80 % of the link (as the demo lab assumes), a 300 ms stun target plus 100 ms switch-over, at most 30
     * rounds, 300 and 200 MHz per Gbit/s on source and target, 20 MiB/s dirtied per busy GHz plus 2 MiB/s,
     * two migrations per host at a time. The CPU and dirty-rate figures are assumptions, not measurements.
     */
    public static MigrationOptions defaults() {
        return new MigrationOptions(0.8, 0.3, 0.1, 30, 300, 200, 20, 2, 2);
    }

    public MigrationOptions withMaxConcurrentPerHost(int n) {
        return new MigrationOptions(linkEfficiency, maxStunSeconds, switchoverSeconds, maxRounds, sourceMhzPerGbps,
                targetMhzPerGbps, dirtyMibPerSecPerGhz, baseDirtyMibPerSec, n);
    }
}
