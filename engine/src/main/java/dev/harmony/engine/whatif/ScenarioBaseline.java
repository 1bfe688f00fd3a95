package dev.harmony.engine.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The pool a scenario starts from and the horizon it covers.
 *
 * @param lab         the demo lab (or imported lab) whose pool and telemetry are the baseline
 * @param start       the horizon's start; empty for the lab's default "now"
 * @param horizon     how long to simulate
 * @param demand      forecast or replayed demand
 * @param history     how much history before the start the forecasts learn from
 * @param healthEvery length of the health index windows
 */
public record ScenarioBaseline(String lab, Optional<Instant> start, Duration horizon, DemandMode demand, Duration history,
                               Duration healthEvery) {
    public ScenarioBaseline {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(healthEvery, "healthEvery");
    }
}
