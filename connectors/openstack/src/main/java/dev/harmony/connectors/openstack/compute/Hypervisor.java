package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Optional;

/**
 * One hypervisor of {@code os-hypervisors/detail}.
 *
 * @param id          integer id up to microversion 2.52, the compute node's UUID from 2.53
 * @param hostname    the hypervisor's host name
 * @param serviceHost the nova-compute service's host: the name live migration targets
 * @param state       {@code up} or {@code down}
 * @param status      {@code enabled} or {@code disabled}
 * @param disabledReason why the service is disabled, empty otherwise
 * @param type        hypervisor type, e.g. {@code QEMU}, {@code fake}
 * @param cpuInfo     CPU description as an object (a JSON string up to 2.27 is parsed); missing from 2.88
 * @param resources   capacity and usage where the answer holds them (up to 2.87)
 */
public record Hypervisor(String id, String hostname, String serviceHost, String state, String status, String disabledReason,
        String type, JsonNode cpuInfo, Optional<HostResources> resources) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses one element of {@code hypervisors} as answered at microversion {@code mv}. */
    public static Hypervisor parse(JsonNode h, Microversion mv) {
        JsonNode service = h.path("service");
        JsonNode cpu = h.path("cpu_info");
        if (cpu.isTextual()) {
            try {
                cpu = JSON.readTree(cpu.asText());
            } catch (IOException e) {
                cpu = MissingNode.getInstance();
            }
        }
        Optional<HostResources> resources = mv.atLeast("2.88") || !h.has("vcpus")
                ? Optional.empty() : Optional.of(HostResources.fromHypervisor(h));
        String disabled = service.path("disabled_reason").isNull() ? "" : service.path("disabled_reason").asText("");
        return new Hypervisor(h.path("id").asText(), h.path("hypervisor_hostname").asText(),
                service.path("host").asText(h.path("hypervisor_hostname").asText()), h.path("state").asText("up"),
                h.path("status").asText("enabled"), disabled, h.path("hypervisor_type").asText(""), cpu, resources);
    }

    /** The same hypervisor with capacity and usage from elsewhere (Placement, from 2.88). */
    public Hypervisor withResources(HostResources r) {
        return new Hypervisor(id, hostname, serviceHost, state, status, disabledReason, type, cpuInfo, Optional.of(r));
    }

    public boolean usable() {
        return "up".equals(state) && "enabled".equals(status);
    }
}
