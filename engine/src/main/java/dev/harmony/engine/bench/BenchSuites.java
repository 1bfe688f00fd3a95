package dev.harmony.engine.bench;

import java.util.ArrayList;
import java.util.List;

/** The engine's suites in the order {@code harmony bench} runs them; the executor suite is added by the app. */
public final class BenchSuites {
    private BenchSuites() {
    }

    /** Every engine suite over inputs resampled from the given trace. */
    public static List<BenchSuite> engine(TraceResampler trace) {
        List<BenchSuite> suites = new ArrayList<>();
        suites.add(new IngestSuite(trace));
        suites.add(new AffinityAllPairsSuite(trace));
        suites.add(new AffinitySparseSuite(trace));
        suites.add(new GnnTrainEpochSuite(trace));
        suites.add(new GnnInferSuite(trace));
        suites.add(new ForecastSuite(trace));
        suites.add(new SimulationSuite(trace));
        suites.add(new PlanningSuite(trace, false));
        suites.add(new PlanningSuite(trace, true));
        return suites;
    }
}
