package dev.harmony.viz.whatif;

import java.util.Set;
import java.util.TreeSet;

/**
 * The host and VM ids of the open pool, so the form can name a mistyped host before anything runs. Empty
 * sets mean "not known yet": the engine checks names when the scenario is applied.
 */
public record PoolNames(Set<String> hosts, Set<String> vms) {
    public static final PoolNames UNKNOWN = new PoolNames(Set.of(), Set.of());

    public PoolNames {
        hosts = Set.copyOf(hosts);
        vms = Set.copyOf(vms);
    }

    /** Fails the field for a name not in {@code known} (when known is not empty). */
    static void check(FormReader r, FormField f, String name, Set<String> known, String what) {
        if (!known.isEmpty() && !known.contains(name)) {
            r.fail(f, "unknown " + what + " '" + name + "'; known: " + sample(known));
        }
    }

    private static String sample(Set<String> names) {
        var sorted = new TreeSet<>(names);
        return sorted.size() <= 8 ? String.join(", ", sorted)
                : String.join(", ", sorted.stream().limit(8).toList()) + ", … (" + sorted.size() + " in all)";
    }
}
