package dev.harmony.connectors.openstack.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the servers of every project ({@code all_tenants=1}, which needs an admin role) with their
 * flavors: embedded from microversion 2.47, looked up in {@code flavors/detail} before.
 */
public final class ServerReader {
    private final ComputeApi compute;

    public ServerReader(ComputeApi compute) {
        this.compute = compute;
    }

    public List<Server> read() {
        Microversion mv = compute.use(Ladders.SERVERS);
        List<Server> servers = new ArrayList<>();
        for (JsonNode s : compute.list("listing the servers of all projects", "/servers/detail?all_tenants=1", "servers", mv)) {
            servers.add(Server.parse(s, mv));
        }
        if (servers.stream().allMatch(s -> s.flavor().known())) {
            return servers;
        }
        Map<String, Server.Flavor> flavors = new HashMap<>();
        for (JsonNode f : compute.list("listing flavors", "/flavors/detail?is_public=None", "flavors", mv)) {
            Server.Flavor flavor = Server.Flavor.parse(f);
            flavors.put(flavor.id(), flavor);
        }
        return servers.stream().map(s -> s.flavor().known() || !flavors.containsKey(s.flavor().id()) ? s
                : s.withFlavor(flavors.get(s.flavor().id()))).toList();
    }
}
