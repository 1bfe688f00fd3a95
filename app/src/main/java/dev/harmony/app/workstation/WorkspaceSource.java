package dev.harmony.app.workstation;

import dev.harmony.engine.model.InventorySnapshot;

/** Where the workstation's pool comes from: the demo lab now, vCenter or OpenStack profiles later. */
public interface WorkspaceSource {

    /** A short title for the window, e.g. {@code demo lab bitbrains-rnd}. */
    String title();

    /** Opens the source and reads its inventory; may take seconds, never called on the FX thread. */
    Workspace open();

    /** The opened source's connector, for training, planning and execution; empty before {@link #open} or when it has none. */
    default java.util.Optional<dev.harmony.engine.connector.Connector> connector() {
        return java.util.Optional.empty();
    }

    /**
     * What an opened source shows.
     *
     * @param inventory the inventory
     * @param facts     label → value lines describing the source (span, interval, repaired rows ...)
     * @param feed      affinity, health and live loads of the source's pool
     */
    record Workspace(InventorySnapshot inventory, java.util.List<Fact> facts, PoolFeed feed) {
        public Workspace {
            facts = java.util.List.copyOf(facts);
            java.util.Objects.requireNonNull(feed, "feed");
        }
    }

    /**
     * One labelled fact about the source.
     *
     * @param label e.g. {@code Time span}
     * @param value e.g. {@code 2013-06-30 → 2013-07-30}
     */
    record Fact(String label, String value) {
    }
}
