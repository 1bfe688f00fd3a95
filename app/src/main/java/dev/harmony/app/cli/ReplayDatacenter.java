package dev.harmony.app.cli;

import dev.harmony.engine.replay.PolicyResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One datacenter's replay: the seed the lab built it with, its hosts in service, how affinity was predicted, and
 * each policy's result in the order run.
 */
record ReplayDatacenter(long seed, int hosts, String predicted, Map<String, PolicyResult> results) {
    ReplayDatacenter {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** Each policy's runs over the datacenters, totalled ({@link PolicyResult#total}). */
    static Map<String, PolicyResult> totals(List<ReplayDatacenter> datacenters) {
        Map<String, PolicyResult> totals = new LinkedHashMap<>();
        for (String p : datacenters.get(0).results().keySet()) {
            totals.put(p, PolicyResult.total(datacenters.stream().map(d -> d.results().get(p)).toList()));
        }
        return totals;
    }
}
