package dev.harmony.engine.affinity.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a trained model twice through a stream of measured windows: frozen, and adapted after every
 * window by {@link AdaptiveAffinityModel}. Both predict each window before it is measured; the last
 * {@code scoredWindows} are scored, so the adaptive model has had the earlier ones to adapt.
 */
public final class AdaptiveComparison {
    private final AdaptiveOptions options;
    private final int k;

    public AdaptiveComparison(AdaptiveOptions options, int k) {
        this.options = Objects.requireNonNull(options, "options");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
    }

    /**
     * @param trained       a fitted model; left unchanged (both runs use copies)
     * @param trainedOn     the examples it was fitted on
     * @param stream        later windows, oldest first, each after every training window
     * @param scoredWindows how many of the stream's last windows to score
     */
    public AdaptiveReport run(FineTunable trained, List<WindowExample> trainedOn, List<WindowExample> stream,
                              int scoredWindows) {
        AffinityEvaluation.requireTimeSplit(trainedOn, stream);
        if (scoredWindows < 1 || scoredWindows > stream.size()) {
            throw new IllegalArgumentException("cannot score the last " + scoredWindows + " of " + stream.size() + " windows");
        }
        FineTunable frozen = trained.copy();
        AdaptiveAffinityModel adaptive = new AdaptiveAffinityModel(trained.copy(), trainedOn, options);
        List<AdaptationEvent> events = new ArrayList<>();
        adaptive.addListener(events::add);
        List<float[]> frozenPredictions = new ArrayList<>();
        List<float[]> adaptivePredictions = new ArrayList<>();
        int first = stream.size() - scoredWindows;
        for (int w = 0; w < stream.size(); w++) {
            WindowExample e = stream.get(w);
            if (w >= first) {
                frozenPredictions.add(ColdStart.apply(frozen.name(), e, frozen.predict(e)));
                adaptivePredictions.add(adaptive.predict(e));
            }
            if (e.scoredCount() > 0) {
                adaptive.observe(e);
            }
        }
        List<WindowExample> scored = stream.subList(first, stream.size());
        closeIfPossible(frozen);
        closeIfPossible(adaptive.model());
        return new AdaptiveReport(ModelScore.of(scored, frozenPredictions, k), ModelScore.of(scored, adaptivePredictions, k),
                scoredWindows, events, adaptive.errorTrend(), adaptive.age(), adaptive.errorSlope(stream.size()));
    }

    private static void closeIfPossible(Object model) {
        if (model instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + model, e);
            }
        }
    }
}
