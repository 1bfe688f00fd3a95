package dev.harmony.engine.whatif;

import dev.harmony.engine.simulation.SimulationResult;
import java.util.List;
import java.util.Objects;

/**
 * A scenario run: what was applied and what the simulator gave.
 *
 * @param scenario the scenario
 * @param applied  one line per change, in order
 * @param result   the simulation
 */
public record ScenarioOutcome(Scenario scenario, List<String> applied, SimulationResult result) {
    public ScenarioOutcome {
        Objects.requireNonNull(scenario, "scenario");
        applied = List.copyOf(applied);
        Objects.requireNonNull(result, "result");
    }
}
