package dev.harmony.connectors.vcenter.sim;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one standard simulator of this test run (8 hosts, 128 VMs), started on
 * first use and stopped when the run ends. Tests that change it (rules, migrations) use their own
 * names and VMs so they do not disturb each other; tests that stop a simulator start their own.
 */
public final class SharedSimulator implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Simulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedSimulator.class))
                .getOrComputeIfAbsent("standard", key -> started(), Simulator.class);
    }

    private static Simulator started() {
        Simulator simulator = Simulator.start(SimulatorSize.STANDARD);
        long build = SimulatorBinary.buildMillis();
        System.out.printf("vCenter simulator: %d VMs ready in %.2f s at %s (build %s)%n", simulator.vms(),
                simulator.startup().toMillis() / 1000.0, simulator.sdk(), build < 0 ? "reused" : build / 1000.0 + " s");
        return simulator;
    }
}
