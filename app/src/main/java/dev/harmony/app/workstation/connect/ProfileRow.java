package dev.harmony.app.workstation.connect;

import dev.harmony.app.profile.ConnectionProfile;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One profile in the Connect panel, with its status and the last plain message (what it found, or what went wrong). */
public final class ProfileRow {
    private final ConnectionProfile profile;
    private final boolean builtIn;
    private final ReadOnlyObjectWrapper<ConnectionStatus> status = new ReadOnlyObjectWrapper<>(this, "status", ConnectionStatus.NOT_CONNECTED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ProfileRow(ConnectionProfile profile, boolean builtIn) {
        this.profile = profile;
        this.builtIn = builtIn;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    /** The demo lab the window opens by default; not in the profile file, cannot be edited or removed. */
    public boolean builtIn() {
        return builtIn;
    }

    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void set(ConnectionStatus now, String text) {
        status.set(now);
        message.set(text);
    }
}
