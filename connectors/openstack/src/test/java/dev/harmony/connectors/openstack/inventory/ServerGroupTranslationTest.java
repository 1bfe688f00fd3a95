package dev.harmony.connectors.openstack.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.compute.ServerGroup;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each server-group policy becomes the engine rule it means. */
class ServerGroupTranslationTest {
    private static final List<String> TWO = List.of("a", "b");

    @Test
    void hardPoliciesAreMustRulesAndSoftOnesShouldRules() {
        assertThat(ConstraintReaderRule.of("affinity", 1)).isEqualTo(new VmAffinityRule("server-group:g", Set.of("a", "b"), true, Strength.MUST));
        assertThat(ConstraintReaderRule.of("anti-affinity", 1)).isEqualTo(new VmAffinityRule("server-group:g", Set.of("a", "b"), false, Strength.MUST));
        assertThat(ConstraintReaderRule.of("soft-affinity", 1)).isEqualTo(new VmAffinityRule("server-group:g", Set.of("a", "b"), true, Strength.SHOULD));
        assertThat(ConstraintReaderRule.of("soft-anti-affinity", 1))
                .isEqualTo(new VmAffinityRule("server-group:g", Set.of("a", "b"), false, Strength.SHOULD));
    }

    @Test
    void antiAffinityAllowingSeveralPerHostIsOnlyAPreference() {
        assertThat(ConstraintReaderRule.of("anti-affinity", 3)).isEqualTo(new VmAffinityRule("server-group:g", Set.of("a", "b"), false, Strength.SHOULD));
    }

    @Test
    void groupsOfOneServerAndUnknownPoliciesGiveNoRule() {
        assertThat(ConstraintReader.translate(new ServerGroup("id", "g", "anti-affinity", 1, List.of("a")))).isEmpty();
        assertThat(ConstraintReader.translate(new ServerGroup("id", "g", "packed", 1, TWO))).isEmpty();
    }

    /** Translates a two-server group named g. */
    private static final class ConstraintReaderRule {
        static Object of(String policy, int maxPerHost) {
            return ConstraintReader.translate(new ServerGroup("id", "g", policy, maxPerHost, TWO)).orElseThrow();
        }
    }
}
