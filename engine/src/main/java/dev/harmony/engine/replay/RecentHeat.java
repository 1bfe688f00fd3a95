package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan triggered by heat knows that the forecasts do not: the demand just seen. A seasonal forecast made
 * from the weeks before cannot know of a burst that started minutes ago; the triggered plan takes the recent
 * minutes' mean (P50) and peak (P95) as a floor for the first hour of each VM's forecast.
 */
final class RecentHeat {
    /** How long the seen demand is assumed to last at least. */
    static final Duration PERSIST = Duration.ofHours(1);

    private RecentHeat() {
    }

    /** @param recentSteps the steps before now whose demand is the floor: those that set the trigger off */
    static List<VmForecast> floor(List<VmForecast> ahead, List<VmDemand> demand, Instant now, int recentSteps) {
        Map<String, VmDemand> byVm = new HashMap<>();
        demand.forEach(d -> byVm.put(d.vmId(), d));
        List<VmForecast> out = new ArrayList<>(ahead.size());
        for (VmForecast f : ahead) {
            VmDemand d = byVm.get(f.vmId());
            out.add(d == null ? f : floor(f, d, now, recentSteps));
        }
        return out;
    }

    private static VmForecast floor(VmForecast f, VmDemand d, Instant now, int recentSteps) {
        long index = Duration.between(d.start(), now).getSeconds() / d.step().getSeconds();
        if (index < recentSteps || index > d.size()) {
            return f;
        }
        Map<Resource, SeriesForecast> floored = new EnumMap<>(Resource.class);
        for (Map.Entry<Resource, SeriesForecast> e : f.byResource().entrySet()) {
            float[] seen = d.values(e.getKey());
            double sum = 0;
            float peak = Float.NEGATIVE_INFINITY;
            int n = 0;
            for (int t = (int) index - recentSteps; t < index; t++) {
                if (Float.isFinite(seen[t])) {
                    sum += seen[t];
                    peak = Math.max(peak, seen[t]);
                    n++;
                }
            }
            SeriesForecast s = e.getValue();
            if (n == 0 || !s.known()) {
                floored.put(e.getKey(), s);
                continue;
            }
            float mean = (float) (sum / n);
            float[] p50 = s.p50();
            float[] p95 = s.p95();
            long persistSteps = (PERSIST.toSeconds() + s.step().toSeconds() - 1) / s.step().toSeconds();
            for (int i = 0; i < Math.min(persistSteps, p50.length); i++) {
                p50[i] = Math.max(p50[i], mean);
                p95[i] = Math.max(p95[i], Math.max(peak, p50[i]));
            }
            floored.put(e.getKey(), new SeriesForecast(s.start(), s.step(), p50, p95));
        }
        return new VmForecast(f.vmId(), f.start(), f.step(), floored);
    }
}
