package dev.harmony.app.workstation.whatif;

import dev.harmony.app.whatif.LabScenarioBaseline;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.Simulator;
import dev.harmony.engine.simulation.StepSimulator;
import dev.harmony.engine.whatif.Baseline;
import dev.harmony.engine.whatif.DemandMode;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.engine.whatif.ScenarioRunner;
import dev.harmony.viz.whatif.RunControl;
import dev.harmony.viz.whatif.ScenarioService;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs scenarios against a lab through the engine's {@link ScenarioRunner}, as {@code harmony simulate} does.
 * Progress comes in three stages (baseline, forecasts and changes, simulation); a cancel takes effect at the
 * next stage. The last baseline is kept, so running A and then B reads the lab once.
 */
public final class LabScenarioService implements ScenarioService {
    private final LabCatalog labs;
    private final int threads;
    private final SimulationOptions options = SimulationOptions.defaults();
    private Cached cached;

    /** @param threads threads for the forecasts, at least 1 */
    public LabScenarioService(LabCatalog labs, int threads) {
        this.labs = Objects.requireNonNull(labs, "labs");
        this.threads = threads;
    }

    @Override
    public ScenarioOutcome run(Scenario scenario, RunControl control) {
        control.progress(0.02, "Reading lab " + scenario.baseline().lab() + " for " + scenario.name() + " …");
        Baseline baseline = baseline(scenario);
        control.checkCancelled();
        control.progress(0.3, (scenario.baseline().demand() == DemandMode.FORECAST ? "Forecasting " + baseline.vms().size()
                + " VMs and applying " : "Applying ") + scenario.changes().size() + " change(s) of " + scenario.name() + " …");
        Simulator stepped = StepSimulator.standard(options);
        Simulator watched = input -> {
            control.checkCancelled();
            control.progress(0.6, "Simulating " + scenario.name() + ": " + input.demand().intervals() + " steps …");
            SimulationResult result = stepped.run(input);
            control.checkCancelled();
            return result;
        };
        ScenarioOutcome outcome = new ScenarioRunner(options, watched, threads).run(scenario, baseline);
        control.progress(1, "Simulated " + scenario.name());
        return outcome;
    }

    private synchronized Baseline baseline(Scenario scenario) {
        Key key = new Key(scenario.baseline().lab(), scenario.baseline().start());
        if (cached == null || !cached.key().equals(key)) {
            cached = new Cached(key, LabScenarioBaseline.load(labs, scenario));
        }
        return cached.baseline();
    }

    private record Key(String lab, Optional<Instant> start) {
    }

    private record Cached(Key key, Baseline baseline) {
    }
}
