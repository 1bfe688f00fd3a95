package dev.harmony.app.cli;

import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.predict.ExampleBuilder;
import dev.harmony.engine.affinity.predict.PoolHistory;
import dev.harmony.engine.affinity.predict.WindowExample;
import dev.harmony.engine.affinity.predict.WindowingOptions;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Opens {@code --source lab:NAME} for the affinity commands: the lab replayed to its end (so the whole
 * trace is history), its inventory, the demand metrics and the lab's traffic estimates.
 */
final class AffinitySourceLoader {
    private AffinitySourceLoader() {
    }

    /** A source ready for windowing; close it to close the lab connector. */
    record LoadedSource(String source, LabConnector connector, PoolHistory history, ExampleBuilder builder, int days,
                        int windowsPerDay) implements AutoCloseable {
        /** The windows of the given days. */
        List<Window> windows(DayRange range) {
            if (range.last() > days) {
                throw new UserError(source + " holds " + days + " whole day(s); days " + range + " reach past its end");
            }
            return builder.grid().windows((range.first() - 1) * windowsPerDay, range.last() * windowsPerDay - 1);
        }

        List<WindowExample> examples(DayRange range) {
            return builder.build(windows(range));
        }

        @Override
        public void close() {
            connector.close();
        }
    }

    static LoadedSource open(AppContext context, String source, WindowingOptions options) {
        String name = Sources.labOf(context, source, "training and evaluation");
        Duration window = options.window();
        if (Duration.ofDays(1).toNanos() % window.toNanos() != 0) {
            throw new UserError("a window of " + window.toHours() + " h does not divide a day");
        }
        LabDataset dataset = context.labsFor(name).dataset(name);
        LabConnector connector = context.labsFor(name).open(name, LabOptions.defaults().withStartAt(dataset.end()));
        try {
            Set<Metric> metrics = EnumSet.noneOf(Metric.class);
            for (Resource r : Resource.values()) {
                metrics.addAll(r.metrics());
            }
            PoolHistory history = PoolHistory.of(connector.inventory(),
                    connector.metrics(new MetricQuery(Set.of(), metrics, dataset.start(), dataset.end())), connector::traffic);
            ExampleBuilder builder = new ExampleBuilder(history, options);
            int days = (int) (Duration.between(dataset.start(), dataset.end()).toDays());
            return new LoadedSource(source, connector, history, builder, days, (int) (Duration.ofDays(1).toNanos() / window.toNanos()));
        } catch (IllegalArgumentException e) {
            connector.close();
            throw new UserError(source + " cannot be windowed: " + e.getMessage());
        } catch (RuntimeException e) {
            connector.close();
            throw e;
        }
    }
}
