package dev.harmony.viz.whatif;

import dev.harmony.engine.whatif.ComparedFigure;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Words for the what-if view: times, and the comparison's figure names as a planner reads them. */
final class WhatIfText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("min_pool_health", "Lowest pool health"),
            Map.entry("mean_pool_health", "Mean pool health"),
            Map.entry("end_pool_health", "Pool health at the end"),
            Map.entry("contention_events", "Contention events"),
            Map.entry("contended_time", "Time in contention"),
            Map.entry("migrations_done", "Migrations done"),
            Map.entry("reactive_migrations", "… by the balancer"),
            Map.entry("migrations_skipped", "Migrations skipped"),
            Map.entry("migration_time", "Time migrating"),
            Map.entry("migrated_memory", "Memory sent"),
            Map.entry("peak_cpu_utilisation", "Peak CPU utilisation"),
            Map.entry("peak_memory_utilisation", "Peak memory utilisation"));

    private WhatIfText() {
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    static String figure(ComparedFigure f) {
        return FIGURES.getOrDefault(f.name(), f.name()) + " (" + f.unit() + ")";
    }

    static String better(ComparedFigure f) {
        return switch (f.better()) {
            case "first" -> "A";
            case "second" -> "B";
            default -> "same";
        };
    }
}
