package dev.harmony.connectors.lab.trace;

/**
 * Why a row was repaired or dropped. Each reason has one fixed action, so counts per reason are
 * counts of repairs or of drops; {@link #unreadable()} marks the reasons that count toward rejecting
 * a file whose rows are mostly unreadable.
 */
public enum RowIssue {
    TRUNCATED_ROW(Action.DROPPED, true, "fewer fields than the header"),
    EXTRA_FIELDS(Action.DROPPED, true, "more fields than the header"),
    WRONG_SEPARATOR(Action.DROPPED, true, "fields not separated as the format requires"),
    BAD_TIMESTAMP(Action.DROPPED, true, "timestamp missing, not a number or outside 2000..2100"),
    OUT_OF_ORDER(Action.DROPPED, true, "timestamp earlier than the row before"),
    NOT_A_NUMBER(Action.DROPPED, true, "value is NaN or not a number"),
    NEGATIVE_VALUE(Action.DROPPED, true, "value is negative"),
    OUT_OF_RANGE(Action.DROPPED, true, "percentage above 100"),
    EXTRA_LINE(Action.DROPPED, true, "line beyond the format's fixed length"),
    EMPTY_LINE(Action.DROPPED, false, "blank line"),
    DUPLICATE_ROW(Action.DROPPED, false, "exact copy of the row before"),
    DUPLICATE_TIMESTAMP(Action.DROPPED, false, "second row for a timestamp, values differ; first row kept"),
    NO_MEASUREMENT(Action.DROPPED, false, "zero capacity and zero usage: the VM was not reporting"),
    ZERO_CAPACITY(Action.REPAIRED, false, "zero capacity with usage present; capacity set to the VM's modal value"),
    BAD_FIELD(Action.REPAIRED, false, "one metric NaN, not a number or negative; that field set missing");

    /** What the policy does with a row that has the issue. */
    public enum Action {
        REPAIRED,
        DROPPED
    }

    private final Action action;
    private final boolean unreadable;
    private final String meaning;

    RowIssue(Action action, boolean unreadable, String meaning) {
        this.action = action;
        this.unreadable = unreadable;
        this.meaning = meaning;
    }

    public Action action() {
        return action;
    }

    /** Whether the row carried no usable data because it was malformed (counts toward rejecting the file). */
    public boolean unreadable() {
        return unreadable;
    }

    /** One plain sentence for reports. */
    public String meaning() {
        return meaning;
    }
}
