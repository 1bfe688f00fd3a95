package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.auth.KeystoneSession;
import dev.harmony.connectors.openstack.auth.Token;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.connectors.openstack.http.JsonHttp;
import java.net.URI;
import java.util.Map;

/**
 * The Placement API, where Nova keeps each compute node's capacity and usage from Compute API 2.88 on.
 * A compute node's resource provider has the hypervisor's UUID.
 */
public final class PlacementApi {
    private final KeystoneSession keystone;
    private final JsonHttp http;
    private final String iface;
    private final String region;

    public PlacementApi(KeystoneSession keystone, JsonHttp http, String iface, String region) {
        this.keystone = keystone;
        this.http = http;
        this.iface = iface;
        this.region = region;
    }

    /** Capacity and usage of one resource provider (a hypervisor's UUID). */
    public HostResources resources(String providerUuid, int runningVms) {
        JsonNode inventories = get("reading the inventories of resource provider " + providerUuid,
                "/resource_providers/" + providerUuid + "/inventories");
        JsonNode usages = get("reading the usages of resource provider " + providerUuid,
                "/resource_providers/" + providerUuid + "/usages");
        return HostResources.fromPlacement(inventories, usages, runningVms);
    }

    private JsonNode get(String doing, String path) {
        URI url = URI.create(keystone.catalog().require("placement", iface, region).toString().replaceAll("/+$", "") + path);
        Token token = keystone.token();
        try {
            return http.get(doing, url, Map.of("X-Auth-Token", token.value())).body();
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            return http.get(doing, url, Map.of("X-Auth-Token", keystone.renewAfterRefusal(token).value())).body();
        }
    }
}
