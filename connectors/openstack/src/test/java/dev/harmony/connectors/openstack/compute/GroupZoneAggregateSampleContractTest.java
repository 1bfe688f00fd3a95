package dev.harmony.connectors.openstack.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nova's server-group, aggregate and availability-zone samples. */
class GroupZoneAggregateSampleContractTest {

    @Test
    void serverGroupPoliciesAreReadFromTheListBefore264AndFromPolicyFromIt() {
        ServerGroup at21 = ServerGroup.parse(ApiSamples.read("os-server-groups/server-groups-list-resp.json")
                .path("server_groups").get(0), Microversion.BASE);
        ServerGroup at213 = ServerGroup.parse(ApiSamples.read("os-server-groups/v2.13/server-groups-list-resp.json")
                .path("server_groups").get(0), Microversion.of("2.13"));
        ServerGroup at264 = ServerGroup.parse(ApiSamples.read("os-server-groups/v2.64/server-groups-list-resp.json")
                .path("server_groups").get(0), Microversion.of("2.64"));

        assertThat(at21.policy()).isEqualTo("anti-affinity");
        assertThat(at21.maxServerPerHost()).isEqualTo(1);
        assertThat(at213.policy()).isEqualTo("anti-affinity");
        assertThat(at213.name()).isEqualTo("test");
        assertThat(at264.policy()).isEqualTo("anti-affinity");
        assertThat(at264.maxServerPerHost()).isEqualTo(3);
        assertThat(at264.id()).isEqualTo("616fb98f-46ca-475e-917e-2563e5a8cd19");
    }

    @Test
    void aggregatesGiveTheirHostsZoneAndFrom241TheirUuid() {
        JsonNode at21 = ApiSamples.read("os-aggregates/aggregates-list-get-resp.json").path("aggregates").get(0);
        JsonNode at241 = ApiSamples.read("os-aggregates/v2.41/aggregates-list-get-resp.json").path("aggregates").get(0);

        Aggregate a = Aggregate.parse(at21, Microversion.BASE);
        Aggregate b = Aggregate.parse(at241, Microversion.of("2.41"));

        assertThat(a.name()).isEqualTo(at21.path("name").asText());
        assertThat(a.availabilityZone()).isEqualTo(at21.path("availability_zone").asText()).isNotBlank();
        assertThat(a.hosts()).hasSize(at21.path("hosts").size()).isNotEmpty();
        assertThat(a.uuid()).isEmpty();
        assertThat(b.uuid()).isEqualTo(at241.path("uuid").asText()).hasSize(36);
    }

    @Test
    void zoneDetailGivesTheZoneOfEachComputeHostOnly() {
        Map<String, String> zones = AvailabilityZones.zoneByComputeHost(
                ApiSamples.read("os-availability-zone/availability-zone-detail-resp.json"));

        assertThat(zones).containsExactly(Map.entry("compute", "nova"));
    }
}
