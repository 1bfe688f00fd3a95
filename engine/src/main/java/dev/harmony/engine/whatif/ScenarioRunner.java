package dev.harmony.engine.whatif;

import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.Simulator;
import dev.harmony.engine.simulation.StepSimulator;
import java.util.Objects;

/**
 * Runs scenarios: applies one to its baseline (forecasting from the scenario's history window when it
 * asks for forecast demand) and hands it to the one simulator plans also go through.
 */
public final class ScenarioRunner {
    private final SimulationOptions options;
    private final Simulator simulator;
    private final int threads;

    /** @param threads threads for the forecasts, at least 1 */
    public ScenarioRunner(SimulationOptions options, Simulator simulator, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** The standard simulator with default options. */
    public static ScenarioRunner standard(int threads) {
        SimulationOptions options = SimulationOptions.defaults();
        return new ScenarioRunner(options, StepSimulator.standard(options), threads);
    }

    /** Applies and runs a scenario; a {@link ScenarioException} names the field at fault and nothing is run. */
    public ScenarioOutcome run(Scenario scenario, Baseline baseline) {
        int historyDays = (int) Math.max(1, scenario.baseline().history().toDays());
        SeasonalForecaster forecaster = new SeasonalForecaster(SeasonalOptions.defaults().withTrainingDays(historyDays));
        AppliedScenario applied = new ScenarioApplier(options, forecaster, threads).apply(scenario, baseline);
        return new ScenarioOutcome(scenario, applied.applied(), simulator.run(applied.input()));
    }
}
