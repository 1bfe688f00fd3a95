package dev.harmony.connectors.openstack.inventory;

/**
 * Whether servers may be planned into another availability zone. Nova's API says whether a server
 * was booted into a named zone only from microversion 2.96, which Harmony does not read yet.
 */
public enum ZonePolicy {
    /** Each server stays in the zone it runs in now (a zone rule per zone): the safe default. */
    KEEP_CURRENT_ZONE,
    /** Servers may move between zones (for clouds where nobody boots into a named zone). */
    ANY_ZONE
}
