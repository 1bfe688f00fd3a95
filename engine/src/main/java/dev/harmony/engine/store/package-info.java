/**
 * The embedded store: {@link dev.harmony.engine.store.HarmonyStore} opens an H2 database under the
 * user's {@link dev.harmony.engine.store.DataDirectory} (in memory for tests), migrated by Flyway, and
 * hands out one interface per kind of data: datasets, telemetry, inventory snapshots, models and plans.
 */
package dev.harmony.engine.store;
