package dev.harmony.viz.whatif;

import java.util.List;

/** The kinds of change the editor offers, with their fields as the scenario file names them. */
public enum ChangeKind {
    ADD_HOSTS("Add hosts", List.of(
            new Spec("count", "How many", "1–1000", "1"),
            new Spec("name_prefix", "Id prefix", "ids are prefix01, prefix02, …", "new-host-"),
            new Spec("cpu_cores", "CPU cores", "physical cores", "24"),
            new Spec("cpu_mhz", "CPU (MHz)", "total capacity", "62400"),
            new Spec("memory_mib", "Memory (MiB)", "e.g. 196608 for 192 GiB", "196608"),
            new Spec("network_mbps", "Network (Mbit/s)", "uplink", "25000"),
            new Spec("zone", "Zone", "availability zone", "az-1"))),
    REMOVE_HOSTS("Remove hosts", List.of(
            new Spec("hosts", "Hosts", "host ids, separated by commas", ""))),
    MAINTENANCE("Maintenance", List.of(
            new Spec("hosts", "Hosts", "host ids, separated by commas", ""),
            new Spec("from", "From (UTC)", "blank for the start, e.g. 2013-07-08 02:00", ""),
            new Spec("until", "Until (UTC)", "blank for the end", ""))),
    SCALE_DEMAND("Demand growth", List.of(
            new Spec("percent", "Growth (%)", "+20 is 1.2 times, −100…10000", "20"),
            new Spec("group", "VMs", "which VMs grow", List.of("all", "application", "tag", "vms"), "all"),
            new Spec("group_value", "Application, tag or VM ids", "for VMs other than all", ""),
            new Spec("resources", "Resources", "cpu, memory, disk, network; blank for all", ""))),
    ADD_VMS("Add VMs", List.of(
            new Spec("count", "How many", "1–10000", "4"),
            new Spec("name_prefix", "Id prefix", "ids are prefix01, prefix02, …", "new-vm-"),
            new Spec("vcpus", "vCPUs", "at least 1", "4"),
            new Spec("cpu_mhz", "CPU (MHz)", "provisioned", "10400"),
            new Spec("memory_mib", "Memory (MiB)", "provisioned", "16384"),
            new Spec("like_vm", "Demand like VM", "copy this VM's demand; blank for constant demand", ""),
            new Spec("cpu_demand_mhz", "CPU demand (MHz)", "constant, without a VM to copy", "2000"),
            new Spec("memory_demand_mib", "Memory demand (MiB)", "constant, without a VM to copy", "8192"),
            new Spec("host", "On host", "blank for the roomiest host", ""),
            new Spec("application", "Application", "group name, optional", ""))),
    MIGRATION_THRESHOLD("Balancer threshold", List.of(
            new Spec("threshold", "Threshold", "utilisation 0.05–1 that triggers a move", "0.8"),
            new Spec("enabled", "Balancer", "whether the reactive balancer runs", List.of("on", "off"), "on")));

    private final String label;
    private final List<Spec> fields;

    ChangeKind(String label, List<Spec> fields) {
        this.label = label;
        this.fields = fields;
    }

    /** What the editor calls it, e.g. {@code Maintenance}. */
    public String label() {
        return label;
    }

    List<Spec> fields() {
        return fields;
    }

    /** A field's definition: file name, label, hint, choices and the value a new change starts with. */
    record Spec(String key, String label, String hint, List<String> choices, String initial) {
        Spec(String key, String label, String hint, String initial) {
            this(key, label, hint, List.of(), initial);
        }

        FormField create() {
            return new FormField(key, label, hint, choices, initial);
        }
    }
}
