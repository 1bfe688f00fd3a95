/** Nova and Placement calls, microversion ladders, and the records parsed from their answers. */
package dev.harmony.connectors.openstack.compute;
