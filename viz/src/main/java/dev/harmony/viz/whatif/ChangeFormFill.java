package dev.harmony.viz.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.whatif.ScenarioChange;
import dev.harmony.engine.whatif.VmGroup;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Fills a form from a change read from a file, and says in one line what a form's change does. */
final class ChangeFormFill {
    private ChangeFormFill() {
    }

    static ChangeForm fill(ScenarioChange change) {
        if (change instanceof ScenarioChange.AddHosts a) {
            return set(new ChangeForm(ChangeKind.ADD_HOSTS), "count", a.count(), "name_prefix", a.namePrefix(),
                    "cpu_cores", a.cpuCores(), "cpu_mhz", a.cpuMhz(), "memory_mib", a.memoryMib(),
                    "network_mbps", a.networkMbps(), "zone", a.zone());
        } else if (change instanceof ScenarioChange.RemoveHosts r) {
            return set(new ChangeForm(ChangeKind.REMOVE_HOSTS), "hosts", String.join(", ", r.hosts()));
        } else if (change instanceof ScenarioChange.Maintenance m) {
            return set(new ChangeForm(ChangeKind.MAINTENANCE), "hosts", String.join(", ", m.hosts()),
                    "from", m.from().map(Object::toString).orElse(""), "until", m.until().map(Object::toString).orElse(""));
        } else if (change instanceof ScenarioChange.ScaleDemand s) {
            VmGroup g = s.group();
            String by = g.all() ? "all" : g.application().isPresent() ? "application" : g.tag().isPresent() ? "tag" : "vms";
            String value = g.application().or(g::tag).orElse(String.join(", ", g.vms()));
            boolean all = s.resources().size() == Resource.values().length;
            return set(new ChangeForm(ChangeKind.SCALE_DEMAND), "percent", FormReader.fmt(s.percent()), "group", by,
                    "group_value", value, "resources", all ? "" : s.resources().stream().sorted(Comparator.naturalOrder())
                            .map(Resource::key).collect(Collectors.joining(", ")));
        } else if (change instanceof ScenarioChange.AddVms a) {
            var t = a.template();
            return set(new ChangeForm(ChangeKind.ADD_VMS), "count", a.count(), "name_prefix", a.namePrefix(), "vcpus", t.vcpus(),
                    "cpu_mhz", t.cpuMhz(), "memory_mib", t.memoryMib(), "like_vm", t.likeVm().orElse(""),
                    "cpu_demand_mhz", FormReader.fmt(t.cpuDemandMhz()), "memory_demand_mib", FormReader.fmt(t.memoryDemandMib()),
                    "host", a.host().orElse(""), "application", a.application());
        } else if (change instanceof ScenarioChange.MigrationThreshold t) {
            return set(new ChangeForm(ChangeKind.MIGRATION_THRESHOLD), "threshold", FormReader.fmt(t.threshold()),
                    "enabled", t.enabled() ? "on" : "off");
        }
        throw new IllegalArgumentException("no form for " + change);
    }

    private static ChangeForm set(ChangeForm form, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            form.field((String) keyValues[i]).setText(String.valueOf(keyValues[i + 1]));
        }
        return form;
    }

    static String describe(ChangeForm f) {
        return switch (f.kind()) {
            case ADD_HOSTS -> t(f, "count") + " × " + t(f, "cpu_cores") + " cores, " + t(f, "memory_mib") + " MiB";
            case REMOVE_HOSTS -> or(t(f, "hosts"), "(no host yet)");
            case MAINTENANCE -> or(t(f, "hosts"), "(no host yet)") + ", " + or(t(f, "from"), "start") + " → " + or(t(f, "until"), "end");
            case SCALE_DEMAND -> signed(t(f, "percent")) + " % for " + (t(f, "group").equals("all") || t(f, "group").isEmpty()
                    ? "all VMs" : t(f, "group") + " " + t(f, "group_value")) + " (" + or(t(f, "resources"), "all resources") + ")";
            case ADD_VMS -> t(f, "count") + " × " + t(f, "vcpus") + " vCPUs, " + t(f, "memory_mib") + " MiB"
                    + (t(f, "like_vm").isEmpty() ? "" : ", like " + t(f, "like_vm"));
            case MIGRATION_THRESHOLD -> t(f, "enabled").equals("off") ? "balancer off" : "moves above " + t(f, "threshold");
        };
    }

    private static String t(ChangeForm f, String key) {
        return f.field(key).text();
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static String signed(String percent) {
        return percent.startsWith("-") || percent.startsWith("+") ? percent : "+" + percent;
    }
}
