package dev.harmony.connectors.vcenter;

import com.vmware.vim25.ArrayUpdateOperation;
import com.vmware.vim25.ClusterAntiAffinityRuleSpec;
import com.vmware.vim25.ClusterConfigSpecEx;
import com.vmware.vim25.ClusterGroupInfo;
import com.vmware.vim25.ClusterGroupSpec;
import com.vmware.vim25.ClusterHostGroup;
import com.vmware.vim25.ClusterRuleInfo;
import com.vmware.vim25.ClusterRuleSpec;
import com.vmware.vim25.ClusterVmGroup;
import com.vmware.vim25.ClusterVmHostRuleInfo;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.TaskInfoState;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import java.util.List;

/**
 * What a vSphere administrator does in the client, done through the same SOAP API, so tests can
 * set up rules, attributes and folders on the simulator and then see the connector read them.
 */
final class SimulatorAdmin {
    private final VcenterSession session;

    SimulatorAdmin(VcenterSession session) {
        this.session = session;
    }

    /** Adds a VM-VM anti-affinity rule to the cluster and waits for vCenter to apply it. */
    void addAntiAffinityRule(String clusterId, String name, List<String> vmIds, boolean mandatory) {
        ClusterAntiAffinityRuleSpec rule = new ClusterAntiAffinityRuleSpec();
        rule.setName(name);
        rule.setEnabled(true);
        rule.setMandatory(mandatory);
        rule.setVm(vmIds.stream().map(id -> ref("VirtualMachine", id)).toArray(ManagedObjectReference[]::new));
        reconfigure(clusterId, List.of(rule), List.of());
    }

    /** Adds a VM group, a host group and a rule keeping the VMs on (or off) those hosts. */
    void addVmHostRule(String clusterId, String name, List<String> vmIds, List<String> hostIds, boolean onHosts,
            boolean mandatory, boolean enabled) {
        ClusterVmGroup vms = new ClusterVmGroup();
        vms.setName(name + "-vms");
        vms.setVm(vmIds.stream().map(id -> ref("VirtualMachine", id)).toArray(ManagedObjectReference[]::new));
        ClusterHostGroup hosts = new ClusterHostGroup();
        hosts.setName(name + "-hosts");
        hosts.setHost(hostIds.stream().map(id -> ref("HostSystem", id)).toArray(ManagedObjectReference[]::new));
        ClusterVmHostRuleInfo rule = new ClusterVmHostRuleInfo();
        rule.setName(name);
        rule.setEnabled(enabled);
        rule.setMandatory(mandatory);
        rule.setVmGroupName(vms.getName());
        if (onHosts) {
            rule.setAffineHostGroupName(hosts.getName());
        } else {
            rule.setAntiAffineHostGroupName(hosts.getName());
        }
        reconfigure(clusterId, List.of(rule), List.of(vms, hosts));
    }

    /** Defines a custom attribute (if new) and sets it on the VM. */
    void setAttribute(String vmId, String name, String value) {
        session.call("setting attribute " + name, (vim, content) -> {
            int key;
            try {
                key = vim.addCustomFieldDef(content.getCustomFieldsManager(), name, "VirtualMachine", null, null).getKey();
            } catch (com.vmware.vim25.DuplicateName e) {
                key = -1;
            }
            if (key < 0) {
                throw new IllegalStateException("attribute " + name + " exists already; use a new name per test");
            }
            vim.setField(content.getCustomFieldsManager(), ref("VirtualMachine", vmId), key, value);
            return null;
        });
    }

    /** Creates a folder in the datacenter's VM folder and moves the VMs into it. */
    void moveIntoNewFolder(String folderName, List<String> vmIds) {
        session.call("creating folder " + folderName, (vim, content) -> {
            ManagedObjectReference datacenter = new PropertyQuery().type("Datacenter", "vmFolder").everywhere(vim, content)
                    .get(0).reference("vmFolder");
            ManagedObjectReference folder = vim.createFolder(datacenter, folderName);
            await(vim.moveIntoFolder_Task(folder, vmIds.stream().map(id -> ref("VirtualMachine", id))
                    .toArray(ManagedObjectReference[]::new)));
            return null;
        });
    }

    private void reconfigure(String clusterId, List<ClusterRuleInfo> rules, List<ClusterGroupInfo> groups) {
        ClusterConfigSpecEx spec = new ClusterConfigSpecEx();
        spec.setRulesSpec(rules.stream().map(r -> {
            ClusterRuleSpec s = new ClusterRuleSpec();
            s.setOperation(ArrayUpdateOperation.add);
            s.setInfo(r);
            return s;
        }).toArray(ClusterRuleSpec[]::new));
        spec.setGroupSpec(groups.stream().map(g -> {
            ClusterGroupSpec s = new ClusterGroupSpec();
            s.setOperation(ArrayUpdateOperation.add);
            s.setInfo(g);
            return s;
        }).toArray(ClusterGroupSpec[]::new));
        session.call("changing the rules of " + clusterId, (vim, content) -> {
            await(vim.reconfigureComputeResource_Task(ref("ClusterComputeResource", clusterId), spec, true));
            return null;
        });
    }

    private void await(ManagedObjectReference task) {
        for (int i = 0; i < 100; i++) {
            TaskInfoState state = session.call("waiting for " + task.getVal(), (vim, content) -> new PropertyQuery()
                    .type("Task", "info.state").of(vim, content, List.of(task)).get(0).get("info.state", TaskInfoState.class));
            if (state == TaskInfoState.success) {
                return;
            }
            if (state == TaskInfoState.error) {
                throw new IllegalStateException("task " + task.getVal() + " failed");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("task " + task.getVal() + " did not end in 10 s");
    }

    static ManagedObjectReference ref(String type, String id) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setVal(id);
        return ref;
    }
}
