package dev.harmony.engine.bench;

import java.util.Map;

/** One suite set up at one size: its input is built, and {@link #run()} is the body that is timed. */
public interface BenchTrial extends AutoCloseable {

    /** What the body works on, in words, e.g. "500 VMs, 124,750 pairs, 1-day window". */
    String workload();

    /** Untimed preparation before each run, warm-up or timed, e.g. a fresh lab; nothing by default. */
    default void beforeRun() {
    }

    /** The timed body; returns how many items it handled (samples, pairs, moves), for a rate. */
    long run();

    /** The unit of {@link #run()}'s count, e.g. "samples". */
    String unit();

    /** Extra figures measured beside the timing (a baseline's time, plan quality); empty by default. */
    default Map<String, Object> extras() {
        return Map.of();
    }

    @Override
    default void close() {
    }
}
