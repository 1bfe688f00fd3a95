package dev.harmony.connectors.lab.traffic;

import java.util.Objects;

/**
 * Estimated traffic from one VM to another.
 *
 * @param from   sending VM
 * @param to     receiving VM
 * @param kibps  mean KiB/s
 */
public record DirectedFlow(String from, String to, double kibps) {
    public DirectedFlow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to) || !(kibps >= 0)) {
            throw new IllegalArgumentException("flow " + from + " -> " + to + " must join two VMs with kibps >= 0, was " + kibps);
        }
    }
}
