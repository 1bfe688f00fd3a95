package dev.harmony.app.workstation.connect;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileConnector;
import dev.harmony.app.profile.TlsMode;
import dev.harmony.app.workstation.ConnectorPoolFeed;
import dev.harmony.app.workstation.PoolFeedOptions;
import dev.harmony.app.workstation.WorkspaceSource;
import dev.harmony.engine.model.InventorySnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * A source already connected through a profile, handed to the main window: opening it costs nothing more,
 * since the inventory was read while connecting (off the FX thread).
 */
final class ConnectedWorkspace implements WorkspaceSource {
    private final String title;
    private final Workspace workspace;

    private ConnectedWorkspace(String title, Workspace workspace) {
        this.title = title;
        this.workspace = workspace;
    }

    /** Reads the inventory and rules of an opened connector; slow, never on the FX thread. */
    static ConnectedWorkspace read(ConnectionProfile profile, String kindTitle, ProfileConnector connector) {
        InventorySnapshot inventory = connector.inventory();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Profile", profile.name() + " (" + kindTitle + ")"));
        facts.add(new Fact("Connected to", connector.innerName()));
        if (profile.user() != null) {
            facts.add(new Fact("User", profile.user()));
        }
        if (profile.url() != null) {
            facts.add(new Fact("Certificate", profile.tls() == TlsMode.INSECURE ? "NOT CHECKED (insecure profile)"
                    : "pinned on first use"));
        }
        facts.add(new Fact("Inventory", inventory.pools().size() + " pool(s), " + inventory.hosts().size() + " host(s), "
                + inventory.vms().size() + " VM(s)"));
        facts.add(new Fact("Rules", Integer.toString(connector.constraints().size())));
        return new ConnectedWorkspace(kindTitle + " " + profile.name(),
                new Workspace(inventory, facts, new ConnectorPoolFeed(connector, PoolFeedOptions.defaults())));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Workspace open() {
        return workspace;
    }
}
