package dev.harmony.engine.report;

import dev.harmony.engine.plan.MigrationPlan;

/** Builds the report of a plan. */
public interface PlanReporter {

    /** The report of the plan as it stands now: predicted, and executed where the store says so. */
    PlanReport report(MigrationPlan plan);
}
