package dev.harmony.engine.affinity.predict;

import java.util.List;

/**
 * An adaptive model against the same model frozen, over the last windows of a stream.
 *
 * @param frozen    the model as trained, never updated
 * @param adaptive  the model updated after every window of the stream
 * @param windows   windows scored (the last of the stream)
 * @param events    every update the adaptive model made, in order
 * @param errors    the adaptive model's error per stream window, in order
 * @param modelAge  windows the adaptive model had seen since it was last trained from scratch, at the end
 * @param errorSlope least-squares slope of the adaptive model's error per window over the stream
 */
public record AdaptiveReport(ModelScore frozen, ModelScore adaptive, int windows, List<AdaptationEvent> events,
                             List<WindowError> errors, int modelAge, double errorSlope) {
    public AdaptiveReport {
        events = List.copyOf(events);
        errors = List.copyOf(errors);
    }

    /** How many updates were retrainings. */
    public long retrainings() {
        return events.stream().filter(e -> e.kind() == AdaptationEvent.Kind.RETRAINED).count();
    }
}
