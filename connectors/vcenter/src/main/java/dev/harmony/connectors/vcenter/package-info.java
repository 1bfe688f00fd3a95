/**
 * Harmony's vCenter connector: reads inventory, DRS rules and performance counters from a vCenter
 * through yavijava and moves VMs with vMotion, behind the engine's connector SPI.
 */
package dev.harmony.connectors.vcenter;
