package dev.harmony.connectors.openstack.compute;

import java.util.List;

/**
 * The microversions the connector speaks, per resource: each step is one whose answer it parses
 * (and whose Nova API samples the contract tests parse). A call uses the newest step the cloud offers.
 */
public final class Ladders {
    /** 2.1: usage fields, {@code cpu_info} as a JSON string; 2.28: as an object; 2.53: UUID ids; 2.88: usage moved to Placement. */
    public static final List<Microversion> HYPERVISORS = steps("2.1", "2.28", "2.53", "2.88");
    /** 2.1: flavor by id; 2.47: the flavor embedded in the server. */
    public static final List<Microversion> SERVERS = steps("2.1", "2.47");
    /** 2.1: {@code policies} list; 2.64: one {@code policy} and its {@code rules}. */
    public static final List<Microversion> SERVER_GROUPS = steps("2.1", "2.64");
    /** 2.1: integer ids; 2.23: {@code migration_type}; 2.59: UUIDs and paging; 2.80: user and project. */
    public static final List<Microversion> MIGRATIONS = steps("2.1", "2.23", "2.59", "2.80");
    /** 2.1; 2.41: aggregate UUIDs. */
    public static final List<Microversion> AGGREGATES = steps("2.1", "2.41");
    /**
     * 2.1: {@code block_migration} true/false and {@code disk_over_commit}; 2.25: {@code "auto"}; 2.34: the same
     * body, but Nova runs its pre-checks after answering 202 (a refused target then shows as a migration in
     * status {@code error}, its reason in the instance action) instead of answering 400.
     */
    public static final List<Microversion> LIVE_MIGRATE = steps("2.1", "2.25", "2.34");
    /** 2.1; 2.84: an event's {@code details} (the reason a step failed). */
    public static final List<Microversion> INSTANCE_ACTIONS = steps("2.1", "2.84");

    private Ladders() {
    }

    private static List<Microversion> steps(String... versions) {
        return java.util.Arrays.stream(versions).map(Microversion::of).toList();
    }
}
