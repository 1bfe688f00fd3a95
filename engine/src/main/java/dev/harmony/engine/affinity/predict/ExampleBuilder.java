package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.features.CandidatePairs;
import dev.harmony.engine.affinity.features.CoLocationEdges;
import dev.harmony.engine.affinity.features.CommunicationEdges;
import dev.harmony.engine.affinity.features.EdgeList;
import dev.harmony.engine.affinity.features.FeatureMatrix;
import dev.harmony.engine.affinity.features.ProfileSimilarityEdges;
import dev.harmony.engine.affinity.features.VmFeatures;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a pool's history into {@link WindowExample}s, strictly by time: everything an example's
 * features hold comes from windows that end where its target window starts (node features, profile
 * similarity and CPU correlation from the {@code historyWindows} before it, traffic from the window just
 * before, lag features from each of the {@code historyWindows}, the long-run mean from up to
 * {@code meanWindows}); only the targets read the target window.
 * Windows are built in any order, but in time order each window is scored once. Not thread-safe.
 */
public final class ExampleBuilder {
    private final PoolHistory history;
    private final WindowingOptions options;
    private final List<String> rowIds;
    private final VmFeatures vmFeatures;
    private final WindowScoreCache cache;
    private final List<String> pairColumns;

    public ExampleBuilder(PoolHistory history, WindowingOptions options) {
        this.history = Objects.requireNonNull(history, "history");
        this.options = Objects.requireNonNull(options, "options");
        Duration step = history.step();
        if (options.window().toNanos() % step.toNanos() != 0) {
            throw new IllegalArgumentException("window " + options.window() + " is not a whole number of " + step + " intervals");
        }
        long intervals = options.window().toNanos() / step.toNanos();
        int needed = options.affinity().requiredOverlap((int) Math.min(Integer.MAX_VALUE, intervals));
        if (intervals < needed) {
            throw new IllegalArgumentException("a window of " + options.window() + " holds " + intervals
                    + " intervals; realized affinity needs at least " + needed);
        }
        this.rowIds = history.vmIds();
        this.vmFeatures = new VmFeatures(options.features());
        PlacementHosts hosts = new PlacementHosts(history.inventory(), rowIds, options.diskCapacityKibps());
        this.cache = new WindowScoreCache(history.demands(), options.affinity(), hosts, history.traffic(),
                options.threads(), options.meanWindows() + 2);
        this.pairColumns = PairColumns.names(options.historyWindows());
    }

    /** The grid of windows that starts with the history. */
    public WindowGrid grid() {
        return new WindowGrid(history.start(), options.window());
    }

    public WindowingOptions options() {
        return options;
    }

    /** One example per target window, in the order given. */
    public List<WindowExample> build(List<Window> targets) {
        List<WindowExample> out = new ArrayList<>(targets.size());
        for (Window t : targets) {
            out.add(build(t));
        }
        return out;
    }

