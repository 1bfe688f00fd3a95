package dev.harmony.engine.model;

/**
 * A placement rule the planner must honour ({@link Strength#MUST}) or should honour
 * ({@link Strength#SHOULD}). Connectors translate their own rules (DRS rules, server groups,
 * lab rules) into these records.
 */
public sealed interface Constraint
        permits VmAffinityRule, VmHostRule, ZoneRule, ComplianceRule, ExcludedVms, HostMaintenance {

    /** A name the planner recognises, e.g. the DRS rule's name. */
    String name();

    Strength strength();
}
