package dev.harmony.app.cli;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.TrafficHistory;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.planner.AffinityTable;
import dev.harmony.engine.planner.HistoryMeanAffinity;
import dev.harmony.engine.planner.PredictedAffinity;
import dev.harmony.engine.planner.RealizedWindows;
import dev.harmony.engine.replay.AffinityPrediction;
import dev.harmony.engine.replay.ReplayInput;
import dev.harmony.engine.store.StoredModel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A replay's predicted affinity for each planning round: the history mean of realized affinity over the 14
 * days before the round, and, when a trained GNN is given, the GNN's scores for the replayed day the round
 * falls in (made once a day from the windows before that day) in front of it. Nothing after a round's
 * instant is read: the GNN's day starts at or before it, and the mean ends at it.
 */
final class ReplayAffinity implements AffinityPrediction, AutoCloseable {
    private static final Duration DAY = Duration.ofDays(1);
    private final ReplayInput input;
    private final RealizedWindows realized;
    private final StoredModel model;
    private final GnnPredictor gnn;
    private final InventorySnapshot inventory;
    private final TrafficHistory traffic;
    private final Map<Instant, AffinityTable> byDay = new HashMap<>();

    /**
     * @param model     the trained GNN to use, or empty for the history mean alone
     * @param inventory the replayed pool as built, for the GNN's features
     * @param traffic   the lab's traffic estimates, for the GNN's features
     */
    ReplayAffinity(ReplayInput input, Optional<StoredModel> model, InventorySnapshot inventory, TrafficHistory traffic, int threads) {
        this.input = input;
        this.realized = new RealizedWindows(input.demand(), AffinityOptions.defaults(), threads,
                HistoryMeanAffinity.WINDOW.multipliedBy(HistoryMeanAffinity.WINDOWS));
        this.model = model.orElse(null);
        this.gnn = model.map(m -> GnnPredictor.load(m.bytes())).orElse(null);
        this.inventory = inventory;
        this.traffic = traffic;
    }

    /** What the predictions come from, in words. */
    String describe() {
        String mean = "history mean of realized affinity over the " + HistoryMeanAffinity.WINDOWS + " days before each plan";
        return gnn == null ? mean : PlanAffinity.label(model) + " (GNN trained on days "
                + model.info().meta().getOrDefault("train_days", "?") + "), scores for each replayed day, else the " + mean;
    }

    @Override
    public PredictedAffinity at(Instant now, Placement placement) {
        HistoryMeanAffinity mean = new HistoryMeanAffinity(now, HistoryMeanAffinity.WINDOW, HistoryMeanAffinity.WINDOWS,
                realized::of);
        if (gnn == null) {
            return mean;
        }
        long days = Duration.between(input.from(), now).toDays();
        Instant day = input.from().plus(DAY.multipliedBy(Math.max(0, days)));
        AffinityTable table = byDay.computeIfAbsent(day, d -> PlanAffinity.table(gnn, model, inventory,
                PlanAffinity.before(input.demand(), d), traffic, d, mean));
        return table.withFallback(mean);
    }

    @Override
    public void close() {
        if (gnn != null) {
            gnn.close();
        }
    }
}
