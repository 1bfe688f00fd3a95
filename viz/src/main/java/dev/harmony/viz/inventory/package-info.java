/** The inventory tree: pool → hosts → VMs, with search. */
package dev.harmony.viz.inventory;
