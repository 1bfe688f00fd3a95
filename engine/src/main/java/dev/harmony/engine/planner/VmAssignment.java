package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/** The solver's one planning entity: which host a VM runs on. Mutable; never leaves this package. */
@PlanningEntity
final class VmAssignment {
    @PlanningId
    private String id;
    private VmFacts facts;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "targets")
    private HostSlot host;

    @SuppressWarnings("unused")
    private VmAssignment() {
        // For the solver's cloner.
    }

    VmAssignment(VmFacts facts, boolean pinned) {
        this.id = facts.id();
        this.facts = facts;
        this.pinned = pinned;
        this.host = facts.original();
    }

    String getId() {
        return id;
    }

    VmFacts facts() {
        return facts;
    }

    boolean pinned() {
        return pinned;
    }

    /** The hosts this VM may be placed on: where it runs and the targets offered to it. */
    @ValueRangeProvider(id = "targets")
    List<HostSlot> getTargets() {
        return facts.targets();
    }

    HostSlot getHost() {
        return host;
    }

    void setHost(HostSlot host) {
        this.host = host;
    }

    /** Whether the solver moved it off the host it runs on now. */
    boolean moved() {
        return host != facts.original();
    }

    /** The load it puts on hosts: on its host, and while it migrates the overhead on the host it leaves. */
    List<HostLoad> loads() {
        return moved() ? List.of(new HostLoad(host, this, false), new HostLoad(facts.original(), this, true))
                : List.of(new HostLoad(host, this, false));
    }

    @Override
    public String toString() {
        return id + "@" + host;
    }
}
