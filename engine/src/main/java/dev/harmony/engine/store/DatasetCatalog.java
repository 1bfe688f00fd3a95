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

    Optional<DatasetInfo> find(String name);

    List<DatasetInfo> list();

    List<VmProfile> vms(String dataset);

    /** Removes a dataset and all of its telemetry; false when there was none. */
    boolean delete(String name);
}
