package dev.harmony.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs suites: input built untimed, then warm-up runs, then timed runs, with the heap peak reset per suite. */
public final class BenchRunner {
    private final BenchSize size;
    private final int warmup;
    private final int repeat;
    private final Consumer<String> progress;

    /**
     * @param warmup   untimed runs first, at least 0
     * @param repeat   timed runs, at least 1
     * @param progress one line per step, e.g. for standard error
     */
    public BenchRunner(BenchSize size, int warmup, int repeat, Consumer<String> progress) {
        if (warmup < 0 || repeat < 1) {
            throw new IllegalArgumentException("warm-up must be at least 0 and repeat at least 1, were " + warmup + " and " + repeat);
        }
        this.size = size;
        this.warmup = warmup;
        this.repeat = repeat;
        this.progress = progress;
    }

    public SuiteResult run(BenchSuite suite) {
        progress.accept(suite.name() + ": building input (" + size.name().toLowerCase(java.util.Locale.ROOT) + ")");
        HeapPeak heap = new HeapPeak();
        try (BenchTrial trial = suite.prepare(size)) {
            heap.reset();
            long items = 0;
            for (int i = 0; i < warmup; i++) {
                trial.beforeRun();
                items = trial.run();
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                trial.beforeRun();
                long start = System.nanoTime();
                items = trial.run();
                seconds.add((System.nanoTime() - start) / 1e9);
                progress.accept(String.format(java.util.Locale.ROOT, "%s: run %d/%d %.3f s", suite.name(), i + 1, repeat,
                        seconds.get(i)));
            }
            return new SuiteResult(suite.name(), trial.workload(), warmup, seconds, items, trial.unit(), heap.peakMb(),
                    trial.extras());
        }
    }
}
