package dev.harmony.engine.store;

import java.util.List;
import java.util.Optional;

/** The datasets held in the store and their VMs' sizes. */
public interface DatasetCatalog {

    /**
     * Records a dataset with its VMs in one transaction, replacing any dataset of the same name
     * (and its telemetry). Nothing is changed if it fails.
     */
    void save(DatasetInfo info, List<VmProfile> vms);

    /**
     * Rewrites an existing dataset's description and VMs in one transaction, keeping its telemetry,
     * e.g. once an import that wrote telemetry file by file knows its totals.
     *
     * @throws StoreException when there is no dataset of that name
     */
    void update(DatasetInfo info, List<VmProfile> vms);

    Optional<DatasetInfo> find(String name);

    /** Every dataset, by name. */
    List<DatasetInfo> list();

    /** The VMs of a dataset, by id; empty when there is no such dataset. */
    List<VmProfile> vms(String dataset);

    /** Removes a dataset and all of its telemetry; false when there was none. */
    boolean delete(String name);
}
