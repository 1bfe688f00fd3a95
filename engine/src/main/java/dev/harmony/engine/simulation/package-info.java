/**
 * The one simulator every plan and what-if question goes through: a placement, per-VM demand (forecast
 * or replayed trace) and timed migrations give per-host utilisation over time, contention events, the
 * health index over the horizon and the cost of each migration (pre-copy rounds, stun time, extra load
 * on source and target, memory held on both while it runs).
 */
package dev.harmony.engine.simulation;
