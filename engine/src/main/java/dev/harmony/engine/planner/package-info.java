/**
 * The migration planner: finds candidate moves (co-located pairs of low predicted affinity, hosts whose
 * forecast breaches headroom), optimises the placement with Timefold from where the VMs run now, keeps
 * only the moves the simulator predicts to help, and orders them into safe batches of a migration plan.
 * The solver's mutable classes stay in this package; records go in and out ({@code docs/planner.md}).
 */
package dev.harmony.engine.planner;
