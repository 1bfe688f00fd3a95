/** Live migration with os-migrateLive, followed through os-migrations to its end. */
package dev.harmony.connectors.openstack.migration;
