package dev.harmony.engine.affinity.features;

/** Why two VMs are joined in the graph. */
public enum EdgeKind {
    /** Both run on the same host; weight 1. */
    CO_LOCATION,
    /** They exchange traffic above a threshold; weight is the traffic in KiB/s. */
    COMMUNICATION,
    /** One is among the other's k most similar hour-of-day profiles; weight is the cosine similarity. */
    PROFILE_SIMILARITY
}
