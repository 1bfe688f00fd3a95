package dev.harmony.engine.execution;

import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.ScheduleWindow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one wave of a batch: starts its moves in plan order as the limits allow, each after a fresh
 * pre-flight, polls them to their end and settles them. A refused move waits while earlier moves are
 * in flight (their end may free memory or a host) and is skipped only when nothing is.
 */
final class WaveRun {
    /** Why the wave stopped. */
    enum Stop { COMPLETED, PAUSED, CANCELLED }

    /** A move the connector is carrying out. */
    private static final class Flight {
        final Move move;
        final MigrationTask task;
        final int attempt;
        final long startedNanos;
        boolean cancelSent;
        boolean timedOut;
        double reported = -1;

        Flight(Move move, MigrationTask task, int attempt) {
            this.move = move;
            this.task = task;
            this.attempt = attempt;
            this.startedNanos = System.nanoTime();
        }
    }

    private final RunContext ctx;
    private final Batch batch;
    private final int perHost;
    private final Deque<Move> queue;
    private final List<Flight> flights = new ArrayList<>();
    private final Map<String, Long> notBefore = new HashMap<>();
    private final MoveSettlement settlement;
    private final Runnable cancelPending;
    private boolean cancelling;
    private String waitingFor;

    /** @param cancelPending cancels every pending move of the plan in the journal, when a cancel arrives */
    WaveRun(RunContext ctx, Batch batch, List<Move> moves, Runnable cancelPending) {
        this.ctx = ctx;
        this.batch = batch;
        this.perHost = Math.min(batch.maxConcurrentPerHost(), ctx.options().limits().maxConcurrentPerHost());
        this.queue = new ArrayDeque<>(moves);
        this.settlement = new MoveSettlement(ctx);
        this.cancelPending = cancelPending;
    }

    Stop run() throws InterruptedException {
        long pollMillis = Math.max(1, ctx.options().pollInterval().toMillis());
        while (true) {
            boolean progressed = poll();
            if (ctx.control().cancelRequested()) {
                if (!cancelling) {
                    cancelling = true;
                    queue.clear();
                    cancelPending.run();
                    flights.forEach(WaveRun::cancel);
                }
                if (flights.isEmpty()) {
                    return Stop.CANCELLED;
                }
            } else if (ctx.control().pauseRequested()) {
                if (flights.isEmpty()) {
                    return Stop.PAUSED;
                }
            } else if (queue.isEmpty()) {
                if (flights.isEmpty()) {
                    return Stop.COMPLETED;
                }
            } else {
                progressed |= tryStartNext();
            }
            if (!progressed) {
                Thread.sleep(pollMillis);
            }
        }
    }

    private boolean tryStartNext() {
        Move m = queue.peekFirst();
        Instant now = ctx.options().clock().instant();
        Optional<String> closed = windowClosed(now);
        if (closed.isPresent()) {
            queue.pollFirst();
            settlement.skip(m, closed.get());
            return true;
        }
        if (batch.window() != null && now.isBefore(batch.window().start())) {
            ctx.control().pause("batch " + batch.id() + " may start only from " + batch.window().start() + "; resume the run then");
            return true;
        }
        Long due = notBefore.get(m.id());
        if ((due != null && System.nanoTime() < due) || busy(m) || (m.id().equals(waitingFor) && !flights.isEmpty())) {
            return false;
        }
        Optional<String> refusal;
        ClusterState state;
        try {
            state = ClusterState.read(ctx.connector(), inFlightTargets());
            refusal = ctx.preflight().refusal(m, state);
        } catch (ConnectorException e) {
            ctx.control().pause("could not read the state of " + ctx.connector().name() + " before move " + m.describe() + ": "
                    + e.getMessage() + ". The run is paused; resume it when the connector answers again.");
            return true;
        }
        if (refusal.isPresent()) {
            if (!flights.isEmpty()) {
                waitingFor = m.id();
                return false;
            }
            queue.pollFirst();
            if (m.to().equals(state.hostOf(m.vm()).orElse(null)) && issuedBefore(m)) {
                settlement.foundDone(m);
            } else {
                settlement.skip(m, "skipped: " + refusal.get());
            }
            return true;
        }
        queue.pollFirst();
        waitingFor = null;
        start(m);
        return true;
    }

