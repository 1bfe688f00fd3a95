package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintTest {

    @Test
    void affinityRuleNeedsTwoDistinctVms() {
        assertThatThrownBy(() -> new VmAffinityRule("r", Set.of("vm-1"), true, Strength.MUST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two VMs");
    }

    @Test
    void vmHostRuleNeedsVmsAndHosts() {
        assertThatThrownBy(() -> new VmHostRule("r", Set.of("vm-1"), Set.of(), true, Strength.SHOULD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one VM and one host");
    }

    @Test
    void zoneComplianceExclusionAndMaintenanceRulesAreAlwaysMust() {
        Constraint[] hard = {
            new ZoneRule("z", Set.of("vm-1"), Set.of("az-a")),
            new ComplianceRule("pci", Set.of("vm-1")),
            new ExcludedVms("frozen", Set.of("vm-1"), "change freeze"),
            new HostMaintenance("h1", "firmware")};

        assertThat(hard).extracting(Constraint::strength).containsOnly(Strength.MUST);
        assertThat(hard).extracting(Constraint::name).containsExactly("z", "compliance:pci", "frozen", "maintenance:h1");
    }

    @Test
    void ruleVmIdsAreSortedSoRulesCompareDeterministically() {
        VmAffinityRule a = new VmAffinityRule("r", Set.of("vm-2", "vm-1"), false, Strength.SHOULD);

        assertThat(a.vmIds()).containsExactly("vm-1", "vm-2");
        assertThat(a).isEqualTo(new VmAffinityRule("r", Set.of("vm-1", "vm-2"), false, Strength.SHOULD));
    }
}
