package dev.harmony.app.cli;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.predict.ExampleBuilder;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.PoolHistory;
import dev.harmony.engine.affinity.predict.TrafficHistory;
import dev.harmony.engine.affinity.predict.WindowExample;
import dev.harmony.engine.affinity.predict.WindowingOptions;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.planner.AffinityTable;
import dev.harmony.engine.planner.HistoryMeanAffinity;
import dev.harmony.engine.planner.PredictedAffinity;
import dev.harmony.engine.planner.RealizedWindows;
import dev.harmony.engine.store.ModelStore;
import dev.harmony.engine.store.StoredModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The predicted affinity {@code harmony plan} plans with, for the window that starts now: the newest
 * trained GNN of the source in the store ({@code harmony train}), its pairs scored on features of the
 * windows before now only; pairs the model has no score for, and every pair when there is no usable
 * model, get the history mean of realized affinity over the 14 days before now (the most accurate
 * baseline of the affinity evaluation). What was used, and why a model was not, is said.
 */
final class PlanAffinity {
    static final String MODEL = "affinity-gnn";

    private PlanAffinity() {
    }

    /**
     * @param models    the store's models; empty to use no model
     * @param source    the plan's source; a model trained on another source is not used
     * @param inventory the pool now
     * @param demand    the VMs' recorded demand; only what lies before {@code now} is read
     * @param traffic   the source's traffic estimates
     * @param say       told which affinity was chosen, and why a stored model was not
     */
    static PredictedAffinity choose(Optional<ModelStore> models, String source, InventorySnapshot inventory,
                                    List<VmDemand> demand, TrafficHistory traffic, Instant now, int threads,
                                    Consumer<String> say) {
        List<VmDemand> past = before(demand, now);
        PredictedAffinity mean = historyMean(past, now, threads);
        Optional<StoredModel> model = usableModel(models, source, mean.name(), say);
        if (model.isEmpty()) {
            return mean;
        }
        try (GnnPredictor gnn = GnnPredictor.load(model.get().bytes())) {
            PredictedAffinity table = table(gnn, model.get(), inventory, past, traffic, now, mean);
            say.accept("predicted affinity: " + table.name());
            return table;
        } catch (IllegalArgumentException e) {
            say.accept("predicted affinity: stored model " + label(model.get()) + " not used, it cannot score this pool: "
                    + e.getMessage() + "; using the " + mean.name());
            return mean;
        }
    }

    /** The history mean over the {@link HistoryMeanAffinity#WINDOWS} days before now, of demand that ends at now. */
    static PredictedAffinity historyMean(List<VmDemand> past, Instant now, int threads) {
        return new HistoryMeanAffinity(now, HistoryMeanAffinity.WINDOW, HistoryMeanAffinity.WINDOWS, new RealizedWindows(past,
                AffinityOptions.defaults(), threads, HistoryMeanAffinity.WINDOW.multipliedBy(HistoryMeanAffinity.WINDOWS))::of);
    }

    /**
     * The newest stored GNN when it was trained on this source in this format; else empty, with why said.
     *
     * @param fallback the name of what is used instead, for what is said
     */
    static Optional<StoredModel> usableModel(Optional<ModelStore> models, String source, String fallback,
                                             Consumer<String> say) {
        Optional<StoredModel> stored = models.flatMap(m -> m.latest(MODEL));
        if (stored.isEmpty()) {
            say.accept("predicted affinity: no trained model '" + MODEL + "' in the store (harmony train makes one); "
                    + "using the " + fallback);
            return Optional.empty();
        }
        String why = unusable(stored.get(), stored.get().info().meta(), source);
        if (why != null) {
            say.accept("predicted affinity: stored model " + label(stored.get()) + " not used, " + why + "; using the "
                    + fallback);
            return Optional.empty();
        }
        return stored;
    }

    static String label(StoredModel model) {
        return MODEL + " v" + model.info().version();
    }

    private static String unusable(StoredModel model, Map<String, String> meta, String source) {
        if (!TrainCommand.KIND.equals(model.info().kind())) {
            return "its kind is " + model.info().kind() + ", not " + TrainCommand.KIND;
        }
        if (!source.equals(meta.get("source"))) {
            return "it was trained on " + meta.get("source") + ", not " + source;
        }
        if (!TrainedModelMeta.FORMAT_VERSION.equals(meta.get("format_version"))) {
            return "its format version is " + meta.get("format_version") + ", this Harmony reads " + TrainedModelMeta.FORMAT_VERSION;
        }
        return null;
    }

    /**
     * The model's scores for the window that starts at {@code from}, from features of the windows before it,
     * with the fallback for the pairs it does not score.
     *
     * @param past demand that ends at or before {@code from}
     */
    static AffinityTable table(GnnPredictor gnn, StoredModel model, InventorySnapshot inventory, List<VmDemand> past,
                                   TrafficHistory traffic, Instant from, PredictedAffinity fallback) {
        Map<String, String> meta = model.info().meta();
        int hours = Integer.parseInt(meta.getOrDefault("window_hours", "24"));
        int history = Integer.parseInt(meta.getOrDefault("history_windows", "3"));
        WindowingOptions d = WindowingOptions.defaults().withWindow(Duration.ofHours(hours));
        WindowingOptions options = new WindowingOptions(d.window(), history, Math.max(history, d.meanWindows()),
                d.similarityK(), d.trafficThresholdKibps(), d.diskCapacityKibps(), d.threads(), d.affinity(), d.features());
        // The traffic of the target window itself is never asked for: the example's targets are not used.
        TrafficHistory pastTraffic = (a, b) -> b.isAfter(from) ? List.of() : traffic.between(a, b);
        ExampleBuilder builder = new ExampleBuilder(new PoolHistory(inventory, past, pastTraffic), options);
        WindowExample example = builder.build(new Window(from, from.plus(options.window())));
        if (!TrainedModelMeta.schemaOf(example).equals(meta.get("feature_schema_sha256"))) {
            throw new IllegalArgumentException("its feature schema differs from this Harmony's");
        }
        float[] scores = gnn.predict(example);
        Map<String, Double> byPair = new HashMap<>();
        int[] first = example.pairs().first();
        int[] second = example.pairs().second();
        for (int p = 0; p < scores.length; p++) {
            byPair.put(AffinityTable.key(example.vmIds().get(first[p]), example.vmIds().get(second[p])),
                    Math.max(-1.0, Math.min(1.0, scores[p])));
        }
        return new AffinityTable(String.format(java.util.Locale.ROOT,
                "%s (GNN trained on days %s of %s) for %,d pairs of the %d h from %s", label(model),
                meta.getOrDefault("train_days", "?"), meta.get("source"), byPair.size(), hours, from), byPair, fallback);
    }

    /** Each VM's demand cut at {@code now}, so nothing after it can be read. */
    static List<VmDemand> before(List<VmDemand> demand, Instant now) {
        List<VmDemand> out = new ArrayList<>(demand.size());
        for (VmDemand d : demand) {
            long n = Math.max(0, Duration.between(d.start(), now).toNanos() / d.step().toNanos());
            int keep = (int) Math.min(d.size(), n);
            if (keep == d.size()) {
                out.add(d);
                continue;
            }
            float[][] cut = new float[Resource.values().length][];
            for (Resource r : Resource.values()) {
                cut[r.ordinal()] = Arrays.copyOf(d.values(r), keep);
            }
            out.add(new VmDemand(d.vm(), d.start(), d.step(), cut));
        }
        return out;
    }
}
