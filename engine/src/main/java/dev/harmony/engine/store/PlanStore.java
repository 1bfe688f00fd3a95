package dev.harmony.engine.store;

import java.util.List;
import java.util.Optional;

/**
 * Migration plans as JSON documents with a status. The planner owns the JSON's shape; the store
 * only keeps it, so plans survive a restart and approvals can refer to them.
 */
public interface PlanStore {

    /** Stores a plan, replacing the plan with the same id. */
    void save(PlanDocument plan);

    Optional<PlanDocument> find(String id);

    /** Every plan, newest first. */
    List<PlanDocument> list();

    /** Changes a plan's status; false when there is no plan with this id. */
    boolean updateStatus(String id, String status);
}
