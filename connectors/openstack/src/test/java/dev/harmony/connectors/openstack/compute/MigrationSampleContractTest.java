package dev.harmony.connectors.openstack.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nova's {@code os-migrations} samples and the {@code os-migrateLive} request samples, per microversion. */
class MigrationSampleContractTest {

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "2.23", "2.59", "2.80"})
    void migrationRecordsAreReadAtEveryStep(String version) {
        Microversion mv = Microversion.of(version);
        JsonNode list = ApiSamples.read("os-migrations", mv, "migrations-get.json").path("migrations");
        assertThat(list.size()).isPositive();
        for (JsonNode sample : list) {
            Migration m = Migration.parse(sample, mv);

            assertThat(m.id()).isEqualTo(sample.path("id").asLong()).isPositive();
            assertThat(m.serverId()).isEqualTo(sample.path("instance_uuid").asText()).hasSize(36);
            assertThat(m.status()).isEqualTo(sample.path("status").asText()).isNotBlank();
            assertThat(m.sourceHost()).isEqualTo(sample.path("source_compute").asText());
            assertThat(m.destHost()).isEqualTo(sample.path("dest_compute").asText());
            assertThat(m.type()).isEqualTo(mv.atLeast("2.23") ? sample.path("migration_type").asText() : "");
            assertThat(m.uuid()).isEqualTo(mv.atLeast("2.59") ? sample.path("uuid").asText() : "");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "2.25", "2.30", "2.68"})
    void theLiveMigrateBodyMatchesNovasSample(String version) {
        Microversion mv = Microversion.of(version);
        JsonNode sample = ApiSamples.read("os-migrate-server", mv, "live-migrate-server.json").deepCopy();
        // From 2.30 to 2.67 the sample spells out "force": false, which is Nova's default; Harmony never forces.
        JsonNode force = ((com.fasterxml.jackson.databind.node.ObjectNode) sample.path("os-migrateLive")).remove("force");
        assertThat(force == null || !force.asBoolean()).isTrue();
        Microversion spoken = Microversion.newestWithin(Ladders.LIVE_MIGRATE, Microversion.BASE, mv);

        JsonNode ours = LiveMigrateRequest.body(new ObjectMapper(), spoken, sample.path("os-migrateLive").path("host").asText());

        assertThat(ours).isEqualTo(sample);
    }
}
