package dev.harmony.engine.whatif;

/** Where a scenario's demand over the horizon comes from. */
public enum DemandMode {
    /** Each VM's forecast from the history before the start: P50 as expected, P95 as peak. */
    FORECAST,
    /** The recorded trace itself, for looking back at what a change would have done. */
    REPLAY
}
