package dev.harmony.app.workstation.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileSecrets;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.WorkspaceSource;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.trust.PinFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Connect panel's model without a window, on the real bundled labs and the govmomi vCenter simulator (shared by
 * this test run); the planner's answers to dialogs come from {@link ScriptedDialogs}.
 */
@ExtendWith(SharedSimulator.class)
class ConnectViewModelTest {
    private static final LabCatalog LABS = new LabCatalog();
    @TempDir
    Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<WorkspaceSource> opened = new ArrayList<>();
    private final AtomicBoolean startClosed = new AtomicBoolean();
    private ConnectViewModel model;

    private ConnectViewModel model() {
        ProfileKinds kinds = ProfileKinds.standard(lab -> LABS, new PinFile(home.resolve("pins.properties")),
                new ReconnectPolicy(2, Duration.ofMillis(50), Duration.ofMillis(100)));
        model = new ConnectViewModel(new ProfileFile(home.resolve("profiles.json"), kinds), kinds,
                new ProfileSecrets(home.resolve("secrets.properties")), dialogs, TaskRunner.sameThread(), opened::add,
                ConnectionProfile.lab("demo", "bitbrains-rnd"), () -> startClosed.set(true));
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void theDemoLabComesFirstAndABadFileIsNamedPlainly() throws Exception {
        Files.writeString(home.resolve("profiles.json"), "{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n"
                + "{\"name\": \"vc\", \"kind\": \"vcenter\", \"url\": \"vc01\", \"user\": \"u\"}]}");

        ConnectViewModel m = model();

        assertThat(m.rows()).hasSize(1);
        assertThat(m.rows().get(0).builtIn()).isTrue();
        assertThat(m.rows().get(0).statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(m.errorProperty().get()).contains("profiles.json line 2, field \"url\"").contains("https://");
    }

    @Test
    void connectingALabProfileOpensItAndClosesWhatWasOpen() {
        ConnectViewModel m = model();
        ProfileEditorModel editor = m.editor(null);
        editor.nameProperty().set("planetlab");
        editor.kindProperty().set("lab");
        editor.labProperty().set("planetlab-20110303");
        assertThat(editor.save()).as(editor.errorProperty().get()).isTrue();
        ProfileRow row = m.rows().get(1);

        m.connect(row);

        assertThat(row.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(row.messageProperty().get()).matches("\\d+ hosts, \\d+ VMs");
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.title()).contains("planetlab"));
        assertThat(startClosed).isTrue();
        assertThat(m.rows().get(0).statusProperty().get()).isEqualTo(ConnectionStatus.NOT_CONNECTED);

        m.disconnect();
        assertThat(row.statusProperty().get()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
        assertThat(m.rows().get(0).statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(opened).hasSize(2).last().satisfies(s -> assertThat(s.title()).contains("demo"));
    }

    @Test
    void anUnreachableVcenterFailsWithAPlainMessage() {
        ConnectViewModel m = model();
        ProfileEditorModel editor = m.editor(null);
        editor.nameProperty().set("gone");
        editor.urlProperty().set("https://127.0.0.1:1/sdk");
        editor.userProperty().set("planner");
        editor.askEachTimeProperty().set(true);
        assertThat(editor.save()).as(editor.errorProperty().get()).isTrue();

        m.connect(m.rows().get(1));

        ProfileRow row = m.rows().get(1);
        assertThat(row.statusProperty().get()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(row.messageProperty().get()).contains("127.0.0.1:1").contains("unreachable").doesNotContain("dev.harmony").doesNotContain("\tat ");
        assertThat(opened).isEmpty();
        assertThat(m.rows().get(0).statusProperty().get()).as("the demo lab stays open").isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void theEditorNamesTheWrongFieldAndWritesNothing() {
        ConnectViewModel m = model();
        ProfileEditorModel editor = m.editor(null);
        editor.nameProperty().set("vc");
        editor.urlProperty().set("http://vc01/sdk");
        editor.userProperty().set("planner");
        editor.passwordProperty().set("pw");

        assertThat(editor.save()).isFalse();
        assertThat(editor.errorProperty().get()).startsWith("URL:").contains("https://");
        assertThat(home.resolve("profiles.json")).doesNotExist();
        assertThat(home.resolve("secrets.properties")).doesNotExist();
        assertThat(dialogs.secretsAsked).isEmpty();
    }

    @Test
    void aNewVcenterProfileStoresItsPasswordAndTheCertificateIsAskedAboutOnce(Simulator simulator) {
        ConnectViewModel m = model();
        ProfileEditorModel editor = m.editor(null);
        editor.nameProperty().set("vc");
        editor.urlProperty().set(simulator.sdk().toString());
        editor.userProperty().set("planner@vsphere.local");
        editor.passwordProperty().set("simulator-password");
        assertThat(editor.save()).as(editor.errorProperty().get()).isTrue();
        assertThat(dialogs.secretsAsked).containsExactly("Secret store");
        ProfileRow row = m.rows().get(1);

        m.connect(row);

        assertThat(row.statusProperty().get()).as(row.messageProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(row.messageProperty().get()).isEqualTo(simulator.size().hosts() + " hosts, " + simulator.vms() + " VMs");
        assertThat(dialogs.certificatesShown).singleElement()
                .satisfies(c -> assertThat(c.endpoint()).isEqualTo("127.0.0.1:" + simulator.port()));
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.open().inventory().vms()).hasSize(simulator.vms()));

        m.disconnect();
        m.connect(m.rows().get(1));
        assertThat(dialogs.certificatesShown).as("pinned: not asked again").hasSize(1);
        assertThat(dialogs.secretsAsked).as("the passphrase is kept for the session").hasSize(1);
    }

    @Test
    void aRefusedCertificateFailsAndShowsTheFingerprint(Simulator simulator) {
        dialogs.trust = false;
        ConnectViewModel m = model();
        ProfileEditorModel editor = m.editor(null);
        editor.nameProperty().set("vc");
        editor.urlProperty().set(simulator.sdk().toString());
        editor.userProperty().set("planner");
        editor.askEachTimeProperty().set(true);
        assertThat(editor.save()).isTrue();

        m.connect(m.rows().get(1));

        ProfileRow row = m.rows().get(1);
        assertThat(row.statusProperty().get()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(row.messageProperty().get()).contains("not approved").contains(dialogs.certificatesShown.get(0).sha256());
        assertThat(dialogs.secretsAsked).as("no password goes out before the certificate is trusted").isEmpty();
    }
}
