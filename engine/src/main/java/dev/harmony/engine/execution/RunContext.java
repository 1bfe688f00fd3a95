package dev.harmony.engine.execution;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.plan.Approval;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.StoredPlan;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What one run of one plan works with; shared by the executor's parts for the length of the run. */
record RunContext(StoredPlan plan, Approval approval, Connector connector, ExecutionJournal journal, Preflight preflight,
        ExecutionOptions options, Consumer<ExecutionEvent> listener, RunControl control) {

    private static final Logger LOG = LoggerFactory.getLogger(RunContext.class);

    String planId() {
        return plan.id();
    }

    String actor() {
        return options.actor();
    }

    /** Hands an event to the listener; a listener's failure must not stop a run that is moving VMs. */
    void emit(ExecutionEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("an execution listener threw on {}; the run goes on", event, e);
        }
    }

    /** The pause a failed move asks for, when the options say so; the detail starts with "failed". */
    void failed(Move move, String detail) {
        if (options.pauseOnFailure()) {
            control.pause("move " + move.describe() + " " + detail
                    + ". The run is paused; resume it to go on with the remaining moves, or cancel it.");
        }
    }
}
