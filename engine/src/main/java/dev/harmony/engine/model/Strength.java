package dev.harmony.engine.model;

/** Whether a rule is a hard requirement or a preference the planner may trade off. */
public enum Strength {
    /** Never violated by a plan. */
    MUST,
    /** Honoured when possible; a violation costs the plan points. */
    SHOULD
}