    /** The example whose target is {@code target}, a window of the configured length on the telemetry grid. */
    public WindowExample build(Window target) {
        if (!target.length().equals(options.window())) {
            throw new IllegalArgumentException("target " + target + " is not " + options.window() + " long");
        }
        Window last = target.previous();
        // Several windows rather than the last alone, so a telemetry gap in one window leaves VM features usable.
        Window span = new Window(target.start().minus(options.window().multipliedBy(options.historyWindows())), target.start());
        DemandPanel spanPanel = DemandPanel.of(history.demands(), span);
        FeatureMatrix nodes = vmFeatures.extract(spanPanel);
        FeatureMatrix profiles = nodes.select("profile.");
        List<TrafficEstimate> pastTraffic = history.traffic().between(last.start(), last.end());
        Placement placement = history.inventory().placement();
        EdgeList coLocated = CoLocationEdges.of(rowIds, placement);
        EdgeList communication = new CommunicationEdges(options.trafficThresholdKibps()).of(rowIds, pastTraffic);
        EdgeList similar = new ProfileSimilarityEdges(options.similarityK(), options.threads()).of(profiles);
        CandidatePairs pairs = CandidatePairs.union(coLocated, communication, similar);
        int[] first = pairs.first();
        int[] second = pairs.second();

        int lags = options.historyWindows();
        int cols = pairColumns.size();
        float[] values = new float[pairs.size() * cols];
        double[] meanSum = new double[pairs.size()];
        int[] meanCount = new int[pairs.size()];
        float[] pastMin = new float[pairs.size()];
        float[][] weekBefore = null;
        int weekLag = weekLag();
        boolean[] cold = new boolean[pairs.size()];
        java.util.Arrays.fill(cold, true);
        Window past = target;
        for (int w = 1; w <= options.meanWindows(); w++) {
            past = past.previous();
            if (past.end().isBefore(history.start()) || past.end().equals(history.start())) {
                break;
            }
            float[][] scores = cache.scores(past, first, second);
            for (int p = 0; p < pairs.size(); p++) {
                boolean scored = scores[p][PairColumns.SCORED] > 0;
                if (w <= lags) {
                    System.arraycopy(scores[p], 0, values, p * cols + PairColumns.lag(w, 0), PairColumns.PER_LAG);
                    cold[p] &= !scored;
                }
                if (scored) {
                    meanSum[p] += scores[p][PairColumns.SCORE];
                    meanCount[p]++;
                    pastMin[p] = Math.min(pastMin[p], scores[p][PairColumns.SCORE]);
                }
            }
            if (w == weekLag) {
                weekBefore = scores;
            }
        }
        PastSignals signals = new PastSignals(spanPanel, options.affinity().requiredOverlap(spanPanel.intervals()),
                profiles, rowIds, pastTraffic);
        int summary = PairColumns.summary(lags, "mean.score");
        float[] calendar = calendar(target);
        List<String> ids = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            int i = first[p];
            int j = second[p];
            ids.add(rowIds.get(i) + "|" + rowIds.get(j));
            int c = p * cols + summary;
            values[c] = meanCount[p] > 0 ? (float) (meanSum[p] / meanCount[p]) : 0;
            values[c + 1] = (float) meanCount[p] / options.meanWindows();
            values[c + 2] = pastMin[p];
            boolean week = weekBefore != null && weekBefore[p][PairColumns.SCORED] > 0;
            values[c + 3] = week ? weekBefore[p][PairColumns.SCORE] : 0;
            values[c + 4] = week ? 1 : 0;
            double r = signals.cpuPearson(i, j);
            values[c + 5] = Double.isNaN(r) ? 0 : (float) r;
            values[c + 6] = Double.isNaN(r) ? 0 : 1;
            values[c + 7] = (float) signals.profileCosine(i, j);
            values[c + 8] = sameHost(placement, i, j) ? 1 : 0;
            TrafficEstimate t = signals.traffic(i, j);
            values[c + 9] = t == null ? 0 : (float) Math.log1p(t.meanKibps());
            values[c + 10] = t != null && t.estimated() ? 1 : 0;
            System.arraycopy(calendar, 0, values, c + 11, calendar.length);
        }
        float[][] realized = cache.scores(target, first, second);
        float[] targets = new float[pairs.size()];
        boolean[] hasTarget = new boolean[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            hasTarget[p] = realized[p][PairColumns.SCORED] > 0;
            targets[p] = hasTarget[p] ? realized[p][PairColumns.SCORE] : 0;
        }
        return new WindowExample(target, rowIds, nodes, pairs, new FeatureMatrix(ids, pairColumns, values),
                targets, hasTarget, cold);
    }

    /** The lag that is one week back, when windows tile a week and the mean reaches that far; else 0. */
    private int weekLag() {
        long week = Duration.ofDays(7).toNanos();
        long length = options.window().toNanos();
        return week % length == 0 && week / length <= options.meanWindows() ? (int) (week / length) : 0;
    }

    /** Weekend flag and day of week (as a point on a circle) of the target's midpoint, in the feature zone. */
    private float[] calendar(Window target) {
        var mid = target.start().plus(target.length().dividedBy(2)).atZone(options.features().zone());
        int dow = mid.getDayOfWeek().getValue() - 1;
        double angle = 2 * Math.PI * dow / 7;
        return new float[] {dow >= 5 ? 1 : 0, (float) Math.sin(angle), (float) Math.cos(angle)};
    }

    private boolean sameHost(Placement placement, int i, int j) {
        var a = placement.hostOf(rowIds.get(i));
        return a.isPresent() && a.equals(placement.hostOf(rowIds.get(j)));
    }
}
