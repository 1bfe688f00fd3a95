package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A host aggregate.
 *
 * @param id               integer id (as text)
 * @param uuid             UUID (2.41+), empty before
 * @param name             name
 * @param availabilityZone the zone it exposes, empty when none
 * @param hosts            its compute hosts
 */
public record Aggregate(String id, String uuid, String name, String availabilityZone, List<String> hosts) {
    public Aggregate {
        hosts = List.copyOf(hosts);
    }

    /** Parses one element of {@code aggregates}. */
    public static Aggregate parse(JsonNode a, Microversion mv) {
        List<String> hosts = new ArrayList<>();
        a.path("hosts").forEach(h -> hosts.add(h.asText()));
        JsonNode zone = a.path("availability_zone");
        return new Aggregate(a.path("id").asText(), a.path("uuid").asText(""), a.path("name").asText(""),
                zone.isNull() || zone.isMissingNode() ? "" : zone.asText(), hosts);
    }
}
