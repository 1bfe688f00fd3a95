package dev.harmony.connectors.vcenter.inventory;

import com.vmware.vim25.CustomFieldDef;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.VimPortType;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.rmi.RemoteException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole inventory in a handful of property-collector round trips (one container view,
 * a page per thousand objects) and maps it to the engine's records: each cluster, and each
 * standalone host's compute resource, is a pool; ids are vCenter's managed-object ids.
 */
public final class InventoryReader {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryReader.class);

    private static final PropertyQuery QUERY = new PropertyQuery()
            .type("Datacenter", "name", "parent")
            .type("Folder", "name", "parent")
            .type("ClusterComputeResource", "name", "parent")
            .type("ComputeResource", "name", "parent")
            .type("HostSystem", "name", "parent", "summary.hardware.numCpuCores", "summary.hardware.cpuMhz",
                    "summary.hardware.memorySize", "runtime.inMaintenanceMode", "config.network.pnic", "customValue")
            .type("VirtualMachine", "name", "parent", "config.hardware.numCPU", "config.hardware.memoryMB",
                    "config.guestFullName", "config.guestId", "config.template", "runtime.host", "runtime.powerState",
                    "customValue");

    private final VcenterSession session;
    private final String source;
    private final Clock clock;

    /**
     * @param session the vCenter session
     * @param source  the connector's name, written into each snapshot
     * @param clock   stamps each snapshot
     */
    public InventoryReader(VcenterSession session, String source, Clock clock) {
        this.session = session;
        this.source = source;
        this.clock = clock;
    }

    /** The inventory as vCenter reports it now. */
    public InventorySnapshot read() {
        long started = System.nanoTime();
        InventorySnapshot snapshot = session.call("reading the inventory", this::read);
        LOG.info("vCenter {}: read {} pools, {} hosts, {} VMs in {} ms", session.endpoint(), snapshot.pools().size(),
                snapshot.hosts().size(), snapshot.vms().size(), (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    private InventorySnapshot read(VimPortType vim, ServiceContent content) throws RemoteException {
        List<ObjectProperties> all = QUERY.everywhere(vim, content);
        Map<Integer, String> fieldNames = customFieldNames(vim, content);
        EntityTree tree = new EntityTree(all);
        List<Pool> pools = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        Map<String, String> hostByVm = new HashMap<>();
        Map<String, Long> mhzByHost = new HashMap<>();
        for (ObjectProperties o : all) {
            if (o.type().equals("ClusterComputeResource") || o.type().equals("ComputeResource")) {
                pools.add(new Pool(o.id(), o.text("name"), tree.datacenterOf(o.id())));
            } else if (o.type().equals("HostSystem")) {
                Host host = EntityMapping.host(o, tree, fieldNames);
                hosts.add(host);
                mhzByHost.put(host.id(), o.number("summary.hardware.cpuMhz", 0));
            }
        }
        for (ObjectProperties o : all) {
            if (!o.type().equals("VirtualMachine") || o.flag("config.template") || !o.values().containsKey("config.hardware.numCPU")) {
                continue;
            }
            ManagedObjectReference host = o.reference("runtime.host");
            long mhz = host == null ? 0 : mhzByHost.getOrDefault(host.getVal(), 0L);
            vms.add(EntityMapping.vm(o, tree, fieldNames, mhz));
            if (host != null && mhzByHost.containsKey(host.getVal())) {
                hostByVm.put(o.id(), host.getVal());
            }
        }
        return new InventorySnapshot(clock.instant(), source, pools, hosts, vms, new Placement(hostByVm));
    }

    /** Names of custom attributes by key, so a VM's values can be shown as {@code attr:name=value}. */
    private static Map<Integer, String> customFieldNames(VimPortType vim, ServiceContent content) throws RemoteException {
        Map<Integer, String> names = new HashMap<>();
        ManagedObjectReference manager = content.getCustomFieldsManager();
        if (manager == null) {
            return names;
        }
        for (ObjectProperties p : new PropertyQuery().type("CustomFieldsManager", "field").of(vim, content, List.of(manager))) {
            CustomFieldDef[] fields = p.get("field", CustomFieldDef[].class);
            if (fields != null) {
                for (CustomFieldDef f : fields) {
                    names.put(f.getKey(), f.getName());
                }
            }
        }
        return names;
    }
}
