package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads one of Nova's API samples bundled under {@code src/test/resources/nova-api-samples}. */
public final class ApiSamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiSamples() {
    }

    /** @param path e.g. {@code os-hypervisors/v2.88/hypervisors-detail-resp.json} */
    public static JsonNode read(String path) {
        try (InputStream in = ApiSamples.class.getResourceAsStream("/nova-api-samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled Nova API sample " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample for a microversion: the base folder for 2.1, {@code v2.NN/} otherwise. */
    public static JsonNode read(String dir, Microversion mv, String file) {
        return read(dir + "/" + (mv.equals(Microversion.BASE) ? "" : "v" + mv + "/") + file);
    }
}
