package dev.harmony.app.cli;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.replay.ContentionEpisode;
import dev.harmony.engine.replay.PolicyResult;
import dev.harmony.engine.replay.ReplayOptions;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The replay's results as JSON (schema {@code harmony.replay/1}) and as a text table. */
final class ReplayJson {
    private static final int SHOWN_EPISODES = 5;
    private static final DateTimeFormatter EPISODE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private ReplayJson() {
    }

    static Map<String, Object> of(String source, DayRange days, ReplayOptions options, int hosts,
                                  Map<String, PolicyResult> results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.replay/1");
        doc.put("source", source);
        doc.put("days", days.toString());
        doc.put("hosts", hosts);
        doc.put("plan_every_h", options.planEvery().toHours());
        doc.put("replan_on_heat", options.replanOnHeat());
        doc.put("heat_replans", options.heatReplans());
        doc.put("heat_horizon_h", options.heatHorizon().toHours());
        doc.put("replan_on_overload", options.replanOnOverload());
        doc.put("reactive_every_min", options.reactiveEvery().toMinutes());
        doc.put("heat_sustain_min", options.heatSustain().toMinutes());
        doc.put("contention_level", options.contentionLevel());
        doc.put("policies", policies(results, true));
        return doc;
    }

    /**
     * The document for one datacenter ({@code lab_seed}) or several: then {@code policies} holds the totals,
     * {@code hosts} the hosts in service over all of them, and {@code datacenters} each one's figures.
     */
    static Map<String, Object> of(String source, DayRange days, ReplayOptions options, List<ReplayDatacenter> datacenters) {
        if (datacenters.size() == 1) {
            ReplayDatacenter only = datacenters.get(0);
            Map<String, Object> doc = of(source, days, options, only.hosts(), only.results());
            doc.put("lab_seed", only.seed());
            return doc;
        }
        Map<String, Object> doc = of(source, days, options, datacenters.stream().mapToInt(ReplayDatacenter::hosts).sum(),
                ReplayDatacenter.totals(datacenters));
        // Totals have no episodes: the datacenters share host names; each datacenter below lists its own.
        doc.put("policies", policies(ReplayDatacenter.totals(datacenters), false));
        doc.put("lab_seeds", datacenters.stream().map(ReplayDatacenter::seed).toList());
        List<Map<String, Object>> each = new ArrayList<>();
        for (ReplayDatacenter d : datacenters) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lab_seed", d.seed());
            row.put("hosts", d.hosts());
            row.put("policies", policies(d.results(), true));
            each.add(row);
        }
        doc.put("datacenters", each);
        return doc;
    }

    /** Each policy's figures, by policy name, with where and when its contention happened when {@code episodes}. */
    static Map<String, Object> policies(Map<String, PolicyResult> results, boolean episodes) {
        Map<String, Object> policies = new LinkedHashMap<>();
        results.forEach((name, r) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contention_vm_hours", round(r.contentionVmHours()));
            Map<String, Object> byResource = new LinkedHashMap<>();
            for (Resource res : Resource.values()) {
                byResource.put(res.name().toLowerCase(Locale.ROOT), round(r.causes().byResource().get(res)));
            }
            row.put("contention_by_resource", byResource);
            row.put("contention_during_migrations", round(r.causes().duringMigrations()));
            if (episodes) {
                row.put("contention_episodes", r.causes().episodes().stream().map(ReplayJson::episode).toList());
            }
            row.put("coincident_peaks", r.coincidentPeaks());
            row.put("migrations", r.migrations());
            row.put("mean_health", round(r.meanHealth()));
            row.put("plans", r.plans());
            row.put("blocked_plans", r.blockedPlans());
            row.put("elapsed_s", round(r.elapsed().toMillis() / 1000.0));
            policies.put(name, row);
        });
        return policies;
    }

    private static Map<String, Object> episode(ContentionEpisode e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("host", e.host());
        row.put("from", e.from().toString());
        row.put("to", e.to().toString());
        row.put("minutes", e.length().toMinutes());
        row.put("vms", e.vms());
        row.put("vm_hours", round(e.vmHours()));
        row.put("peak_utilisation", round(e.peak()));
        row.put("resource", e.resource().name().toLowerCase(Locale.ROOT));
        row.put("migration_in_flight", e.duringMigration());
        return row;
    }

    static void text(PrintWriter out, String source, DayRange days, ReplayOptions options, int hosts,
                     Map<String, PolicyResult> results) {
        out.printf(Locale.ROOT, "Replay of %s (%d hosts), days %s, planning every %d h, contention above %.0f %% of capacity%n",
                source, hosts, days, options.planEvery().toHours(), 100 * options.contentionLevel());
        rows(out, results);
        results.forEach((name, r) -> episodes(out, name, r.causes().episodes()));
        out.flush();
    }

    /** A policy's largest contention episodes, a line each, largest first. */
    static void episodes(PrintWriter out, String policy, List<ContentionEpisode> episodes) {
        if (episodes.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  %s's contention came in %d episode%s%s:%n", policy, episodes.size(),
                episodes.size() == 1 ? "" : "s", episodes.size() > SHOWN_EPISODES ? ", the " + SHOWN_EPISODES + " largest" : "");
        episodes.stream().sorted(Comparator.comparingDouble(ContentionEpisode::vmHours).reversed()
                        .thenComparing(ContentionEpisode::from)).limit(SHOWN_EPISODES)
                .forEach(e -> out.printf(Locale.ROOT, "    %s %s, %d min: %d VMs, %.2f VM-h, %s up to %.0f %%%s%n", e.host(),
                        EPISODE_TIME.format(e.from()), e.length().toMinutes(), e.vms(), e.vmHours(),
                        e.resource().name().toLowerCase(Locale.ROOT), 100 * e.peak(),
                        e.duringMigration() ? ", a migration in flight" : ""));
    }

    /** The table's header and one row per policy, with the contention causes under it. */
    static void rows(PrintWriter out, Map<String, PolicyResult> results) {
        out.printf(Locale.ROOT, "  %-9s %18s %16s %11s %12s %8s%n", "policy", "contention VM-h", "coincident peaks",
                "migrations", "mean health", "time s");
        results.forEach((name, r) -> out.printf(Locale.ROOT, "  %-9s %18.1f %16d %11d %12.2f %8.1f%n", name,
                r.contentionVmHours(), r.coincidentPeaks(), r.migrations(), r.meanHealth(), r.elapsed().toMillis() / 1000.0));
        results.forEach((name, r) -> {
            if (r.contentionVmHours() > 0) {
                StringBuilder line = new StringBuilder("  " + name + "'s contention VM-h by resource:");
                for (Resource res : Resource.values()) {
                    line.append(String.format(Locale.ROOT, " %s %.1f", res.name().toLowerCase(Locale.ROOT),
                            r.causes().byResource().get(res)));
                }
                line.append(String.format(Locale.ROOT, "; %.1f with a migration in flight on the host",
                        r.causes().duringMigrations()));
                out.println(line);
            }
        });
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
