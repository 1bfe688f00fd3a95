package dev.harmony.connectors.vcenter.inventory;

import com.vmware.vim25.ClusterAffinityRuleSpec;
import com.vmware.vim25.ClusterAntiAffinityRuleSpec;
import com.vmware.vim25.ClusterConfigInfoEx;
import com.vmware.vim25.ClusterDrsVmConfigInfo;
import com.vmware.vim25.ClusterGroupInfo;
import com.vmware.vim25.ClusterHostGroup;
import com.vmware.vim25.ClusterRuleInfo;
import com.vmware.vim25.ClusterVmGroup;
import com.vmware.vim25.ClusterVmHostRuleInfo;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.VimPortType;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates each cluster's enabled DRS rules into the engine's constraints: VM-VM affinity and
 * anti-affinity, VM-Host rules through their VM and host groups, with "must" for mandatory rules
 * and "should" otherwise. VMs whose DRS automation is switched off become an exclusion, and hosts
 * in maintenance a maintenance constraint. Rule names are prefixed with their cluster's name,
 * since vCenter names rules per cluster only.
 */
public final class RuleReader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleReader.class);
    private static final PropertyQuery QUERY = new PropertyQuery()
            .type("ClusterComputeResource", "name", "configurationEx")
            .type("HostSystem", "runtime.inMaintenanceMode");

    private final VcenterSession session;

    public RuleReader(VcenterSession session) {
        this.session = session;
    }

    /** Every enabled rule of every cluster, plus exclusions and maintenance. */
    public List<Constraint> read() {
        return session.call("reading DRS rules", this::read);
    }

    private List<Constraint> read(VimPortType vim, ServiceContent content) throws RemoteException {
        List<Constraint> constraints = new ArrayList<>();
        for (ObjectProperties o : QUERY.everywhere(vim, content)) {
            if (o.type().equals("HostSystem")) {
                if (o.flag("runtime.inMaintenanceMode")) {
                    constraints.add(new HostMaintenance(o.id(), "in maintenance mode in vCenter"));
                }
                continue;
            }
            ClusterConfigInfoEx config = o.get("configurationEx", ClusterConfigInfoEx.class);
            if (config != null) {
                constraints.addAll(clusterRules(o.text("name"), config));
            }
        }
        return constraints;
    }

    static List<Constraint> clusterRules(String cluster, ClusterConfigInfoEx config) {
        Map<String, Set<String>> vmGroups = new HashMap<>();
        Map<String, Set<String>> hostGroups = new HashMap<>();
        for (ClusterGroupInfo group : orEmpty(config.getGroup(), ClusterGroupInfo.class)) {
            if (group instanceof ClusterVmGroup g) {
                vmGroups.put(g.getName(), ids(g.getVm()));
            } else if (group instanceof ClusterHostGroup g) {
                hostGroups.put(g.getName(), ids(g.getHost()));
            }
        }
        List<Constraint> out = new ArrayList<>();
        for (ClusterRuleInfo rule : orEmpty(config.getRule(), ClusterRuleInfo.class)) {
            if (Boolean.FALSE.equals(rule.getEnabled())) {
                continue;
            }
            String name = cluster + "/" + rule.getName();
            Strength strength = Boolean.TRUE.equals(rule.getMandatory()) ? Strength.MUST : Strength.SHOULD;
            if (rule instanceof ClusterAffinityRuleSpec r && ids(r.getVm()).size() >= 2) {
                out.add(new VmAffinityRule(name, ids(r.getVm()), true, strength));
            } else if (rule instanceof ClusterAntiAffinityRuleSpec r && ids(r.getVm()).size() >= 2) {
                out.add(new VmAffinityRule(name, ids(r.getVm()), false, strength));
            } else if (rule instanceof ClusterVmHostRuleInfo r) {
                vmHostRule(name, r, strength, vmGroups, hostGroups).ifPresent(out::add);
            } else {
                LOG.debug("Skipping DRS rule {} of type {}: no engine constraint for it", name, rule.getClass().getSimpleName());
            }
        }
        Set<String> drsOff = new TreeSet<>();
        for (ClusterDrsVmConfigInfo vm : orEmpty(config.getDrsVmConfig(), ClusterDrsVmConfigInfo.class)) {
            if (Boolean.FALSE.equals(vm.getEnabled()) && vm.getKey() != null) {
                drsOff.add(vm.getKey().getVal());
            }
        }
        if (!drsOff.isEmpty()) {
            out.add(new ExcludedVms(cluster + "/drs-disabled", drsOff, "DRS is switched off for these VMs in cluster " + cluster));
        }
        return out;
    }

    private static java.util.Optional<Constraint> vmHostRule(String name, ClusterVmHostRuleInfo rule, Strength strength,
            Map<String, Set<String>> vmGroups, Map<String, Set<String>> hostGroups) {
        boolean on = rule.getAffineHostGroupName() != null;
        String hostGroup = on ? rule.getAffineHostGroupName() : rule.getAntiAffineHostGroupName();
        Set<String> vms = vmGroups.getOrDefault(rule.getVmGroupName(), Set.of());
        Set<String> hosts = hostGroups.getOrDefault(hostGroup, Set.of());
        if (vms.isEmpty() || hosts.isEmpty()) {
            LOG.warn("DRS rule {} names an empty or unknown group ({} / {}); it binds nothing", name, rule.getVmGroupName(), hostGroup);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new VmHostRule(name, vms, hosts, on, strength));
    }

    private static Set<String> ids(ManagedObjectReference[] refs) {
        Set<String> ids = new TreeSet<>();
        for (ManagedObjectReference ref : orEmpty(refs, ManagedObjectReference.class)) {
            ids.add(ref.getVal());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] orEmpty(T[] values, Class<T> type) {
        return values != null ? values : (T[]) java.lang.reflect.Array.newInstance(type, 0);
    }
}
