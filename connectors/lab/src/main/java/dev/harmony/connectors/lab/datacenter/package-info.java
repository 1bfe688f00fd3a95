/**
 * Turns a lab dataset into a datacenter: host sizing, zones, inferred application groups, placement
 * rules, synthetic guest metadata and a seeded initial placement that respects capacity.
 */
package dev.harmony.connectors.lab.datacenter;
