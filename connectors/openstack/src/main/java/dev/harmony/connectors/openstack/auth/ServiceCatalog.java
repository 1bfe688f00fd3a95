package dev.harmony.connectors.openstack.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.engine.connector.ConnectorException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints Keystone lists in a token: one per service type, interface and region.
 *
 * @param endpoints every endpoint of the catalog
 */
public record ServiceCatalog(List<Endpoint> endpoints) {

    /**
     * @param type      service type, e.g. {@code compute}, {@code placement}, {@code metric}
     * @param iface     {@code public}, {@code internal} or {@code admin}
     * @param region    region id
     * @param url       the endpoint's URL
     */
    public record Endpoint(String type, String iface, String region, URI url) {
    }

    public ServiceCatalog {
        endpoints = List.copyOf(endpoints);
    }

    /** Reads {@code token.catalog} of a Keystone v3 token. */
    public static ServiceCatalog parse(JsonNode catalog) {
        List<Endpoint> all = new ArrayList<>();
        for (JsonNode service : catalog) {
            for (JsonNode e : service.path("endpoints")) {
                String region = e.path("region_id").asText(e.path("region").asText(""));
                all.add(new Endpoint(service.path("type").asText(), e.path("interface").asText(), region,
                        URI.create(e.path("url").asText())));
            }
        }
        return new ServiceCatalog(all);
    }

    /** The endpoint of a service type on an interface, in the region when one is given (blank: any). */
    public Optional<URI> find(String type, String iface, String region) {
        return endpoints.stream().filter(e -> e.type().equals(type) && e.iface().equals(iface))
                .filter(e -> region == null || region.isBlank() || e.region().equals(region))
                .map(Endpoint::url).findFirst();
    }

    /** Like {@link #find}, failing with a message that lists what the catalog does hold. */
    public URI require(String type, String iface, String region) {
        return find(type, iface, region).orElseThrow(() -> new ConnectorException("Keystone's service catalog has no "
                + iface + " endpoint of type '" + type + "'" + (region == null || region.isBlank() ? "" : " in region " + region)
                + "; it lists: " + endpoints.stream().map(e -> e.type() + "/" + e.iface() + "/" + e.region()).distinct().sorted().toList()));
    }
}
