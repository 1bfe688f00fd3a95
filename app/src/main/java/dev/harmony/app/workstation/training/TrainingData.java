package dev.harmony.app.workstation.training;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.predict.ExampleBuilder;
import dev.harmony.engine.affinity.predict.PoolHistory;
import dev.harmony.engine.affinity.predict.WindowExample;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The windows a training run learns from and is checked on, cut from the history the source has shown so
 * far (up to its clock): the earlier windows train, the last quarter (at least one) validates. The split is
 * by time, as in {@code harmony evaluate}.
 *
 * @param train      training windows, oldest first
 * @param validation later windows, held out
 */
record TrainingData(List<WindowExample> train, List<WindowExample> validation) {
    /** How far back the history is read; the demo lab's clock starts a week into its trace. */
    static final Duration HISTORY = Duration.ofDays(14);

    static TrainingData from(Connector connector, TrainingSettings settings) {
        Instant now = connector.now();
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (Resource r : Resource.values()) {
            metrics.addAll(r.metrics());
        }
        PoolHistory history;
        try {
            history = PoolHistory.of(connector.inventory(), connector.metrics(new MetricQuery(Set.of(), metrics, now.minus(HISTORY), now)),
                    connector::traffic);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(connector.name() + " has no usable history yet (" + e.getMessage() + ")", e);
        }
        ExampleBuilder builder = new ExampleBuilder(history, settings.windowing());
        int windows = builder.grid().countUntil(history.end());
        int validation = Math.max(1, windows / 4);
        if (windows - validation < settings.history() + 1) {
            throw new IllegalStateException(connector.name() + " has shown " + windows + " windows of " + settings.windowHours()
                    + " h so far; training needs at least " + (settings.history() + 2) + ". Use shorter windows or fewer history windows.");
        }
        List<Window> grid = builder.grid().windows(0, windows - 1);
        return new TrainingData(builder.build(grid.subList(0, windows - validation)), builder.build(grid.subList(windows - validation, windows)));
    }
}
