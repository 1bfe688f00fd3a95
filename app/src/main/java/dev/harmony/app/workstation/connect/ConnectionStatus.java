package dev.harmony.app.workstation.connect;

/** Where a profile stands in this session. */
public enum ConnectionStatus {
    NOT_CONNECTED("—"),
    CONNECTING("connecting…"),
    CONNECTED("connected"),
    FAILED("failed");

    private final String label;

    ConnectionStatus(String label) {
        this.label = label;
    }

    /** What the table shows. */
    public String label() {
        return label;
    }
}
