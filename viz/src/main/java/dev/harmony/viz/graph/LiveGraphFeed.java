package dev.harmony.viz.graph;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.model.InventorySnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Feeds the affinity graph from any thread. Inventory, pairs and live loads are merged into pending
 * state; one worker applies whatever has piled up to the {@link AffinityGraphModel} and builds a scene;
 * only the newest scene goes to the FX thread ({@link LatestHandoff}). Connector threads therefore never
 * wait, and the FX thread only swaps scenes, however fast updates arrive.
 */
public final class LiveGraphFeed implements AutoCloseable {
    private final AffinityGraphModel model = new AffinityGraphModel();
    private final Executor worker;
    private final ExecutorService ownWorker;
    private final LatestHandoff<GraphScene> handoff;
    private final AtomicReference<InventorySnapshot> pendingInventory = new AtomicReference<>();
    private final AtomicReference<AffinityPairs> pendingPairs = new AtomicReference<>();
    private final ConcurrentLinkedQueue<AffinityEntry> pendingChanges = new ConcurrentLinkedQueue<>();
    private final Map<String, Float> pendingLoads = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param worker  runs the model updates, one at a time (a direct executor in tests)
     * @param fx      runs the scene hand-off (Platform::runLater in the window)
     * @param onScene receives each new scene on {@code fx}
     */
    public LiveGraphFeed(Executor worker, Executor fx, Consumer<GraphScene> onScene) {
        this(worker, null, fx, onScene);
    }

    private LiveGraphFeed(Executor worker, ExecutorService own, Executor fx, Consumer<GraphScene> onScene) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ownWorker = own;
        this.handoff = new LatestHandoff<>(fx, onScene);
    }

    /** A feed with its own daemon worker thread, stopped by {@link #close()}. */
    public static LiveGraphFeed withOwnThread(Executor fx, Consumer<GraphScene> onScene) {
        ExecutorService own = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "harmony-graph");
            t.setDaemon(true);
            return t;
        });
        return new LiveGraphFeed(own, own, fx, onScene);
    }

    public void offerInventory(InventorySnapshot inventory) {
        pendingInventory.set(Objects.requireNonNull(inventory, "inventory"));
        schedule();
    }

    /** Replaces all pairs (a new affinity computation). */
    public void offerPairs(AffinityPairs pairs) {
        pendingPairs.set(Objects.requireNonNull(pairs, "pairs"));
        pendingChanges.clear();
        schedule();
    }

    /** Changes some pairs (a live model update). */
    public void offerPairChanges(Collection<AffinityEntry> changed) {
        pendingChanges.addAll(changed);
        schedule();
    }

    /** New CPU loads (0–1) by VM id; later values for a VM replace earlier ones not yet applied. */
    public void offerLoads(Map<String, Float> loads) {
        pendingLoads.putAll(loads);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                scheduled.set(false);
            }
        }
    }

    /** Runs on the worker: applies everything pending, then offers the resulting scene. */
    private void drain() {
        scheduled.set(false);
        InventorySnapshot inventory = pendingInventory.getAndSet(null);
        if (inventory != null) {
            model.setInventory(inventory);
        }
        AffinityPairs pairs = pendingPairs.getAndSet(null);
        if (pairs != null) {
            model.setPairs(pairs);
        }
        List<AffinityEntry> changes = new ArrayList<>();
        for (AffinityEntry e; (e = pendingChanges.poll()) != null; ) {
            changes.add(e);
        }
        model.updatePairs(changes);
        Map<String, Float> loads = new HashMap<>();
        for (String vm : pendingLoads.keySet()) {
            Float v = pendingLoads.remove(vm);
            if (v != null) {
                loads.put(vm, v);
            }
        }
        model.setLoads(loads);
        handoff.offer(model.scene());
    }

    @Override
    public void close() {
        if (ownWorker != null) {
            ownWorker.shutdownNow();
        }
    }
}
