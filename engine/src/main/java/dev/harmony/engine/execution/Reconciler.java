package dev.harmony.engine.execution;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.StoredPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settles the moves an interrupted run left with an intent but no result, by where the connector says
 * each VM is now: on its target, the move is recorded done and never issued again; on its source, it
 * becomes pending and goes through the approval gate and pre-flight like any other; anywhere else, or
 * gone, it is recorded failed. Every decision is audited as reconciled after a crash.
 */
final class Reconciler {
    static final String AFTER_CRASH = "reconciled after crash: ";
    private final Connector connector;
    private final ExecutionJournal journal;
    private final String actor;
    private final Consumer<ExecutionEvent> events;

    Reconciler(Connector connector, ExecutionJournal journal, String actor, Consumer<ExecutionEvent> events) {
        this.connector = connector;
        this.journal = journal;
        this.actor = actor;
        this.events = events;
    }

    /** Settles every {@link MoveState#INTENDED} row of the plan; returns how many there were. */
    int reconcile(StoredPlan sp) {
        List<JournalEntry> open = journal.entries(sp.id()).stream().filter(e -> e.state() == MoveState.INTENDED).toList();
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("plan", sp.id());
        note.put("connector", connector.name());
        note.put("interrupted_moves", open.stream().map(JournalEntry::moveId).toList());
        journal.note(actor, AuditAction.EXECUTION_RECOVERED, note);
        for (JournalEntry e : open) {
            Move move = sp.plan().move(e.moveId()).orElseThrow();
            Optional<String> host = connector.currentHost(e.vm());
            MoveState outcome;
            String detail;
            if (host.isPresent() && host.get().equals(e.to())) {
                outcome = MoveState.DONE;
                detail = AFTER_CRASH + "VM " + e.vm() + " was found on its target " + e.to() + "; the move is done and is not issued again";
            } else if (host.isPresent() && host.get().equals(e.from())) {
                outcome = MoveState.PENDING;
                detail = AFTER_CRASH + "VM " + e.vm() + " is still on its source " + e.from()
                        + "; attempt " + e.attempts() + " did not complete, and the move is re-validated before it is issued again";
            } else {
                outcome = MoveState.FAILED;
                detail = AFTER_CRASH + "VM " + e.vm() + (host.isPresent() ? " runs on " + host.get() + ", neither its source "
                        + e.from() + " nor its target " + e.to() : " no longer exists");
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("read_back", host.orElse("none"));
            extra.put("reconciled_after_crash", true);
            journal.record(sp.id(), e.moveId(), outcome, detail, actor, AuditAction.MOVE_RECONCILED, extra);
            events.accept(new ExecutionEvent.Reconciled(sp.id(), move, outcome, detail));
        }
        return open.size();
    }
}
