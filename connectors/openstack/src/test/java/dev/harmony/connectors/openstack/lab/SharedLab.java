package dev.harmony.connectors.openstack.lab;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one OpenStack lab of this test run, started on first use and torn down
 * when the run ends (or, failing that, by a shutdown hook), and the Prometheus and the lab's Gnocchi
 * holding the replayed trace for its servers. If the lab cannot start, every test that asks for it fails with the reason.
 */
public final class SharedLab implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedLab.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OpenStackLab.class || type == ReplayedPrometheus.class || type == ReplayedGnocchi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        OpenStackLab lab = store.getOrComputeIfAbsent("lab", key -> new Closing(started()), Closing.class).resource(OpenStackLab.class);
        if (parameter.getParameter().getType() == OpenStackLab.class) {
            return lab;
        }
        if (parameter.getParameter().getType() == ReplayedGnocchi.class) {
            return store.getOrComputeIfAbsent("gnocchi", key -> new Closing(ReplayedGnocchi.start(lab)), Closing.class)
                    .resource(ReplayedGnocchi.class);
        }
        return store.getOrComputeIfAbsent("prometheus", key -> new Closing(ReplayedPrometheus.start(lab)), Closing.class)
                .resource(ReplayedPrometheus.class);
    }

    /** A lab that failed to start is not tried again by every test class (each try can take minutes). */
    private static RuntimeException failure;

    private static synchronized OpenStackLab started() {
        if (failure != null) {
            throw new IllegalStateException("the OpenStack lab failed to start earlier in this run: " + failure.getMessage(), failure);
        }
        OpenStackLab lab;
        try {
            lab = OpenStackLab.start();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        System.out.printf("OpenStack lab: up in %.1f s%n", lab.startup().toMillis() / 1000.0);
        return lab;
    }

    /** Closes its resource when JUnit closes the root store at the end of the run. */
    private record Closing(AutoCloseable value) implements ExtensionContext.Store.CloseableResource {
        <R> R resource(Class<R> type) {
            return type.cast(value);
        }

        @Override
        public void close() throws Exception {
            value.close();
        }
    }
}
