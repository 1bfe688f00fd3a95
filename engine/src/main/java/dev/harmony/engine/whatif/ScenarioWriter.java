package dev.harmony.engine.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harmony.engine.affinity.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Writes a scenario as the JSON {@link ScenarioReader} reads, every default spelt out, so a saved file re-runs the same. */
public final class ScenarioWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson(Scenario s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", Scenario.SCHEMA);
        root.put("name", s.name());
        root.put("description", s.description());
        ObjectNode b = root.putObject("baseline");
        b.put("lab", s.baseline().lab());
        s.baseline().start().ifPresent(t -> b.put("start", t.toString()));
        b.put("horizon", s.baseline().horizon().toString());
        b.put("demand", s.baseline().demand().name().toLowerCase(java.util.Locale.ROOT));
        b.put("history", s.baseline().history().toString());
        b.put("health_every", s.baseline().healthEvery().toString());
        ArrayNode changes = root.putArray("changes");
        s.changes().forEach(c -> change(changes.addObject(), c));
        ArrayNode migrations = root.putArray("migrations");
        s.migrations().forEach(m -> migrations.addObject().put("vm", m.vm()).put("to", m.to()).put("at", m.at().toString()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write scenario " + s.name(), e);
        }
    }

    public void write(Scenario s, Path file) {
        try {
            Files.writeString(file, toJson(s));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void change(ObjectNode o, ScenarioChange c) {
        if (c instanceof ScenarioChange.AddHosts a) {
            o.put("type", "add_hosts").put("count", a.count()).put("name_prefix", a.namePrefix())
                    .put("cpu_cores", a.cpuCores()).put("cpu_mhz", a.cpuMhz()).put("memory_mib", a.memoryMib())
                    .put("network_mbps", a.networkMbps()).put("zone", a.zone());
        } else if (c instanceof ScenarioChange.RemoveHosts r) {
            o.put("type", "remove_hosts");
            r.hosts().forEach(o.putArray("hosts")::add);
        } else if (c instanceof ScenarioChange.Maintenance m) {
            o.put("type", "maintenance");
            m.hosts().forEach(o.putArray("hosts")::add);
            m.from().ifPresent(t -> o.put("from", t.toString()));
            m.until().ifPresent(t -> o.put("until", t.toString()));
        } else if (c instanceof ScenarioChange.ScaleDemand s) {
            o.put("type", "scale_demand").put("percent", s.percent());
            VmGroup g = s.group();
            if (g.all()) {
                o.put("group", "all");
            } else {
                ObjectNode go = o.putObject("group");
                g.application().ifPresent(a -> go.put("application", a));
                g.tag().ifPresent(t -> go.put("tag", t));
                if (!g.vms().isEmpty()) {
                    g.vms().forEach(go.putArray("vms")::add);
                }
            }
            ArrayNode resources = o.putArray("resources");
            s.resources().stream().sorted(Comparator.naturalOrder()).map(Resource::key).forEach(resources::add);
        } else if (c instanceof ScenarioChange.AddVms a) {
            o.put("type", "add_vms").put("count", a.count()).put("name_prefix", a.namePrefix())
                    .put("vcpus", a.template().vcpus()).put("cpu_mhz", a.template().cpuMhz())
                    .put("memory_mib", a.template().memoryMib());
            a.template().likeVm().ifPresent(v -> o.put("like_vm", v));
            o.put("cpu_demand_mhz", a.template().cpuDemandMhz()).put("memory_demand_mib", a.template().memoryDemandMib());
            a.host().ifPresent(h -> o.put("host", h));
            if (!a.application().isEmpty()) {
                o.put("application", a.application());
            }
        } else if (c instanceof ScenarioChange.MigrationThreshold t) {
            o.put("type", "migration_threshold").put("threshold", t.threshold()).put("enabled", t.enabled());
        }
    }
}
