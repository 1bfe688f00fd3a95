package dev.harmony.engine.replay;

import dev.harmony.engine.planner.HistoryMeanAffinity;
import dev.harmony.engine.simulation.ReactivePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a replay runs.
 *
 * @param planEvery       how often a planning policy plans; also the length of each health window
 * @param horizon         how far ahead each plan's forecasts reach
 * @param affinityWindow  one window of the realized affinity behind each plan's predicted affinity
 * @param affinityWindows how many such windows before each plan the predicted affinity averages (history mean)
 * @param contentionLevel utilisation above which a host counts as contended (1.0: demand above capacity)
 * @param reactiveThreshold the reactive policy's migration threshold (utilisation)
 * @param threads         threads for forecasts and affinity, at least 1
 * @param replanOnHeat    whether a planning policy also plans, between two regular plans, as soon as a host has
 *                        stayed above the reactive threshold for 15 minutes (the trigger the reactive rule acts on)
 * @param heatReplans     how many times at most a planning policy plans again between two regular plans when a host
 *                        has stayed hot (see {@code replanOnHeat}), at least 1
 * @param heatHorizon     how far ahead a plan that heat triggered looks (its forecasts, solver and impact check), at
 *                        most {@code horizon}: the horizon itself dilutes an hour of relief over a day
 * @param replanOnOverload whether, with {@code replanOnHeat}, a host whose CPU or memory demand exceeds the contention
 *                        level in one step also makes a planning policy plan at once, without waiting the 15 minutes
 *                        (it counts against {@code heatReplans} like the heat trigger)
 * @param reactiveEvery   how often the reactive policy checks the hosts, and how long a host must stay above its
 *                        threshold before it acts (15 minutes)
 * @param heatSustain     how long a host must stay above the reactive threshold before the heat trigger makes a
 *                        planning policy plan (15 minutes, as long as the default reactive policy waits)
 */
public record ReplayOptions(Duration planEvery, Duration horizon, Duration affinityWindow, int affinityWindows, double contentionLevel,
                            double reactiveThreshold, int threads, boolean replanOnHeat, int heatReplans,
                            Duration heatHorizon, boolean replanOnOverload, Duration reactiveEvery,
                            Duration heatSustain) {
    public ReplayOptions {
        Objects.requireNonNull(planEvery, "planEvery");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(affinityWindow, "affinityWindow");
        if (planEvery.isNegative() || planEvery.isZero() || horizon.isNegative() || horizon.isZero()
                || affinityWindow.isNegative() || affinityWindow.isZero()) {
            throw new IllegalArgumentException("planEvery, horizon and affinityWindow must be positive");
        }
        if (!(contentionLevel > 0 && contentionLevel <= 2) || !(reactiveThreshold > 0 && reactiveThreshold <= 1)) {
            throw new IllegalArgumentException("contention level must be within (0, 2], reactive threshold within (0, 1]");
        }
        Objects.requireNonNull(heatHorizon, "heatHorizon");
        if (heatHorizon.isNegative() || heatHorizon.isZero() || heatHorizon.compareTo(horizon) > 0) {
            throw new IllegalArgumentException("heatHorizon must be positive and at most the horizon, was " + heatHorizon);
        }
        Objects.requireNonNull(reactiveEvery, "reactiveEvery");
        if (reactiveEvery.isNegative() || reactiveEvery.isZero()) {
            throw new IllegalArgumentException("reactiveEvery must be positive, was " + reactiveEvery);
        }
        Objects.requireNonNull(heatSustain, "heatSustain");
        if (heatSustain.isNegative() || heatSustain.isZero()) {
            throw new IllegalArgumentException("heatSustain must be positive, was " + heatSustain);
        }
        if (affinityWindows < 1) {
            throw new IllegalArgumentException("affinityWindows must be at least 1, was " + affinityWindows);
        }
        if (heatReplans < 1) {
            throw new IllegalArgumentException("heatReplans must be at least 1, was " + heatReplans);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * Plans every 6 hours over 24-hour forecasts and the mean affinity of the 14 days before (the evaluated history mean), contention above
     * capacity, reactive at 80 %.
     */
    public static ReplayOptions defaults() {
        return new ReplayOptions(Duration.ofHours(6), Duration.ofHours(24), HistoryMeanAffinity.WINDOW, HistoryMeanAffinity.WINDOWS,
                1.0, 0.8, 2, false, 1, Duration.ofHours(24), false,
                ReactivePolicy.defaults().sustain(), ReactivePolicy.defaults().sustain());
    }

    public ReplayOptions withPlanEvery(Duration every) {
        return new ReplayOptions(every, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads, replanOnHeat, heatReplans, heatHorizon, replanOnOverload, reactiveEvery, heatSustain);
    }

    public ReplayOptions withContentionLevel(double level) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, level, reactiveThreshold, threads, replanOnHeat, heatReplans, heatHorizon, replanOnOverload, reactiveEvery, heatSustain);
    }

    public ReplayOptions withAffinityWindows(int count) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, count, contentionLevel, reactiveThreshold, threads, replanOnHeat, heatReplans, heatHorizon, replanOnOverload, reactiveEvery, heatSustain);
    }

    public ReplayOptions withHeatReplans(int count) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads,
                replanOnHeat, count, heatHorizon, replanOnOverload, reactiveEvery, heatSustain);
    }

    public ReplayOptions withHeatHorizon(Duration ahead) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads,
                replanOnHeat, heatReplans, ahead, replanOnOverload, reactiveEvery, heatSustain);
    }

    public ReplayOptions withHeatSustain(Duration sustain) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads,
                replanOnHeat, heatReplans, heatHorizon, replanOnOverload, reactiveEvery, sustain);
    }

    public ReplayOptions withReactiveEvery(Duration every) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads,
                replanOnHeat, heatReplans, heatHorizon, replanOnOverload, every, heatSustain);
    }

    public ReplayOptions withReplanOnOverload(boolean on) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads,
                replanOnHeat, heatReplans, heatHorizon, on, reactiveEvery, heatSustain);
    }

    public ReplayOptions withReplanOnHeat(boolean on) {
        return new ReplayOptions(planEvery, horizon, affinityWindow, affinityWindows, contentionLevel, reactiveThreshold, threads, on, heatReplans, heatHorizon, replanOnOverload, reactiveEvery, heatSustain);
    }
}
