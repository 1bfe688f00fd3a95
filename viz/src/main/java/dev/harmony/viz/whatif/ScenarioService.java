package dev.harmony.viz.whatif;

import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioOutcome;

/**
 * Runs a scenario against the pool the workstation has open. Called off the FX thread; reports progress and
 * stops at its next stage when {@link RunControl#checkCancelled()} finds the run cancelled.
 */
public interface ScenarioService {

    /**
     * @throws dev.harmony.engine.whatif.ScenarioException   for a scenario that cannot be applied, naming the field
     * @throws java.util.concurrent.CancellationException when the run was cancelled
     */
    ScenarioOutcome run(Scenario scenario, RunControl control);
}
