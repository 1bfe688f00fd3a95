package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.datacenter.DatacenterOptions;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * How a lab is opened.
 *
 * @param datacenter           how the datacenter is built (seed, load, zones, ...)
 * @param speed                trace seconds per wall second, e.g. 1, 60 or 3600
 * @param startAt              trace instant the replay starts at; null for the default, the dataset start plus
 *                             a quarter of the trace but at most seven days, so that there is history to learn from
 * @param wallClock            the wall clock the replay follows; inject a test clock in tests
 * @param tickPeriod           how often (wall time) subscribers are sent the intervals that completed
 * @param intraGroupShare      share of a VM's transmitted traffic the gravity model keeps inside its group
 * @param migrationFailureRate chance, per migration, of an injected failure during pre-copy (0 = none)
 * @param stateFile            where the lab keeps its placement, maintenance flags and completed migrations across
 *                             processes (JSON, replaced atomically on every change); null to start from the built
 *                             datacenter each time
 */
public record LabOptions(
        DatacenterOptions datacenter,
        double speed,
        Instant startAt,
        Clock wallClock,
        Duration tickPeriod,
        double intraGroupShare,
        double migrationFailureRate,
        Path stateFile) {

    public LabOptions {
        Objects.requireNonNull(datacenter, "datacenter");
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + speed);
        }
        Objects.requireNonNull(wallClock, "wallClock");
        if (tickPeriod == null || tickPeriod.isNegative() || tickPeriod.isZero()) {
            throw new IllegalArgumentException("tickPeriod must be positive, was " + tickPeriod);
        }
        if (!(migrationFailureRate >= 0 && migrationFailureRate <= 1)) {
            throw new IllegalArgumentException("migrationFailureRate must be within 0..1, was " + migrationFailureRate);
        }
    }

    /** Default datacenter, 60x speed, default start, system clock, 1 s ticks, half the traffic in-group, no failures, no state file. */
    public static LabOptions defaults() {
        return new LabOptions(DatacenterOptions.defaults(), 60, null, Clock.systemUTC(), Duration.ofSeconds(1), 0.5, 0, null);
    }

    public LabOptions withSpeed(double newSpeed) {
        return new LabOptions(datacenter, newSpeed, startAt, wallClock, tickPeriod, intraGroupShare, migrationFailureRate, stateFile);
    }

    public LabOptions withStartAt(Instant newStart) {
        return new LabOptions(datacenter, speed, newStart, wallClock, tickPeriod, intraGroupShare, migrationFailureRate, stateFile);
    }

    public LabOptions withWallClock(Clock clock) {
        return new LabOptions(datacenter, speed, startAt, clock, tickPeriod, intraGroupShare, migrationFailureRate, stateFile);
    }

    public LabOptions withTickPeriod(Duration period) {
        return new LabOptions(datacenter, speed, startAt, wallClock, period, intraGroupShare, migrationFailureRate, stateFile);
    }

    public LabOptions withSeed(long seed) {
        return new LabOptions(datacenter.withSeed(seed), speed, startAt, wallClock, tickPeriod, intraGroupShare,
                migrationFailureRate, stateFile);
    }

    /** Keeps the lab's state in this file, so that a new process finds the VMs where the last one left them. */
    public LabOptions withStateFile(Path file) {
        return new LabOptions(datacenter, speed, startAt, wallClock, tickPeriod, intraGroupShare, migrationFailureRate, file);
    }

    public LabOptions withMigrationFailureRate(double rate) {
        return new LabOptions(datacenter, speed, startAt, wallClock, tickPeriod, intraGroupShare, rate, stateFile);
    }
}
