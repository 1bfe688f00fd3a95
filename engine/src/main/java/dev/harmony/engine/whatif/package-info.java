/**
 * What-if scenarios: a file that changes a baseline pool (hosts added, removed or in maintenance, demand
 * scaled, VMs added from a template, the migration threshold changed, migrations timed), checked as a
 * whole before anything is applied, run through the one simulator, and compared with another on the same
 * horizon. {@code docs/scenarios.md} documents the file.
 */
package dev.harmony.engine.whatif;
