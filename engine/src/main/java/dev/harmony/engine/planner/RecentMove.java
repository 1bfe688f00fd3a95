package dev.harmony.engine.planner;

import java.time.Instant;
import java.util.Objects;

/**
 * A migration that already happened, for hysteresis: the VM is not moved again soon, nor sent back.
 *
 * @param vm   the VM
 * @param from the host it left
 * @param to   the host it went to
 * @param at   when it ended
 */
public record RecentMove(String vm, String from, String to, Instant at) {
    public RecentMove {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
