package dev.harmony.connectors.openstack.compute;

import java.util.List;

/**
 * A Compute API microversion such as {@code 2.88}: each one may add, remove or change fields, so
 * the connector names the one it speaks on every call and parses the answer by it.
 *
 * @param major the major version (2)
 * @param minor the minor version
 */
public record Microversion(int major, int minor) implements Comparable<Microversion> {
    /** The oldest Compute API v2.1 behaviour. */
    public static final Microversion BASE = new Microversion(2, 1);

    public static Microversion of(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a microversion: '" + text + "' (expected like 2.88)");
        }
        try {
            return new Microversion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a microversion: '" + text + "' (expected like 2.88)", e);
        }
    }

    public boolean atLeast(String other) {
        return compareTo(of(other)) >= 0;
    }

    /** The newest step of a ladder within {@code [min, max]}; the ladder's first step when none fits. */
    public static Microversion newestWithin(List<Microversion> ladder, Microversion min, Microversion max) {
        Microversion chosen = null;
        for (Microversion step : ladder) {
            if (step.compareTo(max) <= 0 && step.compareTo(min) >= 0 && (chosen == null || step.compareTo(chosen) > 0)) {
                chosen = step;
            }
        }
        return chosen == null ? ladder.get(0) : chosen;
    }

    @Override
    public int compareTo(Microversion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
