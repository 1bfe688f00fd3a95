package dev.harmony.engine.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one migration.
 *
 * @param vmId        the VM
 * @param kind        why it ran
 * @param source      the host it left (or was to leave)
 * @param target      the host it went to; empty when skipped before a target was found
 * @param requestedAt when it was asked for
 * @param startedAt   when it started, later than asked when the hosts were busy; empty when skipped
 * @param endedAt     when the VM ran on the target; empty when skipped or still running at the horizon's end
 * @param cost        its cost; empty when skipped
 * @param skipped     why it did not run, empty when it did
 */
public record MigrationOutcome(String vmId, MigrationKind kind, String source, Optional<String> target, Instant requestedAt,
                               Optional<Instant> startedAt, Optional<Instant> endedAt, Optional<MigrationCost> cost,
                               Optional<String> skipped) {
    public MigrationOutcome {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(skipped, "skipped");
    }

    /** Why a migration still waiting for a free slot when the horizon ended did not run. */
    static final String NOT_STARTED = "not started before the horizon's end";

    public boolean completed() {
        return endedAt.isPresent();
    }

    /**
     * Whether the horizon's end, not a reason of its own, kept this migration from completing: it was still running,
     * or still waiting for a free slot. A longer run would have completed or started it.
     */
    public boolean cutByHorizon() {
        return !completed() && (skipped.isEmpty() || skipped.get().equals(NOT_STARTED));
    }

    static MigrationOutcome skipped(String vmId, MigrationKind kind, String source, Optional<String> target, Instant at,
                                    String why) {
        return new MigrationOutcome(vmId, kind, source, target, at, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(why));
    }
}
