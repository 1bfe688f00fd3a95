package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.connectors.lab.replay.ReplayClock;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.MetricSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams samples as trace time advances: on every tick each subscriber gets the grid intervals that
 * completed since its last batch. One daemon thread serves all subscribers; closing stops it.
 */
final class MetricStreamer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricStreamer.class);
    /** At most one day of 5-minute intervals per batch, so a seek far ahead does not send a month at once. */
    private static final int MAX_INTERVALS_PER_TICK = 288;

    private final LabDataset dataset;
    private final ReplayClock clock;
    private final Duration tick;
    private final List<Feed> feeds = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;

    MetricStreamer(LabDataset dataset, ReplayClock clock, Duration tick) {
        this.dataset = dataset;
        this.clock = clock;
        this.tick = tick;
    }

    /** A subscriber and the first interval it has not been sent yet. */
    private final class Feed implements Subscription {
        private final Set<String> vmIds;
        private final Consumer<List<MetricSample>> listener;
        private int next;
        private volatile boolean open = true;

        Feed(Set<String> vmIds, Consumer<List<MetricSample>> listener, int next) {
            this.vmIds = vmIds;
            this.listener = listener;
            this.next = next;
        }

        @Override
        public void close() {
            open = false;
            feeds.remove(this);
        }
    }

    synchronized Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "harmony-lab-replay");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleAtFixedRate(this::tick, tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
        }
        Feed feed = new Feed(Set.copyOf(vmIds), listener, dataset.indexOf(clock.now()));
        feeds.add(feed);
        return feed;
    }

    /** Sends each open feed the intervals completed since its last batch; runs on the streamer thread. */
    void tick() {
        Instant now = clock.now();
        int completed = Math.min(dataset.intervals(), dataset.indexOf(now));
        for (Feed feed : feeds) {
            if (!feed.open) {
                continue;
            }
            if (feed.next > completed) {
                feed.next = Math.max(0, completed);
            }
            int to = Math.min(completed, feed.next + MAX_INTERVALS_PER_TICK);
            List<MetricSample> batch = samples(feed.vmIds, Math.max(0, feed.next), to);
            feed.next = Math.max(feed.next, to);
            if (!batch.isEmpty()) {
                try {
                    feed.listener.accept(batch);
                } catch (RuntimeException e) {
                    LOG.warn("a lab metric subscriber threw; it stays subscribed", e);
                }
            }
        }
    }

    private List<MetricSample> samples(Set<String> vmIds, int from, int to) {
        List<MetricSample> batch = new ArrayList<>();
        List<LabVm> vms = dataset.vms();
        for (int i = from; i < to; i++) {
            Instant t = dataset.timeAt(i);
            for (LabVm vm : vms) {
                if (!vmIds.isEmpty() && !vmIds.contains(vm.id())) {
                    continue;
                }
                for (Metric m : dataset.metrics()) {
                    float v = dataset.valueAt(vm.id(), m, i);
                    if (!Float.isNaN(v)) {
                        batch.add(new MetricSample(vm.id(), t, m, v));
                    }
                }
            }
        }
        return batch;
    }

    @Override
    public synchronized void close() {
        feeds.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
