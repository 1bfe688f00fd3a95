package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanLifecycle;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.plan.StoredPlan;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The process {@link LabCrashTest} kills: opens the store file and the lab with its state file, takes
 * the plan as far as it has got (proposing, approving and scheduling it on the first run), prints
 * {@code RUNNING} and executes it; prints {@code FINISHED <status>} when the plan has ended.
 * Arguments: store path (without .mv.db), lab state file, plan file, replay speed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        MigrationPlan plan = new PlanCodec().read(Path.of(args[2]));
        try (HarmonyStore harmony = HarmonyStore.openFile(Path.of(args[0]));
                LabConnector lab = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults()
                        .withSpeed(Double.parseDouble(args[3])).withStateFile(Path.of(args[1])))) {
            ExecutionStore store = ExecutionStore.on(harmony, Clock.systemUTC());
            StoredPlan sp = advance(store.plans(), plan);
            PlanExecutor executor = new PlanExecutor(lab, store, new RulePreflight(lab.name()),
                    ExecutionOptions.defaults().withRetries(2, Duration.ofMillis(50)), e -> System.out.println("EVENT " + e));
            System.out.println("RUNNING from " + sp.status());
            ExecutionReport report = executor.execute(plan.id());
            while (report.status() == PlanStatus.PAUSED) {
                report = executor.execute(plan.id());
            }
            System.out.println("FINISHED " + report.status());
        }
    }

    /** Proposes, approves and schedules the plan, each step only if an earlier run has not taken it. */
    private static StoredPlan advance(PlanLifecycle plans, MigrationPlan plan) {
        StoredPlan sp = plans.find(plan.id()).orElseGet(() -> plans.propose(plan, "crash-test"));
        if (sp.status() == PlanStatus.PROPOSED) {
            sp = plans.submitForReview(plan.id(), "crash-test");
        }
        if (sp.status() == PlanStatus.UNDER_REVIEW) {
            sp = plans.approve(plan.id(), "crash-test", "whole plan", Set.of());
        }
        if (sp.status() == PlanStatus.APPROVED) {
            Instant now = Instant.now();
            sp = plans.schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(6))), "crash-test");
        }
        return sp;
    }
}
