package dev.harmony.engine.execution;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import dev.harmony.engine.plan.Move;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides and records what became of an issued move. The VM's host is read back from the connector
 * and that, not the task's word, decides: on the target is done, a reported success anywhere else is a
 * failure, and a VM left on its source is retried, cancelled or failed.
 */
final class MoveSettlement {
    /** What the executor does next with a settled move. */
    enum Next { NOTHING, RETRY }

    private final RunContext ctx;

    MoveSettlement(RunContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param attempt     the attempt that ended
     * @param status      the task's final status, or a failed status made from the connector's refusal
     * @param cancelled   whether the executor asked to cancel it because the run is being cancelled
     * @param timedOut    whether the executor asked to cancel it because it ran too long
     */
    Next settle(Move m, int attempt, TaskStatus status, boolean cancelled, boolean timedOut) {
        Optional<String> host;
        String readBack;
        try {
            host = ctx.connector().currentHost(m.vm());
            readBack = host.map(h -> "read back on " + h).orElse("read back on no host (the VM is gone)");
        } catch (ConnectorException e) {
            host = null;
            readBack = "its host could not be read back (" + e.getMessage() + ")";
        }
        String said = "the connector reported " + status.state().name().toLowerCase(java.util.Locale.ROOT)
                + (status.message().isEmpty() ? "" : " (" + status.message() + ")");
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("task_state", status.state().name());
        audit.put("task_message", status.message());
        audit.put("read_back", host == null ? "unknown" : host.orElse("none"));
        if (host != null && host.isPresent() && host.get().equals(m.to())) {
            String detail = status.state() == TaskState.SUCCEEDED ? "done: VM " + m.vm() + " " + readBack
                    : "done: " + said + ", but VM " + m.vm() + " was " + readBack + ", its target";
            return end(m, MoveState.DONE, detail, audit);
        }
        if (status.state() == TaskState.SUCCEEDED) {
            String detail = "failed: " + said + ", but VM " + m.vm() + " was " + readBack + ", not on its target " + m.to();
            audit.put("mismatch", true);
            end(m, MoveState.FAILED, detail, audit);
            ctx.failed(m, detail);
            return Next.NOTHING;
        }
        boolean onSource = host != null && host.isPresent() && host.get().equals(m.from());
        if (onSource && cancelled && status.state() == TaskState.CANCELLED) {
            return end(m, MoveState.CANCELLED, "cancelled: " + said + "; VM " + m.vm() + " " + readBack, audit);
        }
        String why = (timedOut ? "timed out after " + ctx.options().moveTimeout() + " and " : "") + said + "; VM " + m.vm() + " " + readBack;
        if (onSource && !cancelled && attempt <= ctx.options().retries()) {
            audit.put("will_retry", true);
            end(m, MoveState.PENDING, "attempt " + attempt + " failed: " + why + "; trying again", audit);
            return Next.RETRY;
        }
        String detail = "failed after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": " + why;
        end(m, MoveState.FAILED, detail, audit);
        ctx.failed(m, detail);
        return Next.NOTHING;
    }

    /** Records as done a move found on its target after an earlier attempt, whose migration landed after all. */
    void foundDone(Move m) {
        String detail = "done: VM " + m.vm() + " was found on its target " + m.to() + " after an earlier attempt; not issued again";
        end(m, MoveState.DONE, detail, new LinkedHashMap<>(Map.of("read_back", m.to(), "found_after_earlier_attempt", true)));
    }

    /** Records a move the pre-flight refused (or the window closed on) and tells the listener. */
    void skip(Move m, String reason) {
        ctx.journal().record(ctx.planId(), m.id(), MoveState.SKIPPED, reason, ctx.actor(), AuditAction.MOVE_SKIPPED, Map.of());
        ctx.emit(new ExecutionEvent.MoveEnded(ctx.planId(), m, MoveState.SKIPPED, reason));
    }

    private Next end(Move m, MoveState state, String detail, Map<String, Object> audit) {
        ctx.journal().record(ctx.planId(), m.id(), state, detail, ctx.actor(), AuditAction.MOVE_RESULT, audit);
        ctx.emit(new ExecutionEvent.MoveEnded(ctx.planId(), m, state, detail));
        return Next.NOTHING;
    }
}
