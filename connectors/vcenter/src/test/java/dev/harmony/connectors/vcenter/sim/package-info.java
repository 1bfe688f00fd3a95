/** Runs the project's govmomi vCenter simulator for the connector's tests: build once, start, stop, restart. */
package dev.harmony.connectors.vcenter.sim;
