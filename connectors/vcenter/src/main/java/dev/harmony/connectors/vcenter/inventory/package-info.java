/** Reads datacenters, clusters, hosts, VMs and DRS rules with the property collector and maps them to engine records. */
package dev.harmony.connectors.vcenter.inventory;
