package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code os-availability-zone/detail}: the zone of each compute host. */
public final class AvailabilityZones {
    private AvailabilityZones() {
    }

    /** Compute host → zone name, for hosts that run {@code nova-compute}. */
    public static Map<String, String> zoneByComputeHost(JsonNode detail) {
        Map<String, String> zones = new TreeMap<>();
        for (JsonNode zone : detail.path("availabilityZoneInfo")) {
            String name = zone.path("zoneName").asText();
            zone.path("hosts").fields().forEachRemaining(host -> {
                if (host.getValue().has("nova-compute")) {
                    zones.put(host.getKey(), name);
                }
            });
        }
        return zones;
    }
}
