package dev.harmony.engine.affinity.predict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a trained model current as windows are measured: after each window it records the error of the
 * prediction it made beforehand, then fine-tunes on a replay buffer of recent windows, or, when the
 * error has risen for {@code riseWindows} windows in a row to well above its best since the last
 * training, retrains from scratch on the recent windows. Model age and the error trend can be read at
 * any time; listeners hear of every update. Not thread-safe; listeners run on the caller's thread.
 */
public final class AdaptiveAffinityModel {
    private final FineTunable model;
    private final AdaptiveOptions options;
    private final Deque<WindowExample> known = new ArrayDeque<>();
    private final List<WindowError> errors = new ArrayList<>();
    private final List<Consumer<AdaptationEvent>> listeners = new CopyOnWriteArrayList<>();
    private int age;
    private int errorsSinceTraining;

    /**
     * @param trained   a fitted model; this object updates it in place
     * @param trainedOn the examples it was fitted on, oldest first (the start of the retraining set)
     */
    public AdaptiveAffinityModel(FineTunable trained, List<WindowExample> trainedOn, AdaptiveOptions options) {
        this.model = Objects.requireNonNull(trained, "trained");
        this.options = Objects.requireNonNull(options, "options");
        trainedOn.forEach(this::remember);
    }

    public void addListener(Consumer<AdaptationEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<AdaptationEvent> listener) {
        listeners.remove(listener);
    }

    /** The model's scores for a window not yet measured. */
    public float[] predict(WindowExample example) {
        return ColdStart.apply(model.name(), example, model.predict(example));
    }

    /**
     * Takes in a measured window: scores the prediction made without it, then updates the model.
     *
     * @throws IllegalArgumentException when the window has no realized score to learn from
     */
    public WindowError observe(WindowExample measured) {
        if (measured.scoredCount() == 0) {
            throw new IllegalArgumentException("window " + measured.target() + " has no realized score to learn from");
        }
        float[] predicted = predict(measured);
        double sum = 0;
        int n = 0;
        for (int p = 0; p < measured.size(); p++) {
            if (measured.hasTarget(p)) {
                sum += Math.abs(predicted[p] - measured.target(p));
                n++;
            }
        }
        WindowError error = new WindowError(measured.target(), sum / n, n, age);
        errors.add(error);
        errorsSinceTraining++;
        remember(measured);
        long t0 = System.nanoTime();
        AdaptationEvent.Kind kind;
        if (rising()) {
            model.fit(List.copyOf(known), p -> { });
            age = 0;
            errorsSinceTraining = 0;
            kind = AdaptationEvent.Kind.RETRAINED;
        } else {
            List<WindowExample> all = List.copyOf(known);
            model.fineTune(all.subList(Math.max(0, all.size() - options.replayWindows()), all.size()),
                    options.fineTuneEpochs(), p -> { });
            age++;
            kind = AdaptationEvent.Kind.FINE_TUNED;
        }
        AdaptationEvent event = new AdaptationEvent(kind, measured.target(), error, age, (System.nanoTime() - t0) / 1e9);
        listeners.forEach(l -> l.accept(event));
        return error;
    }

    /** Windows observed since the model was last trained from scratch. */
    public int age() {
        return age;
    }

    /** The error of each observed window, oldest first. */
    public List<WindowError> errorTrend() {
        return List.copyOf(errors);
    }

    /** Least-squares slope of the error over the last {@code windows} observed windows, per window; 0 for fewer than 2. */
    public double errorSlope(int windows) {
        int n = Math.min(windows, errors.size());
        if (n < 2) {
            return 0;
        }
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            my += errors.get(errors.size() - n + i).mae();
        }
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (errors.get(errors.size() - n + i).mae() - my);
            sxx += (i - mx) * (i - mx);
        }
        return sxy / sxx;
    }

    /** The model being adapted. */
    public FineTunable model() {
        return model;
    }

    /** Whether the last {@code riseWindows} errors each rose, ending {@code riseFactor} above the best since training. */
    private boolean rising() {
        int r = options.riseWindows();
        if (errorsSinceTraining < r + 1) {
            return false;
        }
        List<WindowError> recent = errors.subList(errors.size() - errorsSinceTraining, errors.size());
        double best = recent.stream().mapToDouble(WindowError::mae).min().orElse(0);
        for (int i = recent.size() - r; i < recent.size(); i++) {
            if (recent.get(i).mae() <= recent.get(i - 1).mae()) {
                return false;
            }
        }
        return recent.get(recent.size() - 1).mae() > options.riseFactor() * best;
    }

    private void remember(WindowExample e) {
        known.addLast(e);
        while (known.size() > options.retrainWindows()) {
            known.removeFirst();
        }
    }
}
