package dev.harmony.connectors.openstack.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nova's {@code servers/detail} samples at 2.1 (flavor by id) and 2.47 (flavor embedded), and the flavor list. */
class ServerSampleContractTest {

    @Test
    void at21TheFlavorIsAnIdToResolve() {
        JsonNode sample = ApiSamples.read("servers/servers-details-resp.json").path("servers").get(0);

        Server s = Server.parse(sample, Microversion.BASE);

        assertThat(s.flavor().known()).isFalse();
        assertThat(s.flavor().id()).isEqualTo(sample.path("flavor").path("id").asText()).isNotBlank();
        assertThat(s.id()).isEqualTo(sample.path("id").asText());
        assertThat(s.status()).isEqualTo("ACTIVE");
        assertThat(s.host()).isEqualTo(sample.path("OS-EXT-SRV-ATTR:host").asText()).isNotBlank();
        assertThat(s.availabilityZone()).isEqualTo("us-west");
        assertThat(s.projectId()).isEqualTo(sample.path("tenant_id").asText());
        assertThat(s.imageId()).isEqualTo(sample.path("image").path("id").asText());
        assertThat(s.metadata()).containsEntry("My Server Name", "Apache1");

        Server.Flavor flavor = ApiSamples.read("flavors/flavors-detail-resp.json").path("flavors").findValues("id").stream()
                .filter(id -> id.asText().equals(s.flavor().id())).findFirst()
                .map(id -> findFlavor(s.flavor().id())).orElseThrow();
        assertThat(s.withFlavor(flavor).flavor().known()).isTrue();
    }

    private static Server.Flavor findFlavor(String id) {
        for (JsonNode f : ApiSamples.read("flavors/flavors-detail-resp.json").path("flavors")) {
            if (f.path("id").asText().equals(id)) {
                return Server.Flavor.parse(f);
            }
        }
        throw new AssertionError("flavor " + id + " not in the sample");
    }

    @Test
    void from247TheFlavorIsEmbedded() {
        Microversion mv = Microversion.of("2.47");
        List<JsonNode> samples = List.of(ApiSamples.read("servers/v2.47/servers-details-resp.json").path("servers").get(0),
                ApiSamples.read("servers/v2.47/server-get-resp.json").path("server"));
        for (JsonNode sample : samples) {
            Server s = Server.parse(sample, mv);

            assertThat(s.flavor().known()).isTrue();
            assertThat(s.flavor().vcpus()).isEqualTo(sample.path("flavor").path("vcpus").asInt());
            assertThat(s.flavor().ramMb()).isEqualTo(sample.path("flavor").path("ram").asLong());
            assertThat(s.flavor().name()).isEqualTo(sample.path("flavor").path("original_name").asText()).isNotBlank();
            assertThat(s.host()).isNotBlank();
            assertThat(s.availabilityZone()).isNotBlank();
        }
    }
}
