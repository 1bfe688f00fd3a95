package dev.harmony.app.workstation.connect;

import dev.harmony.app.cli.AppContext;
import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.WorkstationView;
import dev.harmony.app.workstation.WorkstationViewModel;
import javafx.stage.Stage;

/** Puts the Connect panel into the workstation window as a tab, wired to the user's profiles. */
public final class ConnectPanel {
    private ConnectPanel() {
    }

    /**
     * Adds the "Connect" tab to the window on {@code stage}; call on the FX thread after the window is shown.
     *
     * @param demoLab the lab the window opened at start
     * @param opened  its source, closed when another connection replaces it
     * @return the panel's model, to close when the window closes
     */
    public static ConnectViewModel install(Stage stage, WorkstationViewModel window, AppContext context, TaskRunner runner,
            String demoLab, AutoCloseable opened) {
        ConnectViewModel model = new ConnectViewModel(context.profiles(), context.profileKinds(), context.secrets(),
                new FxConnectDialogs(() -> stage), runner, window::open, ConnectionProfile.lab("demo", demoLab), opened);
        if (stage.getScene().getRoot() instanceof WorkstationView view) {
            view.addTab("connectTab", "Connect", new ConnectView(model));
        }
        return model;
    }
}
