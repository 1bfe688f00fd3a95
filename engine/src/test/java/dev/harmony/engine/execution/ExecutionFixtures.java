package dev.harmony.engine.execution;

import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.Risk;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A real in-memory Harmony store with the execution stores on it, and small plans. */
final class ExecutionFixtures implements AutoCloseable {
    final HarmonyStore harmony;
    final DataSource dataSource;
    final ExecutionStore store;

    ExecutionFixtures() {
        String name = "exec-" + System.nanoTime();
        harmony = HarmonyStore.inMemory(name);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name);
        ds.setUser("sa");
        dataSource = ds;
        store = ExecutionStore.on(ds, Clock.systemUTC());
    }

    /** A plan of one batch: each move is "vm:from:to". */
    static MigrationPlan plan(String id, String source, String... moves) {
        List<Move> list = new ArrayList<>();
        for (int i = 0; i < moves.length; i++) {
            String[] p = moves[i].split(":");
            list.add(new Move("m" + (i + 1), p[0], p[1], p[2], "test move", 1.0, 10, Risk.LOW, "b1", i + 1));
        }
        return new MigrationPlan(PlanCodec.SCHEMA_VERSION, id, source, Instant.parse("2024-05-01T09:00:00Z"), list,
                List.of(new Batch("b1", 1, 2, 50, null)), 60.0, 70.0, List.of());
    }

    /** Proposes, reviews, approves (the given moves, or all) and schedules the plan for the next hour. */
    void approveAndSchedule(MigrationPlan plan, Set<String> moves) {
        store.plans().propose(plan, "planner");
        store.plans().submitForReview(plan.id(), "planner");
        store.plans().approve(plan.id(), "alice", "looks right", moves);
        Instant now = Instant.now();
        store.plans().schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(1))), "alice");
    }

    static ExecutionOptions fastOptions() {
        return ExecutionOptions.defaults().withRetries(0, Duration.ZERO).withPollInterval(Duration.ofMillis(1));
    }

    @Override
    public void close() {
        harmony.close();
    }
}
