package dev.harmony.engine.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harmony.engine.affinity.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario file (JSON, schema {@code harmony.scenario/1}, {@code docs/scenarios.md}). Every problem
 * is a {@link ScenarioException} naming the file and the field; unknown fields are refused, so a misspelt
 * one does not silently change the question.
 */
public final class ScenarioReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a file; the exception names it as given. */
    public Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), "", "cannot read the file: " + e.getMessage());
        }
        try {
            return parse(text);
        } catch (ScenarioException e) {
            throw e.inFile(file.toString());
        }
    }

    /** Parses scenario JSON; a problem's exception names no file. */
    public Scenario parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("", "", "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        ScenarioFields top = new ScenarioFields(root, "");
        top.onlyKnown(Set.of("schema", "name", "description", "baseline", "changes", "migrations"));
        String schema = top.text("schema");
        if (!schema.equals(Scenario.SCHEMA)) {
            throw top.error("schema", "must be " + Scenario.SCHEMA + ", was '" + schema + "'");
        }
        List<ScenarioChange> changes = new ArrayList<>();
        List<JsonNode> changeNodes = top.array("changes");
        for (int i = 0; i < changeNodes.size(); i++) {
            changes.add(change(new ScenarioFields(changeNodes.get(i), "changes[" + i + "]")));
        }
        List<ScenarioMigration> migrations = new ArrayList<>();
        List<JsonNode> migrationNodes = top.array("migrations");
        for (int i = 0; i < migrationNodes.size(); i++) {
            ScenarioFields m = new ScenarioFields(migrationNodes.get(i), "migrations[" + i + "]");
            m.onlyKnown(Set.of("vm", "to", "at"));
            migrations.add(new ScenarioMigration(m.text("vm"), m.text("to"),
                    m.instant("at").orElseThrow(() -> m.error("at", "is required"))));
        }
        return new Scenario(top.text("name"), top.optionalText("description").orElse(""), baseline(top.object("baseline")),
                changes, migrations);
    }

    private static ScenarioBaseline baseline(ScenarioFields b) {
        b.onlyKnown(Set.of("lab", "start", "horizon", "demand", "history", "health_every"));
        String mode = b.optionalText("demand").orElse("forecast");
        DemandMode demand = switch (mode) {
            case "forecast" -> DemandMode.FORECAST;
            case "replay" -> DemandMode.REPLAY;
            default -> throw b.error("demand", "must be 'forecast' or 'replay', was '" + mode + "'");
        };
        return new ScenarioBaseline(b.text("lab"), b.instant("start"), b.duration("horizon", Duration.ofDays(7)), demand,
                b.duration("history", Duration.ofDays(21)), b.duration("health_every", Duration.ofDays(1)));
    }

    private static ScenarioChange change(ScenarioFields c) {
        String type = c.text("type");
        return switch (type) {
            case "add_hosts" -> {
                c.onlyKnown(Set.of("type", "count", "name_prefix", "cpu_cores", "cpu_mhz", "memory_mib", "network_mbps", "zone"));
                yield new ScenarioChange.AddHosts((int) c.integer("count", 1, 1000), c.optionalText("name_prefix").orElse("new-host-"),
                        (int) c.integer("cpu_cores", 1, 4096), c.integer("cpu_mhz", 1, Long.MAX_VALUE / 4),
                        c.integer("memory_mib", 1, Long.MAX_VALUE / 4),
                        (long) c.numberOr("network_mbps", 25_000, 1, 1e7), c.optionalText("zone").orElse("az-1"));
            }
            case "remove_hosts" -> {
                c.onlyKnown(Set.of("type", "hosts"));
                yield new ScenarioChange.RemoveHosts(c.texts("hosts"));
            }
            case "maintenance" -> {
                c.onlyKnown(Set.of("type", "hosts", "from", "until"));
                yield new ScenarioChange.Maintenance(c.texts("hosts"), c.instant("from"), c.instant("until"));
            }
            case "scale_demand" -> {
                c.onlyKnown(Set.of("type", "percent", "group", "resources"));
                yield new ScenarioChange.ScaleDemand(c.number("percent", -100, 10_000), group(c), resources(c));
            }
            case "add_vms" -> {
                c.onlyKnown(Set.of("type", "count", "name_prefix", "vcpus", "cpu_mhz", "memory_mib", "like_vm", "cpu_demand_mhz",
                        "memory_demand_mib", "host", "application"));
                VmTemplate template = new VmTemplate((int) c.integer("vcpus", 1, 4096), c.integer("cpu_mhz", 0, Long.MAX_VALUE / 4),
                        c.integer("memory_mib", 1, Long.MAX_VALUE / 4), c.optionalText("like_vm"),
                        c.numberOr("cpu_demand_mhz", 0, 0, 1e12), c.numberOr("memory_demand_mib", 0, 0, 1e12));
                yield new ScenarioChange.AddVms((int) c.integer("count", 1, 10_000), c.optionalText("name_prefix").orElse("new-vm-"),
                        template, c.optionalText("host"), c.optionalText("application").orElse(""));
            }
            case "migration_threshold" -> {
                c.onlyKnown(Set.of("type", "threshold", "enabled"));
                boolean enabled = c.flag("enabled", true);
                double threshold = enabled ? c.number("threshold", 0.05, 1) : c.numberOr("threshold", 0.8, 0.05, 1);
                yield new ScenarioChange.MigrationThreshold(threshold, enabled);
            }
            default -> throw c.error("type", "unknown change '" + type
                    + "'; expected add_hosts, remove_hosts, maintenance, scale_demand, add_vms or migration_threshold");
        };
    }

    private static VmGroup group(ScenarioFields c) {
        JsonNode g = c.raw("group");
        if (g == null || g.isNull() || g.isTextual() && g.asText().equals("all")) {
            return VmGroup.everyVm();
        }
        ScenarioFields f = c.object("group");
        f.onlyKnown(Set.of("application", "tag", "vms"));
        int given = (f.has("application") ? 1 : 0) + (f.has("tag") ? 1 : 0) + (f.has("vms") ? 1 : 0);
        if (given != 1) {
            throw c.error("group", "must be \"all\" or an object with exactly one of application, tag, vms");
        }
        return new VmGroup(false, f.optionalText("application"), f.optionalText("tag"), f.has("vms") ? f.texts("vms") : List.of());
    }

    private static Set<Resource> resources(ScenarioFields c) {
        if (!c.has("resources")) {
            return EnumSet.allOf(Resource.class);
        }
        Set<Resource> out = EnumSet.noneOf(Resource.class);
        List<String> names = c.texts("resources");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Resource> r = EnumSet.allOf(Resource.class).stream().filter(x -> x.key().equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst();
            out.add(r.orElseThrow(() -> c.error("resources", "unknown resource '" + name + "'; expected cpu, memory, disk or network")));
        }
        return out;
    }
}
