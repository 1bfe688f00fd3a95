package dev.harmony.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.Risk;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each pre-flight check, one reason each, against the state a connector reports. */
class RulePreflightTest {
    private final RulePreflight preflight = new RulePreflight("fake:pool");

    private static FakeConnector pool() {
        return new FakeConnector().host("h1", 16_384).host("h2", 32_768).host("h3", 16_384)
                .vm("a", "h1", 4096).vm("b", "h2", 4096).vm("c", "h2", 12_288);
    }

    private static Move move(String vm, String from, String to) {
        return new Move("m1", vm, from, to, "", 0, 1, Risk.LOW, "b1", 1);
    }

    private Optional<String> check(FakeConnector pool, Move m, Map<String, String> inFlight) {
        return preflight.refusal(m, ClusterState.read(pool, inFlight));
    }

    @Test
    void validMoveHasNoRefusal() {
        assertThat(check(pool(), move("a", "h1", "h3"), Map.of())).isEmpty();
    }

    @Test
    void vmNoLongerOnItsPlannedSourceIsRefused() {
        assertThat(check(pool(), move("a", "h2", "h3"), Map.of()))
                .hasValue("VM a runs on h1, not on the planned source h2 (it moved after the plan was made)");
        assertThat(check(pool(), move("a", "h3", "h1"), Map.of())).hasValue("VM a already runs on its target h1");
        assertThat(check(pool(), move("zz", "h1", "h2"), Map.of())).hasValue("VM zz no longer exists in fake:pool");
    }

    @Test
    void targetInMaintenanceOrUnknownIsRefused() {
        FakeConnector pool = pool().rule(new HostMaintenance("h3", "firmware update"));
        assertThat(check(pool, move("a", "h1", "h3"), Map.of())).hasValue("target host h3 is in maintenance (firmware update)");
        assertThat(check(pool(), move("a", "h1", "h9"), Map.of())).hasValue("target host h9 does not exist in fake:pool");
    }

    @Test
    void targetWithoutMemoryIsRefusedCountingMovesInFlight() {
        assertThat(check(pool(), move("c", "h2", "h1"), Map.of())).isEmpty();
        assertThat(check(pool(), move("c", "h2", "h1"), Map.of("b", "h1")))
                .hasValue("target host h1 has 8192 MiB of memory free (moves in flight included); VM c needs 12288 MiB");
    }

    @Test
    void excludedVmIsRefused() {
        FakeConnector pool = pool().rule(new ExcludedVms("freeze", Set.of("a"), "licence pinned"));
        assertThat(check(pool, move("a", "h1", "h3"), Map.of())).hasValue("VM a is excluded from migration by 'freeze' (licence pinned)");
    }

    @Test
    void mustVmHostRuleIsKept() {
        FakeConnector pool = pool().rule(new VmHostRule("a-on-h1-h2", Set.of("a"), Set.of("h1", "h2"), true, Strength.MUST));
        assertThat(check(pool, move("a", "h1", "h3"), Map.of())).hasValue("must rule 'a-on-h1-h2' keeps VM a on h1, h2");
        assertThat(check(pool, move("a", "h1", "h2"), Map.of())).isEmpty();
    }

    @Test
    void mustAntiAffinityCountsPartnersHeadingToTheTarget() {
        FakeConnector pool = pool().rule(new VmAffinityRule("apart", Set.of("a", "b"), false, Strength.MUST));
        assertThat(check(pool, move("a", "h1", "h2"), Map.of()))
                .hasValue("must anti-affinity rule 'apart' keeps VM a apart from VM b, which is on host h2");
        assertThat(check(pool, move("a", "h1", "h3"), Map.of("b", "h3"))).isPresent();
        assertThat(check(pool().rule(new VmAffinityRule("apart", Set.of("a", "b"), false, Strength.SHOULD)),
                move("a", "h1", "h2"), Map.of())).isEmpty();
    }

    @Test
    void mustAffinityGroupIsNotSplit() {
        FakeConnector pool = pool().rule(new VmAffinityRule("together", Set.of("b", "c"), true, Strength.MUST));
        assertThat(check(pool, move("b", "h2", "h3"), Map.of())).get().asString().contains("moving it alone splits the group");
    }

    @Test
    void complianceTagMustBeOnTheTarget() {
        FakeConnector pool = pool().rule(new ComplianceRule("pci", Set.of("a")));
        assertThat(check(pool, move("a", "h1", "h3"), Map.of())).hasValue("VM a carries compliance tag 'pci'; target host h3 does not");
    }
}
