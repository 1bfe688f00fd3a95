package dev.harmony.app.workstation.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileSecrets;
import dev.harmony.app.workstation.FxTaskRunner;
import dev.harmony.app.workstation.WorkspaceSource;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.trust.PinFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connect panel as a planner uses it, with its real dialogs: add a profile (a wrong URL is named and nothing
 * is saved), connect to a lab, and connect to the vCenter simulator, trusting its certificate after reading the
 * fingerprint and typing the password.
 */
@ExtendWith({ApplicationExtension.class, SharedSimulator.class})
class ConnectPanelWindowTest {
    @TempDir
    static Path homes;
    private final List<WorkspaceSource> opened = new CopyOnWriteArrayList<>();
    private FxTaskRunner runner;
    private ConnectViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory(homes, "run");
        runner = new FxTaskRunner();
        LabCatalog labs = new LabCatalog();
        ProfileKinds kinds = ProfileKinds.standard(lab -> labs, new PinFile(home.resolve("pins.properties")), ReconnectPolicy.standard());
        model = new ConnectViewModel(new ProfileFile(home.resolve("profiles.json"), kinds), kinds,
                new ProfileSecrets(home.resolve("secrets.properties")), new FxConnectDialogs(() -> stage), runner, opened::add,
                ConnectionProfile.lab("demo", "bitbrains-rnd"), () -> { });
        stage.setScene(new Scene(new ConnectView(model), 900, 500));
        stage.show();
    }

    @AfterEach
    void release() {
        model.close();
        runner.close();
    }

    @Test
    void addAProfileThroughTheDialogAndConnectToALab(FxRobot robot) throws Exception {
        robot.clickOn("#addProfileButton");
        robot.clickOn("#profileName").write("pl");
        robot.clickOn("#profileUrl").write("http://vc01/sdk");
        robot.clickOn("#profileUser").write("planner");
        robot.clickOn("#profilePassword").write("pw");
        robot.clickOn("#profileSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#profileEditorError").queryAs(Label.class).getText()).startsWith("URL:").contains("https://");
        assertThat(model.rows()).hasSize(1);

        @SuppressWarnings("unchecked")
        ChoiceBox<String> kind = robot.lookup("#profileKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue("lab"));
        robot.clickOn("#profileLab").write("planetlab-20110303");
        robot.clickOn("#profileSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).extracting(r -> r.profile().name()).containsExactly("demo", "pl");

        @SuppressWarnings("unchecked")
        TableView<ProfileRow> table = robot.lookup("#profileTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.rows().get(1).statusProperty().get() == ConnectionStatus.CONNECTED);
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.title()).contains("pl"));
    }

    @Test
    void theFirstConnectionToAVcenterShowsTheFingerprintThenAsksThePassword(FxRobot robot, Simulator simulator) throws Exception {
        robot.clickOn("#addProfileButton");
        robot.clickOn("#profileName").write("vc");
        robot.clickOn("#profileUrl").write(simulator.sdk().toString());
        robot.clickOn("#profileUser").write("planner");
        robot.clickOn("#profileAskEachTime");
        robot.clickOn("#profileSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).hasSize(2);

        @SuppressWarnings("unchecked")
        TableView<ProfileRow> table = robot.lookup("#profileTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#certificateText").tryQuery().isPresent());
        String shown = robot.lookup("#certificateText").queryAs(Label.class).getText();
        assertThat(shown).containsPattern("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        robot.clickOn("Trust and remember");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#secretField").tryQuery().isPresent());
        robot.clickOn("#secretField").write("simulator-password");
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.rows().get(1).statusProperty().get() != ConnectionStatus.CONNECTING);
        assertThat(model.rows().get(1).statusProperty().get()).as(model.rows().get(1).messageProperty().get())
                .isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(model.rows().get(1).messageProperty().get()).isEqualTo(simulator.size().hosts() + " hosts, " + simulator.vms() + " VMs");
    }
}
