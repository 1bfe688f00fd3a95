/**
 * The facts Harmony reasons about: pools, hosts, VMs, where each VM runs, telemetry and the
 * placement rules a planner must honour. Every type is an immutable record; units are in the names.
 */
package dev.harmony.engine.model;
