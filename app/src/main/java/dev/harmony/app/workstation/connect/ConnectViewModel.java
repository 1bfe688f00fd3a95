package dev.harmony.app.workstation.connect;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileConnector;
import dev.harmony.app.profile.ProfileException;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileLogin;
import dev.harmony.app.profile.ProfileSecrets;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.WorkspaceSource;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Connect panel: the demo lab first, then the profiles of {@code profiles.json}, each with its
 * status; one connection at a time feeds the window. Connecting runs through the {@link TaskRunner}, so the
 * FX thread never waits on a server; questions (password, passphrase, certificate) go to {@link ConnectDialogs}.
 * A bad profile file is shown as one plain line naming file, line and field; the demo lab stays usable.
 */
public final class ConnectViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectViewModel.class);
    private final ProfileFile file;
    private final ProfileKinds kinds;
    private final ProfileSecrets secrets;
    private final ProfileLogin login;
    private final TaskRunner runner;
    private final Consumer<WorkspaceSource> window;
    private final ConnectionProfile demo;
    private final ObservableList<ProfileRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private ProfileRow activeRow;
    private AutoCloseable active;

    /**
     * @param window  opens a source in the main window
     * @param demo    the demo lab's profile, listed first
     * @param opened  what the window opened at start (the demo lab), closed when another connection replaces it
     */
    public ConnectViewModel(ProfileFile file, ProfileKinds kinds, ProfileSecrets secrets, ConnectDialogs dialogs,
            TaskRunner runner, Consumer<WorkspaceSource> window, ConnectionProfile demo, AutoCloseable opened) {
        this.file = file;
        this.kinds = kinds;
        this.secrets = secrets;
        this.login = new ProfileLogin(secrets, new DialogLoginPrompts(dialogs));
        this.runner = runner;
        this.window = window;
        this.demo = demo;
        this.active = opened;
        reload();
        activeRow = rows.get(0);
        activeRow.set(ConnectionStatus.CONNECTED, "opened at start");
    }

    /** Reads the profile file again; keeps the status of rows whose profile did not change. */
    public void reload() {
        List<ProfileRow> old = List.copyOf(rows);
        rows.clear();
        rows.add(keep(old, new ProfileRow(demo, true)));
        try {
            for (ConnectionProfile p : file.read()) {
                rows.add(keep(old, new ProfileRow(p, false)));
            }
            error.set("");
        } catch (ProfileException | java.io.UncheckedIOException e) {
            error.set(e.getMessage());
        }
    }

    private ProfileRow keep(List<ProfileRow> old, ProfileRow fresh) {
        for (ProfileRow r : old) {
            if (r.profile().equals(fresh.profile())) {
                if (r == activeRow) {
                    return r;
                }
                fresh.set(r.statusProperty().get(), r.messageProperty().get());
            }
        }
        return fresh;
    }

    /** Connects in the background; on success the window shows the source and the previous connection closes. */
    public void connect(ProfileRow row) {
        if (row.statusProperty().get() == ConnectionStatus.CONNECTING) {
            return;
        }
        ConnectionProfile profile = row.profile();
        row.set(ConnectionStatus.CONNECTING, "connecting to " + profile.target() + " …");
        runner.run(() -> {
            ProfileConnector connector = ProfileConnector.open(kinds, profile, login);
            try {
                return new Opened(connector, ConnectedWorkspace.read(profile, kinds.of(profile).title(), connector));
            } catch (RuntimeException e) {
                connector.close();
                throw e;
            }
        }, opened -> {
            var inventory = opened.source().open().inventory();
            row.set(ConnectionStatus.CONNECTED, inventory.hosts().size() + " hosts, " + inventory.vms().size() + " VMs");
            replaceActive(row, opened.connector());
            window.accept(opened.source());
        }, failure -> row.set(ConnectionStatus.FAILED, plain(failure)));
    }

    /** Closes the connection feeding the window and opens the demo lab again. */
    public void disconnect() {
        if (activeRow == null || activeRow.builtIn() && activeRow.statusProperty().get() == ConnectionStatus.CONNECTED) {
            return;
        }
        ProfileRow was = activeRow;
        closeActive();
        was.set(ConnectionStatus.NOT_CONNECTED, "disconnected");
        connect(rows.get(0));
    }

    /** Removes the profile and its stored password; the demo lab cannot be removed. */
    public void remove(ProfileRow row) {
        if (row.builtIn()) {
            return;
        }
        try {
            if (row == activeRow) {
                disconnect();
            }
            secrets.forget(row.profile());
            file.remove(row.profile().name());
            reload();
        } catch (ProfileException | java.io.UncheckedIOException e) {
            error.set(e.getMessage());
        }
    }

    /** An editor for a new profile (null) or for the row's profile. */
    public ProfileEditorModel editor(ProfileRow row) {
        return new ProfileEditorModel(file, kinds, login, row == null ? null : row.profile(), this::reload);
    }

    private void replaceActive(ProfileRow row, AutoCloseable connection) {
        if (activeRow != null && activeRow != row) {
            activeRow.set(ConnectionStatus.NOT_CONNECTED, "replaced by " + row.profile().name());
        }
        closeActive();
        activeRow = row;
        active = connection;
    }

    private void closeActive() {
        if (active != null) {
            try {
                active.close();
            } catch (Exception e) {
                LOG.warn("closing the previous connection failed: {}", e.toString());
            }
            active = null;
        }
        activeRow = null;
    }

    /** The message of a failure, without exception class names: what the planner can act on. */
    static String plain(Throwable failure) {
        Throwable t = failure;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? "failed (" + t.getClass().getSimpleName() + "); see the log" : message;
    }

    public ObservableList<ProfileRow> rows() {
        return rows;
    }

    /** The profile file's problem, naming file, line and field; empty when it reads. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closeActive();
    }

    private record Opened(ProfileConnector connector, ConnectedWorkspace source) {
    }
}
