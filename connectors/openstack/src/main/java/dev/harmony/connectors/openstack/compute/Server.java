package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One server of {@code servers/detail?all_tenants=1}.
 *
 * @param id               UUID
 * @param name             display name
 * @param status           e.g. {@code ACTIVE}, {@code MIGRATING}, {@code ERROR}
 * @param taskState        e.g. {@code migrating}; empty when none
 * @param host             the compute service host it runs on; empty when unscheduled or the caller is no admin
 * @param availabilityZone its availability zone
 * @param projectId        its project
 * @param flavor           its flavor as embedded (2.47+) or as an id to resolve (before)
 * @param imageId          its image, empty when booted from a volume
 * @param metadata         its metadata
 * @param tags             its tags (2.26+)
 */
public record Server(String id, String name, String status, String taskState, String host, String availabilityZone,
        String projectId, Flavor flavor, String imageId, Map<String, String> metadata, Set<String> tags) {

    /**
     * A flavor: embedded in the server from microversion 2.47, only its id before.
     *
     * @param id     flavor id; empty when embedded (2.47+ does not give it)
     * @param name   name ({@code original_name} when embedded)
     * @param vcpus  vCPUs, 0 when not known yet
     * @param ramMb  memory in MB, 0 when not known yet
     * @param diskGb root disk in GB
     */
    public record Flavor(String id, String name, int vcpus, long ramMb, long diskGb) {
        public boolean known() {
            return vcpus > 0 && ramMb > 0;
        }

        /** Parses a flavor of {@code flavors/detail}. */
        public static Flavor parse(JsonNode f) {
            return new Flavor(f.path("id").asText(""), f.path("name").asText(""), f.path("vcpus").asInt(),
                    f.path("ram").asLong(), f.path("disk").asLong());
        }
    }

    /** Parses one element of {@code servers} at microversion {@code mv}. */
    public static Server parse(JsonNode s, Microversion mv) {
        JsonNode f = s.path("flavor");
        Flavor flavor = f.has("vcpus")
                ? new Flavor("", f.path("original_name").asText(""), f.path("vcpus").asInt(), f.path("ram").asLong(), f.path("disk").asLong())
                : new Flavor(f.path("id").asText(""), "", 0, 0, 0);
        Map<String, String> metadata = new TreeMap<>();
        s.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        Set<String> tags = new TreeSet<>();
        s.path("tags").forEach(t -> tags.add(t.asText()));
        JsonNode image = s.path("image");
        return new Server(s.path("id").asText(), s.path("name").asText(""), s.path("status").asText(""),
                text(s.path("OS-EXT-STS:task_state")), text(s.path("OS-EXT-SRV-ATTR:host")),
                text(s.path("OS-EXT-AZ:availability_zone")), s.path("tenant_id").asText(""), flavor,
                image.isObject() ? image.path("id").asText("") : "", Map.copyOf(metadata), Set.copyOf(tags));
    }

    /** The same server with its flavor resolved. */
    public Server withFlavor(Flavor resolved) {
        return new Server(id, name, status, taskState, host, availabilityZone, projectId, resolved, imageId, metadata, tags);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
