/**
 * The health index, 0–100 for the pool, each host and each VM, with its breakdown: headroom, realized
 * and predicted contention, balance across hosts, and the affinity of co-located pairs
 * ({@code docs/decisions/0004-health-index.md}); and its stored history.
 */
package dev.harmony.engine.health;
