package dev.harmony.engine.planner;

import java.util.Objects;

/**
 * One migration in the order a plan runs them.
 *
 * @param vm      the VM
 * @param from    where it is when the step starts
 * @param to      where it goes
 * @param batch   the batch, from 1
 * @param staging true for a step to a staging host, which a later step leaves for the real target
 */
record Step(String vm, String from, String to, int batch, boolean staging) {
    Step {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
