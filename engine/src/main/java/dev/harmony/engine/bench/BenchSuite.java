package dev.harmony.engine.bench;

/** A named benchmark: builds its input for a size, untimed, and hands back the trial whose body is timed. */
public interface BenchSuite {

    /** Stable name used on the command line and in the JSON, documented in docs/benchmarks.md. */
    String name();

    /** One line on what is measured. */
    String description();

    /** Builds the input; not timed and not counted in the heap high-water mark. */
    BenchTrial prepare(BenchSize size);
}
