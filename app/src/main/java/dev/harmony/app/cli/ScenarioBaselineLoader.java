package dev.harmony.app.cli;

import dev.harmony.app.whatif.LabScenarioBaseline;
import dev.harmony.connectors.lab.catalog.UnknownLabException;
import dev.harmony.engine.whatif.Baseline;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioException;

/**
 * Builds a scenario's baseline from the lab it names, bundled or imported ({@link LabScenarioBaseline} does
 * the work, the same as in the window), turning a problem into a user error that names the file.
 */
final class ScenarioBaselineLoader {
    private final AppContext context;

    ScenarioBaselineLoader(AppContext context) {
        this.context = context;
    }

    /**
     * @param file the scenario file, named in errors
     * @throws UserError for an unknown lab or a start outside the lab's trace
     */
    Baseline load(Scenario scenario, String file) {
        try {
            return LabScenarioBaseline.load(context.labsFor(scenario.baseline().lab()), scenario);
        } catch (UnknownLabException e) {
            throw new UserError(file + ": baseline.lab: " + e.getMessage());
        } catch (ScenarioException e) {
            throw new UserError(e.inFile(file).getMessage());
        }
    }
}
