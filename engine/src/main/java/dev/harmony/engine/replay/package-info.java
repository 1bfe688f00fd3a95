/**
 * Replays a recorded month through the simulator with a placement policy acting every few hours (none,
 * the reactive balancer, the seed's greedy scan, Harmony's planner) and measures what each policy's pool
 * went through: contention VM-hours, coincident peaks, migrations and mean health
 * ({@code docs/replay-evaluation.md}).
 */
package dev.harmony.engine.replay;
