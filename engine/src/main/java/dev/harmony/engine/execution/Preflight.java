package dev.harmony.engine.execution;

import dev.harmony.engine.plan.Move;
import java.util.Optional;

/** Decides whether a move may start now; the executor and the dry run both ask it, in plan order. */
public interface Preflight {

    /**
     * Why the move must not start in this state.
     *
     * @return the reason, one sentence naming the VM, host or rule; empty when the move may start
     */
    Optional<String> refusal(Move move, ClusterState state);
}
