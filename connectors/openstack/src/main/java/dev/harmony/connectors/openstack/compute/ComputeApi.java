package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.auth.KeystoneSession;
import dev.harmony.connectors.openstack.auth.Token;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.connectors.openstack.http.ApiResponse;
import dev.harmony.connectors.openstack.http.JsonHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nova's Compute API through the catalog's endpoint: the microversion range is read once from the
 * endpoint's version document, each call names the microversion it speaks, lists are followed
 * page by page, and a refused token is renewed once before the call is retried.
 */
public final class ComputeApi {
    private final KeystoneSession keystone;
    private final JsonHttp http;
    private final String iface;
    private final String region;
    private final Microversion ceiling;
    private Microversion min;
    private Microversion max;

    /**
     * @param iface   catalog interface ({@code public}, {@code internal}, {@code admin})
     * @param region  region id, blank for the first compute endpoint
     * @param ceiling the newest microversion Harmony may use (lower it to pin an older behaviour)
     */
    public ComputeApi(KeystoneSession keystone, JsonHttp http, String iface, String region, Microversion ceiling) {
        this.keystone = keystone;
        this.http = http;
        this.iface = iface;
        this.region = region;
        this.ceiling = ceiling;
    }

    public JsonHttp http() {
        return http;
    }

    public URI endpoint() {
        return trimmed(keystone.catalog().require("compute", iface, region));
    }

    /** Host and port of the Compute endpoint, for names and messages. */
    public String authority() {
        return endpoint().getAuthority();
    }

    /** The newest microversion of the ladder that both the cloud and Harmony's ceiling allow. */
    public synchronized Microversion use(List<Microversion> ladder) {
        if (max == null) {
            JsonNode version = call("reading the Compute API version", "GET", endpoint().toString() + "/", null, null)
                    .body().path("version");
            String top = version.path("version").asText("");
            min = top.isEmpty() ? Microversion.BASE : Microversion.of(version.path("min_version").asText("2.1"));
            max = top.isEmpty() ? Microversion.BASE : Microversion.of(top);
        }
        return Microversion.newestWithin(ladder, min, max.compareTo(ceiling) < 0 ? max : ceiling);
    }

    /** The newest microversion the cloud offers (before Harmony's ceiling). */
    public synchronized Microversion cloudMaximum() {
        use(Ladders.SERVERS);
        return max;
    }

    public ApiResponse get(String doing, String path, Microversion mv) {
        return call(doing, "GET", endpoint() + path, null, mv);
    }

    public ApiResponse post(String doing, String path, JsonNode body, Microversion mv) {
        return call(doing, "POST", endpoint() + path, body, mv);
    }

    public ApiResponse delete(String doing, String path, Microversion mv) {
        return call(doing, "DELETE", endpoint() + path, null, mv);
    }

    /** Every item of a list, following the {@code <key>_links} "next" pages. */
    public List<JsonNode> list(String doing, String path, String key, Microversion mv) {
        List<JsonNode> all = new ArrayList<>();
        String next = path;
        String base = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (int page = 0; next != null; page++) {
            if (page > 10_000) {
                throw new ApiException(doing + ": more than 10,000 pages; giving up", 0, "paging does not end");
            }
            JsonNode body = get(doing, next, mv).body();
            body.path(key).forEach(all::add);
            next = null;
            for (JsonNode link : body.path(key + "_links")) {
                if ("next".equals(link.path("rel").asText())) {
                    String query = URI.create(link.path("href").asText()).getRawQuery();
                    next = query == null ? null : base + "?" + query;
                }
            }
        }
        return all;
    }

    private ApiResponse call(String doing, String method, String url, JsonNode body, Microversion mv) {
        Token token = keystone.token();
        try {
            return http.send(doing, method, URI.create(url), headers(token, mv), body);
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            return http.send(doing, method, URI.create(url), headers(keystone.renewAfterRefusal(token), mv), body);
        }
    }

    private static Map<String, String> headers(Token token, Microversion mv) {
        if (mv == null) {
            return Map.of("X-Auth-Token", token.value());
        }
        return Map.of("X-Auth-Token", token.value(), "OpenStack-API-Version", "compute " + mv,
                "X-OpenStack-Nova-API-Version", mv.toString());
    }

    /** The endpoint without a trailing slash or a legacy project-id segment. */
    private static URI trimmed(URI url) {
        String s = url.toString().replaceAll("/+$", "");
        s = s.replaceAll("/(v2(\\.1)?)/[0-9a-fA-F]{32}$", "/$1");
        return URI.create(s);
    }
}
