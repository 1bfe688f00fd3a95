package dev.harmony.viz.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.whatif.ScenarioChange;
import dev.harmony.engine.whatif.VmGroup;
import dev.harmony.engine.whatif.VmTemplate;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One change of a scenario as an editable form: its fields, a one-line summary for the list, and checks. */
public final class ChangeForm {
    private final ChangeKind kind;
    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");

    public ChangeForm(ChangeKind kind) {
        this.kind = kind;
        kind.fields().forEach(s -> fields.put(s.key(), s.create()));
        fields.values().forEach(f -> f.textProperty().addListener((obs, old, now) -> {
            error.set("");
            refreshSummary();
        }));
        fields.values().forEach(f -> f.errorProperty().addListener((obs, old, now) -> refreshInvalid()));
        error.addListener((obs, old, now) -> refreshInvalid());
        refreshSummary();
    }

    public ChangeKind kind() {
        return kind;
    }

    /** The fields in form order. */
    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    /** The field with this file name, e.g. {@code hosts}. */
    public FormField field(String key) {
        FormField f = fields.get(key);
        if (f == null) {
            throw new IllegalArgumentException(kind + " has no field " + key + "; it has " + fields.keySet());
        }
        return f;
    }

    /** One line for the list of changes, e.g. {@code Maintenance: host-03, start → end}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A problem with the change as a whole (one no single field explains), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether a field or the change as a whole is marked wrong. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    private void refreshInvalid() {
        invalid.set(!error.get().isEmpty() || fields.values().stream().anyMatch(f -> !f.error().isEmpty()));
    }

    /**
     * Marks the field an engine error names, e.g. {@code hosts[0]} or {@code group.application}; the change as
     * a whole when no field matches.
     */
    void markEngineError(String path, String problem) {
        String first = path.split("[.\\[]", 2)[0];
        String key = first.equals("group") ? (path.contains("application") || path.contains("tag") || path.contains("vms")
                ? "group_value" : "group") : first;
        if (fields.containsKey(key)) {
            fields.get(key).setError(problem);
        } else {
            error.set(problem);
        }
    }

    /** The change, or null with the wrong fields marked. */
    ScenarioChange build(FormReader r, PoolNames pool) {
        return switch (kind) {
            case ADD_HOSTS -> new ScenarioChange.AddHosts((int) r.whole(field("count"), 1, 1000), r.text(field("name_prefix")),
                    (int) r.whole(field("cpu_cores"), 1, 4096), r.whole(field("cpu_mhz"), 1, Long.MAX_VALUE / 4),
                    r.whole(field("memory_mib"), 1, Long.MAX_VALUE / 4), r.whole(field("network_mbps"), 1, 10_000_000),
                    r.text(field("zone")));
            case REMOVE_HOSTS -> new ScenarioChange.RemoveHosts(hosts(r, pool));
            case MAINTENANCE -> maintenance(r, pool);
            case SCALE_DEMAND -> new ScenarioChange.ScaleDemand(r.number(field("percent"), -100, 10_000), group(r, pool),
                    resources(r));
            case ADD_VMS -> addVms(r, pool);
            case MIGRATION_THRESHOLD -> new ScenarioChange.MigrationThreshold(r.number(field("threshold"), 0.05, 1),
                    !field("enabled").text().equals("off"));
        };
    }

    private List<String> hosts(FormReader r, PoolNames pool) {
        FormField f = field("hosts");
        List<String> hosts = r.names(f);
        hosts.forEach(h -> PoolNames.check(r, f, h, pool.hosts(), "host"));
        return hosts;
    }

    private ScenarioChange maintenance(FormReader r, PoolNames pool) {
        List<String> hosts = hosts(r, pool);
        Optional<Instant> from = r.instant(field("from"));
        Optional<Instant> until = r.instant(field("until"));
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            r.fail(field("until"), "must be after From (" + from.get() + "), was " + until.get());
        }
        return new ScenarioChange.Maintenance(hosts, from, until);
    }

    private VmGroup group(FormReader r, PoolNames pool) {
        String by = field("group").text();
        FormField value = field("group_value");
        if (by.equals("all") || by.isEmpty()) {
            return VmGroup.everyVm();
        }
        if (by.equals("vms")) {
            List<String> vms = r.names(value);
            vms.forEach(v -> PoolNames.check(r, value, v, pool.vms(), "VM"));
            return vms.isEmpty() ? VmGroup.everyVm() : new VmGroup(false, Optional.empty(), Optional.empty(), vms);
        }
        String name = r.text(value);
        if (name.isEmpty()) {
            return VmGroup.everyVm();
        }
        return by.equals("application") ? new VmGroup(false, Optional.of(name), Optional.empty(), List.of())
                : new VmGroup(false, Optional.empty(), Optional.of(name), List.of());
    }

    private Set<Resource> resources(FormReader r) {
        FormField f = field("resources");
        Set<Resource> out = EnumSet.noneOf(Resource.class);
        for (String name : FormReader.split(f.text())) {
            Optional<Resource> res = Arrays.stream(Resource.values()).filter(x -> x.key().equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst();
            res.ifPresentOrElse(out::add, () -> r.fail(f, "unknown resource '" + name + "'; expected cpu, memory, disk or network"));
        }
        return out.isEmpty() ? EnumSet.allOf(Resource.class) : out;
    }

    private ScenarioChange addVms(FormReader r, PoolNames pool) {
        Optional<String> like = r.optionalText(field("like_vm"));
        like.ifPresent(v -> PoolNames.check(r, field("like_vm"), v, pool.vms(), "VM"));
        Optional<String> host = r.optionalText(field("host"));
        host.ifPresent(h -> PoolNames.check(r, field("host"), h, pool.hosts(), "host"));
        VmTemplate template = new VmTemplate((int) r.whole(field("vcpus"), 1, 4096), r.whole(field("cpu_mhz"), 0, Long.MAX_VALUE / 4),
                r.whole(field("memory_mib"), 1, Long.MAX_VALUE / 4), like,
                like.isPresent() ? 0 : r.number(field("cpu_demand_mhz"), 0, 1e12),
                like.isPresent() ? 0 : r.number(field("memory_demand_mib"), 0, 1e12));
        return new ScenarioChange.AddVms((int) r.whole(field("count"), 1, 10_000), r.text(field("name_prefix")), template, host,
                field("application").text());
    }

    /** A form holding a change read from a file. */
    static ChangeForm of(ScenarioChange change) {
        return ChangeFormFill.fill(change);
    }

    private void refreshSummary() {
        summary.set(kind.label() + ": " + ChangeFormFill.describe(this));
    }
}
