package dev.harmony.connectors.openstack.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nova's {@code os-hypervisors/detail} samples, one per microversion of the hypervisor ladder. */
class HypervisorSampleContractTest {

    @Test
    void theLadderIsExactlyTheMicroversionsWithSamplesHere() {
        assertThat(Ladders.HYPERVISORS).extracting(Microversion::toString).containsExactly("2.1", "2.28", "2.53", "2.88");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "2.28", "2.53"})
    void usageFieldsAreReadUntil287(String version) {
        Microversion mv = Microversion.of(version);
        JsonNode sample = ApiSamples.read("os-hypervisors", mv, "hypervisors-detail-resp.json").path("hypervisors").get(0);
        Hypervisor h = Hypervisor.parse(sample, mv);

        HostResources r = h.resources().orElseThrow();
        assertThat(r.source()).isEqualTo("hypervisor");
        assertThat(r.vcpus()).isEqualTo(sample.path("vcpus").asInt()).isPositive();
        assertThat(r.memoryMb()).isEqualTo(sample.path("memory_mb").asLong()).isPositive();
        assertThat(r.memoryMbUsed()).isEqualTo(sample.path("memory_mb_used").asLong());
        assertThat(r.runningVms()).isEqualTo(sample.path("running_vms").asInt());
        assertThat(h.serviceHost()).isEqualTo(sample.path("service").path("host").asText()).isNotBlank();
        assertThat(h.hostname()).isEqualTo(sample.path("hypervisor_hostname").asText()).isNotBlank();
        assertThat(h.usable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "2.28"})
    void cpuInfoIsAnObjectWhetherSentAsTextOrObject(String version) {
        Microversion mv = Microversion.of(version);
        JsonNode sample = ApiSamples.read("os-hypervisors", mv, "hypervisors-detail-resp.json").path("hypervisors").get(0);
        assertThat(sample.path("cpu_info").isTextual()).isEqualTo(mv.equals(Microversion.BASE));

        Hypervisor h = Hypervisor.parse(sample, mv);

        assertThat(h.cpuInfo().path("arch").asText()).isEqualTo("x86_64");
        assertThat(h.cpuInfo().path("topology").path("sockets").asInt()).isEqualTo(4);
    }

    @Test
    void idsAreIntegersBefore253AndUuidsFromIt() {
        assertThat(Hypervisor.parse(ApiSamples.read("os-hypervisors/v2.28/hypervisors-detail-resp.json").path("hypervisors").get(0),
                Microversion.of("2.28")).id()).matches("\\d+");
        assertThat(Hypervisor.parse(ApiSamples.read("os-hypervisors/v2.53/hypervisors-detail-resp.json").path("hypervisors").get(0),
                Microversion.of("2.53")).id()).matches("[0-9a-f-]{36}");
    }

    @Test
    void from288TheUsageIsLeftToPlacement() {
        JsonNode sample = ApiSamples.read("os-hypervisors/v2.88/hypervisors-detail-resp.json").path("hypervisors").get(0);
        assertThat(sample.has("vcpus")).isFalse();

        Hypervisor h = Hypervisor.parse(sample, Microversion.of("2.88"));

        assertThat(h.resources()).isEmpty();
        assertThat(h.id()).isEqualTo("f6d28711-9c10-470e-8b31-c03f498b0032");
        assertThat(h.serviceHost()).isEqualTo("host2");
        assertThat(h.cpuInfo().isMissingNode()).isTrue();
    }

    @Test
    void placementInventoriesAndUsagesMakeTheResources() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        // The shape Placement answered in the lab (GET /resource_providers/{uuid}/inventories and /usages).
        JsonNode inventories = json.readTree("{\"inventories\": {\"VCPU\": {\"total\": 1000, \"allocation_ratio\": 16.0},"
                + " \"MEMORY_MB\": {\"total\": 800000, \"reserved\": 512}, \"DISK_GB\": {\"total\": 600000}}}");
        JsonNode usages = json.readTree("{\"usages\": {\"VCPU\": 3, \"MEMORY_MB\": 2560, \"DISK_GB\": 21}}");

        HostResources r = HostResources.fromPlacement(inventories, usages, -1);

        assertThat(r).isEqualTo(new HostResources(1000, 800000, 3, 2560, -1, "placement"));
    }
}
