package dev.harmony.connectors.openstack.metrics;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live subscription: every step, reads the step just ended from the metrics source and hands
 * its samples to the listener on the poller's own thread. A failed read is logged and retried at the next step.
 */
public final class LivePoller implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(LivePoller.class);

    private final ScheduledExecutorService timer;

    public LivePoller(MetricsSource source, Supplier<List<String>> servers, Consumer<List<MetricSample>> listener, Clock clock) {
        Duration step = source.step();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openstack-live-metrics");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                Instant to = clock.instant();
                List<MetricSample> samples = new ArrayList<>();
                for (TimeSeries s : source.read(new MetricQuery(Set.of(), Set.of(), to.minus(step), to), servers.get())) {
                    for (int i = 0; i < s.size(); i++) {
                        if (!Float.isNaN(s.valueAt(i))) {
                            samples.add(new MetricSample(s.vmId(), s.timeAt(i), s.metric(), s.valueAt(i)));
                        }
                    }
                }
                if (!samples.isEmpty()) {
                    listener.accept(samples);
                }
            } catch (RuntimeException e) {
                LOG.warn("live metrics: {}", e.getMessage());
            }
        }, 0, step.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
