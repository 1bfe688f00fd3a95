package dev.harmony.viz.inventory;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the pool → host → VM rows from a snapshot, optionally keeping only rows that match a search. */
public final class InventoryTreeModel {
    private InventoryTreeModel() {
    }

    /**
     * The rows of a snapshot. With a non-blank query only VMs and hosts whose id or label contains it
     * (case-insensitive) are kept, together with the rows above them.
     */
    public static List<InventoryNode> build(InventorySnapshot snapshot, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<String, Vm> vmById = snapshot.vms().stream().collect(Collectors.toMap(Vm::id, Function.identity()));
        List<InventoryNode> pools = new ArrayList<>();
        for (Pool pool : snapshot.pools()) {
            List<InventoryNode> hosts = new ArrayList<>();
            snapshot.hosts().stream()
                    .filter(h -> h.poolId().equals(pool.id()))
                    .sorted(Comparator.comparing(Host::name))
                    .forEach(host -> {
                        boolean hostMatches = matches(needle, host.id(), host.name());
                        List<InventoryNode> vms = snapshot.placement().vmsOn(host.id()).stream()
                                .map(vmById::get)
                                .filter(vm -> vm != null && (hostMatches || matches(needle, vm.id(), vm.name())))
                                .map(InventoryTreeModel::vmNode)
                                .toList();
                        if (hostMatches || !vms.isEmpty()) {
                            hosts.add(new InventoryNode(InventoryNode.Kind.HOST, host.id(), host.name(), hostDetail(host), vms));
                        }
                    });
            if (needle.isEmpty() || !hosts.isEmpty()) {
                pools.add(new InventoryNode(InventoryNode.Kind.POOL, pool.id(), pool.name(), pool.datacenter(), hosts));
            }
        }
        return pools;
    }

    private static boolean matches(String needle, String id, String label) {
        return needle.isEmpty()
                || id.toLowerCase(Locale.ROOT).contains(needle)
                || label.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static InventoryNode vmNode(Vm vm) {
        String detail = vm.vcpus() + " vCPU · " + formatMib(vm.memoryMib())
                + (vm.application().isEmpty() ? "" : " · " + vm.application());
        return new InventoryNode(InventoryNode.Kind.VM, vm.id(), vm.name(), detail, List.of());
    }

    private static String hostDetail(Host host) {
        return host.cpuCores() + " cores · " + formatMib(host.memoryMib()) + " · " + host.availabilityZone()
                + (host.inMaintenance() ? " · maintenance" : "");
    }

    static String formatMib(long mib) {
        return mib >= 1024 ? String.format(Locale.ROOT, "%.0f GiB", mib / 1024.0) : mib + " MiB";
    }
}
