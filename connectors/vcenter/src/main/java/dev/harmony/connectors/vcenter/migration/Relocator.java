package dev.harmony.connectors.vcenter.migration;

import com.vmware.vim25.ManagedObjectNotFound;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.VirtualMachineMovePriority;
import com.vmware.vim25.VirtualMachineRelocateSpec;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Moves VMs between hosts with {@code RelocateVM_Task} (vMotion for a running VM), into the target
 * cluster's root resource pool when the move crosses clusters. {@code MigrateVM_Task} is not used:
 * it is deprecated, and vCenter's simulator lacks it.
 */
public final class Relocator {
    private static final PropertyQuery PLACES = new PropertyQuery()
            .type("VirtualMachine", "name", "runtime.host")
            .type("HostSystem", "name", "parent", "runtime.inMaintenanceMode");
    private static final PropertyQuery POOL = new PropertyQuery()
            .type("ClusterComputeResource", "resourcePool")
            .type("ComputeResource", "resourcePool");

    private final VcenterSession session;
    private final Clock clock;

    public Relocator(VcenterSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Starts moving the VM and returns at once with the vCenter task to follow. */
    public MigrationTask start(String vmId, String targetHostId) {
        ManagedObjectReference vm = ref("VirtualMachine", vmId);
        ManagedObjectReference target = ref("HostSystem", targetHostId);
        List<ObjectProperties> places = readOrExplain("checking VM " + vmId + " and host " + targetHostId,
                PLACES, List.of(vm, target), vmId + " or " + targetHostId);
        ObjectProperties vmNow = find(places, vmId, "VM");
        ObjectProperties host = find(places, targetHostId, "host");
        if (host.flag("runtime.inMaintenanceMode")) {
            throw new ConnectorException("vCenter " + session.endpoint() + ": host " + host.text("name")
                    + " is in maintenance mode; VM " + vmNow.text("name") + " was not moved");
        }
        ManagedObjectReference source = vmNow.reference("runtime.host");
        ManagedObjectReference sourceCluster = source == null ? null : clusterOf(source);
        ManagedObjectReference targetCluster = host.reference("parent");
        VirtualMachineRelocateSpec spec = new VirtualMachineRelocateSpec();
        spec.setHost(target);
        if (targetCluster != null && (sourceCluster == null || !sourceCluster.getVal().equals(targetCluster.getVal()))) {
            spec.setPool(readOrExplain("reading the resource pool of " + targetCluster.getVal(), POOL, List.of(targetCluster),
                    targetCluster.getVal()).get(0).reference("resourcePool"));
        }
        ManagedObjectReference task = session.callOnce("starting the vMotion of " + vmNow.text("name") + " to "
                + host.text("name"), (vim, content) -> vim.relocateVM_Task(vm, spec, VirtualMachineMovePriority.defaultPriority));
        return new VcenterMigrationTask(session, clock, task, vmId, source == null ? "" : source.getVal(), targetHostId);
    }

    /** The host the VM runs on, read from vCenter now; empty when vCenter no longer has the VM. */
    public Optional<String> currentHost(String vmId) {
        try {
            List<ObjectProperties> found = session.call("reading the host of " + vmId,
                    (vim, content) -> new PropertyQuery().type("VirtualMachine", "runtime.host")
                            .of(vim, content, List.of(ref("VirtualMachine", vmId))));
            return found.stream().map(p -> p.reference("runtime.host")).filter(java.util.Objects::nonNull)
                    .map(ManagedObjectReference::getVal).findFirst();
        } catch (ConnectorException e) {
            if (e.getCause() instanceof ManagedObjectNotFound) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private ManagedObjectReference clusterOf(ManagedObjectReference host) {
        return readOrExplain("reading the cluster of " + host.getVal(), new PropertyQuery().type("HostSystem", "parent"),
                List.of(host), host.getVal()).get(0).reference("parent");
    }

    private List<ObjectProperties> readOrExplain(String doing, PropertyQuery query, List<ManagedObjectReference> refs,
            String what) {
        try {
            return session.call(doing, (vim, content) -> query.of(vim, content, refs));
        } catch (ConnectorException e) {
            if (e.getCause() instanceof ManagedObjectNotFound) {
                throw new ConnectorException("vCenter " + session.endpoint() + " does not know " + what, e);
            }
            throw e;
        }
    }

    private ObjectProperties find(List<ObjectProperties> found, String id, String kind) {
        return found.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                () -> new ConnectorException("vCenter " + session.endpoint() + " does not know " + kind + " " + id));
    }

    static ManagedObjectReference ref(String type, String id) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setVal(id);
        return ref;
    }
}
