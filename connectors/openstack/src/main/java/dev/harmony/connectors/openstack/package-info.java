/**
 * The OpenStack connector: {@link dev.harmony.connectors.openstack.OpenStackConnector#open} with
 * {@link dev.harmony.connectors.openstack.OpenStackOptions}. See docs/openstack.md and docs/decisions/0012.
 */
package dev.harmony.connectors.openstack;
