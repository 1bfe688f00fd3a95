package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A server group: its policy and members.
 *
 * @param id             UUID
 * @param name           name
 * @param policy         {@code affinity}, {@code anti-affinity}, {@code soft-affinity} or {@code soft-anti-affinity}
 * @param maxServerPerHost the anti-affinity rule {@code max_server_per_host} (2.64+), 1 when not set
 * @param members        member server UUIDs
 */
public record ServerGroup(String id, String name, String policy, int maxServerPerHost, List<String> members) {
    public ServerGroup {
        members = List.copyOf(members);
    }

    /** Parses one element of {@code server_groups}: {@code policies[0]} before 2.64, {@code policy} and {@code rules} from it. */
    public static ServerGroup parse(JsonNode g, Microversion mv) {
        String policy = g.has("policy") ? g.path("policy").asText() : g.path("policies").path(0).asText("");
        List<String> members = new ArrayList<>();
        g.path("members").forEach(m -> members.add(m.asText()));
        return new ServerGroup(g.path("id").asText(), g.path("name").asText(""), policy,
                g.path("rules").path("max_server_per_host").asInt(1), members);
    }
}
