/**
 * The embedded store: an H2 database under the user's data directory (in memory for tests),
 * migrated by Flyway, holding telemetry, inventory snapshots, trained models, plans, approvals and the audit log.
 */
package dev.harmony.engine.store;
