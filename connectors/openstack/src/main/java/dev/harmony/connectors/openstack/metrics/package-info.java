/** Server telemetry from Prometheus (PromQL, libvirt-exporter names) or Gnocchi. */
package dev.harmony.connectors.openstack.metrics;
