package dev.harmony.connectors.openstack.inventory;

import java.util.Objects;

/**
 * What the inventory needs that OpenStack does not say.
 *
 * @param region          the region, used as the pools' datacenter
 * @param nominalCoreMhz  MHz per core or vCPU (Nova reports no clock speed; capacities in MHz are cores × this)
 * @param networkMbps     each host's uplink in Mbit/s (Nova does not report it)
 */
public record InventorySettings(String region, long nominalCoreMhz, long networkMbps) {
    public InventorySettings {
        Objects.requireNonNull(region, "region");
        if (nominalCoreMhz <= 0) {
            throw new IllegalArgumentException("nominalCoreMhz must be positive, was " + nominalCoreMhz);
        }
        if (networkMbps < 0) {
            throw new IllegalArgumentException("networkMbps must not be negative, was " + networkMbps);
        }
    }
}
