package dev.harmony.engine.execution;

/** Where one approved move is in the journal. */
public enum MoveState {
    /** Not started, or to be tried again. */
    PENDING,
    /** Its intent is committed and the connector may have been asked; the result is not yet known. */
    INTENDED,
    /** The VM was read back on its target. */
    DONE,
    /** Tried and not done; the detail says why and where the VM was read back. */
    FAILED,
    /** Not tried: a pre-flight check failed; the detail gives the reason. */
    SKIPPED,
    /** Not done because the run was cancelled. */
    CANCELLED;

    /** Whether the move will not be tried again. */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == SKIPPED || this == CANCELLED;
    }
}
