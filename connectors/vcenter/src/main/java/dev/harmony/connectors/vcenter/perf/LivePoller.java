package dev.harmony.connectors.vcenter.perf;

import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows VMs' real-time counters: every period it reads the last few minutes and hands on the
 * samples not handed on before. vCenter has no push for counters, so polling at its own 20 s
 * refresh rate is what the vSphere client does too. A failed poll is logged and the next one tries again.
 */
public final class LivePoller implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(LivePoller.class);
    private static final Duration LOOK_BACK = Duration.ofMinutes(3);

    private final PerfCollector collector;
    private final Supplier<List<String>> vmIds;
    private final Consumer<List<MetricSample>> listener;
    private final Clock clock;
    private final Map<String, Instant> lastDelivered = new HashMap<>();
    private final ScheduledExecutorService timer;

    /**
     * Starts polling at once.
     *
     * @param collector reads the counters
     * @param vmIds     the VMs to follow, asked before each poll
     * @param listener  receives each batch of new samples, on the poller's thread
     * @param period    time between polls
     * @param clock     the present
     */
    public LivePoller(PerfCollector collector, Supplier<List<String>> vmIds, Consumer<List<MetricSample>> listener,
            Duration period, Clock clock) {
        this.collector = collector;
        this.vmIds = vmIds;
        this.listener = listener;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vcenter-live-metrics");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            Instant now = clock.instant();
            PerfCollector.Collected got = collector.collect(vmIds.get(), Set.of(), now.minus(LOOK_BACK), now, now);
            List<MetricSample> fresh = new ArrayList<>();
            for (TimeSeries s : got.series()) {
                String key = s.vmId() + "|" + s.metric();
                Instant last = lastDelivered.getOrDefault(key, Instant.MIN);
                for (int i = 0; i < s.size(); i++) {
                    Instant at = s.timeAt(i);
                    if (at.isAfter(last) && !Float.isNaN(s.valueAt(i))) {
                        fresh.add(new MetricSample(s.vmId(), at, s.metric(), s.valueAt(i)));
                        lastDelivered.put(key, at);
                    }
                }
            }
            if (!fresh.isEmpty()) {
                listener.accept(List.copyOf(fresh));
            }
        } catch (RuntimeException e) {
            LOG.warn("Live counters: this poll failed, the next one tries again: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
