package dev.harmony.engine.whatif;

import dev.harmony.engine.simulation.SimulationInput;
import java.util.List;
import java.util.Objects;

/**
 * A scenario applied to its baseline: the simulation to run and, in words, what was changed.
 *
 * @param input   the simulation input
 * @param applied one line per change, in order
 */
public record AppliedScenario(SimulationInput input, List<String> applied) {
    public AppliedScenario {
        Objects.requireNonNull(input, "input");
        applied = List.copyOf(applied);
    }
}
