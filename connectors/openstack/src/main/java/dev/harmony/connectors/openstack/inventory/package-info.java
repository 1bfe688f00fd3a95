/** Nova's hypervisors, servers, zones, aggregates and server groups as the engine's inventory and constraints. */
package dev.harmony.connectors.openstack.inventory;
