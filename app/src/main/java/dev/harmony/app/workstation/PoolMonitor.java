package dev.harmony.app.workstation;

import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.viz.graph.AffinityGraphViewModel;
import dev.harmony.viz.graph.AffinityPairs;
import dev.harmony.viz.graph.LatestHandoff;
import dev.harmony.viz.graph.LiveGraphFeed;
import dev.harmony.viz.health.HealthDashboardViewModel;
import dev.harmony.viz.health.HealthPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the pool views current once a source is open. It computes the pairs' affinity and a day of hourly
 * health in the background; follows the live load stream, which reaches the graph through its coalescing
 * feed and the FX thread as one hand-off per burst; and recomputes health every {@link #HEALTH_EVERY} and
 * affinity every {@link #AFFINITY_EVERY} of source time, never two of a kind at once. Call it on the UI
 * thread; results arrive there through the {@link TaskRunner}.
 */
final class PoolMonitor implements AutoCloseable {
    static final Duration HEALTH_EVERY = Duration.ofMinutes(15);
    static final Duration AFFINITY_EVERY = Duration.ofHours(1);
    static final Duration HISTORY = Duration.ofHours(24);
    static final Duration HISTORY_STEP = Duration.ofHours(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final TaskRunner runner;
    private final LiveGraphFeed graph;
    private final AffinityGraphViewModel graphModel;
    private final HealthDashboardViewModel health;
    private final LatestHandoff<LoadBatch> live;
    private final ReadOnlyStringWrapper analysis = new ReadOnlyStringWrapper(this, "analysis", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private PoolFeed feed;
    /** Counts health shown from elsewhere; a refresh started before the latest such count is stale. */
    private long shown;
    private Subscription subscription;
    private Instant healthAt;
    private Instant affinityAt;
    private boolean healthRunning;
    private boolean affinityRunning;
    private String affinityProblem = "";
    private String healthProblem = "";
    private long batches;
    private boolean closed;

    PoolMonitor(TaskRunner runner, LiveGraphFeed graph, AffinityGraphViewModel graphModel, HealthDashboardViewModel health) {
        this.runner = runner;
        this.graph = graph;
        this.graphModel = graphModel;
        this.health = health;
        this.live = new LatestHandoff<>(runner.ui(), this::onLive);
    }

    /** Starts on an opened source: the first computations, then the live stream. */
    void start(PoolFeed source, InventorySnapshot inventory) {
        if (closed) {
            return;
        }
        feed = source;
        graph.offerInventory(inventory);
        Instant now = source.now();
        refreshAffinity(now);
        List<Instant> moments = new ArrayList<>();
        for (Instant t = now.minus(HISTORY); !t.isAfter(now); t = t.plus(HISTORY_STEP)) {
            moments.add(t);
        }
        refreshHealth(moments);
        subscription = source.followLoads(live::offer);
    }

    /** Runs on the UI thread with the newest batch of a burst. */
    private void onLive(LoadBatch batch) {
        if (closed) {
            return;
        }
        graph.offerLoads(batch.loads());
        batches++;
        graphModel.noteLive(String.format(Locale.ROOT, "live · %s UTC · %,d update%s", TIME.format(batch.until()), batches,
                batches == 1 ? "" : "s"));
        if (healthAt != null && !batch.until().isBefore(healthAt.plus(HEALTH_EVERY))) {
            refreshHealth(List.of(batch.until()));
        }
        if (affinityAt != null && !batch.until().isBefore(affinityAt.plus(AFFINITY_EVERY))) {
            refreshAffinity(batch.until());
        }
    }

    private void refreshAffinity(Instant at) {
        if (affinityRunning) {
            return;
        }
        affinityRunning = true;
        affinityAt = at;
        publish();
        PoolFeed source = feed;
        runner.run(() -> new Computed(source.inventory(), source.affinity(at)), done -> {
            affinityRunning = false;
            affinityProblem = "";
            if (!closed) {
                graph.offerInventory(done.inventory());
                graph.offerPairs(done.pairs());
            }
            publish();
        }, error -> {
            affinityRunning = false;
            affinityProblem = "Could not compute affinity: " + WorkstationViewModel.describe(error);
            publish();
        });
    }

    /**
     * Health newer than any refresh now running has been shown (the pool after executed moves): such a refresh
     * must not replace it when it ends. UI thread.
     */
    void supersede() {
        shown++;
    }

    private void refreshHealth(List<Instant> moments) {
        if (healthRunning) {
            return;
        }
        healthRunning = true;
        long started = shown;
        healthAt = moments.get(moments.size() - 1);
        publish();
        PoolFeed source = feed;
        runner.run(() -> source.health(moments), done -> {
            healthRunning = false;
            healthProblem = done.isEmpty() ? "Not enough telemetry yet to judge health" : "";
            if (!closed && !done.isEmpty() && started == shown) {
                if (done.size() > 1) {
                    health.setHistory(done.stream().map(a -> new HealthPoint(a.report().at(), a.report().pool().index())).toList());
                }
                HealthAssessment latest = done.get(done.size() - 1);
                health.show(latest.report(), latest.inventory(), latest.basis());
            }
            publish();
        }, error -> {
            healthRunning = false;
            healthProblem = "Could not compute health: " + WorkstationViewModel.describe(error);
            publish();
        });
    }

    /** What is running and what last went wrong, in one line. */
    private void publish() {
        busy.set(affinityRunning || healthRunning);
        List<String> parts = new ArrayList<>();
        if (affinityRunning) {
            parts.add("Computing the pairs' affinity …");
        }
        if (healthRunning) {
            parts.add("Computing health …");
        }
        for (String problem : List.of(affinityProblem, healthProblem)) {
            if (!problem.isEmpty()) {
                parts.add(problem);
            }
        }
        analysis.set(String.join(" · ", parts));
    }

    /** What the background computations are doing, or what went wrong; empty when all is current. */
    ReadOnlyStringProperty analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** Whether a computation is running. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
        graph.close();
    }

    /** The pairs with the inventory they were computed on. */
    private record Computed(InventorySnapshot inventory, AffinityPairs pairs) {
    }
}
