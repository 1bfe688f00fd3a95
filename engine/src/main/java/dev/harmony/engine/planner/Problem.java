package dev.harmony.engine.planner;

import dev.harmony.engine.simulation.MigrationCost;
import java.util.Map;

/**
 * A planning problem built for the solver, with the lookups the steps after it need.
 *
 * @param solution the solver's starting point: every VM where it runs now
 * @param byVm     the assignments by VM id
 * @param byHost   the host slots by host id
 * @param costs    each movable VM's predicted migration cost
 */
record Problem(PlacementSolution solution, Map<String, VmAssignment> byVm, Map<String, HostSlot> byHost,
               Map<String, MigrationCost> costs) {
}