    /** Whether an earlier attempt of the move was issued (a migration that outlived its attempt may have landed). */
    private boolean issuedBefore(Move m) {
        return ctx.journal().entries(ctx.planId()).stream().anyMatch(e -> e.moveId().equals(m.id()) && e.attempts() > 0);
    }

    private void start(Move m) {
        JournalEntry intent = ctx.journal().recordIntent(ctx.planId(), m.id(), ctx.actor());
        ctx.emit(new ExecutionEvent.MoveStarted(ctx.planId(), m, intent.attempts()));
        MigrationTask task;
        try {
            task = ctx.connector().migrate(m.vm(), m.to());
        } catch (ConnectorException e) {
            TaskStatus refused = new TaskStatus(TaskState.FAILED, 0, e.getMessage(), ctx.options().clock().instant());
            after(m, settlement.settle(m, intent.attempts(), refused, false, false));
            return;
        }
        ctx.journal().recordTask(ctx.planId(), m.id(), task.id());
        flights.add(new Flight(m, task, intent.attempts()));
    }

    /** Polls every flight once; settles those that ended. True when one did. */
    private boolean poll() {
        boolean ended = false;
        for (var it = flights.iterator(); it.hasNext();) {
            Flight f = it.next();
            TaskStatus s;
            try {
                s = f.task.status();
            } catch (ConnectorException e) {
                continue;
            }
            if (!s.state().isFinal()) {
                if (!f.cancelSent && System.nanoTime() - f.startedNanos > ctx.options().moveTimeout().toNanos()) {
                    f.timedOut = true;
                    cancel(f);
                }
                if (s.progress() - f.reported >= 0.1) {
                    f.reported = s.progress();
                    ctx.emit(new ExecutionEvent.MoveProgress(ctx.planId(), f.move, s.progress()));
                }
                continue;
            }
            it.remove();
            ended = true;
            after(f.move, settlement.settle(f.move, f.attempt, s, cancelling, f.timedOut));
        }
        return ended;
    }

    private void after(Move m, MoveSettlement.Next next) {
        if (next == MoveSettlement.Next.RETRY) {
            queue.addFirst(m);
            notBefore.put(m.id(), System.nanoTime() + ctx.options().retryDelay().toNanos());
        }
    }

    private static void cancel(Flight f) {
        if (!f.cancelSent) {
            f.cancelSent = true;
            try {
                f.task.cancel();
            } catch (ConnectorException e) {
                // The task's final status and the read-back tell what happened.
            }
        }
    }

    /** Whether the limits or a move of the same VM in flight hold the move back. */
    private boolean busy(Move m) {
        if (flights.size() >= ctx.options().limits().maxConcurrent()) {
            return true;
        }
        int onFrom = 0;
        int onTo = 0;
        for (Flight f : flights) {
            if (f.move.vm().equals(m.vm())) {
                return true;
            }
            onFrom += touches(f.move, m.from()) ? 1 : 0;
            onTo += touches(f.move, m.to()) ? 1 : 0;
        }
        return onFrom >= perHost || onTo >= perHost;
    }

    private static boolean touches(Move m, String host) {
        return m.from().equals(host) || m.to().equals(host);
    }

    private Map<String, String> inFlightTargets() {
        Map<String, String> targets = new HashMap<>();
        flights.forEach(f -> targets.put(f.move.vm(), f.move.to()));
        return targets;
    }

    private Optional<String> windowClosed(Instant now) {
        Optional<ScheduleWindow> plan = ctx.plan().schedule();
        if (plan.isPresent() && !now.isBefore(plan.get().end())) {
            return Optional.of("skipped: the plan's window closed at " + plan.get().end());
        }
        if (batch.window() != null && !now.isBefore(batch.window().end())) {
            return Optional.of("skipped: batch " + batch.id() + "'s window closed at " + batch.window().end());
        }
        return Optional.empty();
    }
}
