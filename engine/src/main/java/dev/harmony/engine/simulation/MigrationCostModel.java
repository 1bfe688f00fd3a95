package dev.harmony.engine.simulation;

/** Prices one live migration from the VM's memory, how fast it dirties pages and the link between the hosts. */
public interface MigrationCostModel {
    /**
     * @param memoryMib        the VM's memory, in MiB, at least 1
     * @param dirtyMibPerSecond how fast the running VM writes to memory, in MiB/s, at least 0
     * @param linkMbps         the slower of the two hosts' migration links, in Mbit/s, positive
     */
    MigrationCost cost(long memoryMib, double dirtyMibPerSecond, double linkMbps);
}
