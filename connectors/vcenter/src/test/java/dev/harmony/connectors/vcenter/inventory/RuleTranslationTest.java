package dev.harmony.connectors.vcenter.inventory;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of DRS rule, as vCenter describes it, becomes the matching engine constraint. */
class RuleTranslationTest {

    @Test
    void vmVmRulesKeepTheirDirectionAndMandatoryMeansMust() {
        ClusterAffinityRuleSpec together = new ClusterAffinityRuleSpec();
        together.setName("web-and-cache");
        together.setEnabled(true);
        together.setVm(refs("VirtualMachine", "vm-1", "vm-2"));
        ClusterAntiAffinityRuleSpec apart = new ClusterAntiAffinityRuleSpec();
        apart.setName("db-replicas");
        apart.setEnabled(true);
        apart.setMandatory(true);
        apart.setVm(refs("VirtualMachine", "vm-3", "vm-4", "vm-5"));

        assertThat(RuleReader.clusterRules("C1", config(new ClusterRuleInfo[] {together, apart}, null)))
                .containsExactly(new VmAffinityRule("C1/web-and-cache", Set.of("vm-1", "vm-2"), true, Strength.SHOULD),
                        new VmAffinityRule("C1/db-replicas", Set.of("vm-3", "vm-4", "vm-5"), false, Strength.MUST));
    }

    @Test
    void vmHostRulesResolveTheirGroupsAndDisabledRulesAreLeftOut() {
        ClusterVmGroup vms = new ClusterVmGroup();
        vms.setName("oracle-vms");
        vms.setVm(refs("VirtualMachine", "vm-7"));
        ClusterHostGroup hosts = new ClusterHostGroup();
        hosts.setName("licensed");
        hosts.setHost(refs("HostSystem", "host-1", "host-2"));
        ClusterVmHostRuleInfo keepOff = new ClusterVmHostRuleInfo();
        keepOff.setName("oracle-off-unlicensed");
        keepOff.setEnabled(true);
        keepOff.setMandatory(true);
        keepOff.setVmGroupName("oracle-vms");
        keepOff.setAntiAffineHostGroupName("licensed");
        ClusterVmHostRuleInfo disabled = new ClusterVmHostRuleInfo();
        disabled.setName("old");
        disabled.setEnabled(false);
        disabled.setVmGroupName("oracle-vms");
        disabled.setAffineHostGroupName("licensed");

        assertThat(RuleReader.clusterRules("C1", config(new ClusterRuleInfo[] {keepOff, disabled}, new ClusterGroupInfo[] {vms, hosts})))
                .containsExactly(new VmHostRule("C1/oracle-off-unlicensed", Set.of("vm-7"), Set.of("host-1", "host-2"), false, Strength.MUST));
    }

    @Test
    void vmsWithDrsSwitchedOffAreExcludedFromMoves() {
        ClusterDrsVmConfigInfo off = new ClusterDrsVmConfigInfo();
        off.setKey(refs("VirtualMachine", "vm-9")[0]);
        off.setEnabled(false);
        ClusterConfigInfoEx config = config(null, null);
        config.setDrsVmConfig(new ClusterDrsVmConfigInfo[] {off});

        assertThat(RuleReader.clusterRules("C2", config)).singleElement().isInstanceOfSatisfying(ExcludedVms.class,
                e -> assertThat(e.vmIds()).containsExactly("vm-9"));
    }

    private static ClusterConfigInfoEx config(ClusterRuleInfo[] rules, ClusterGroupInfo[] groups) {
        ClusterConfigInfoEx config = new ClusterConfigInfoEx();
        config.setRule(rules);
        config.setGroup(groups);
        return config;
    }

    private static ManagedObjectReference[] refs(String type, String... ids) {
        ManagedObjectReference[] refs = new ManagedObjectReference[ids.length];
        for (int i = 0; i < ids.length; i++) {
            refs[i] = new ManagedObjectReference();
            refs[i].setType(type);
            refs[i].setVal(ids[i]);
        }
        return refs;
    }
}
