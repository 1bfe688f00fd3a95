package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.TestClock;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.plan.Move;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's optional state file: what a new process finds after the last one ended or was killed. */
class LabStateFileTest {
    private final TestClock wall = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));
    @TempDir
    Path dir;

    private LabConnector open(Path state) {
        return open("bitbrains-rnd", state);
    }

    private LabConnector open(String name, Path state) {
        return new LabConnector(name, BundledData.bitbrains(), LabOptions.defaults().withWallClock(wall).withSpeed(60)
                .withStateFile(state));
    }

    private Move aValidMove(LabConnector lab) {
        return LabPlans.quickMoves(lab, "p", 1, 1).moves().get(0);
    }

    @Test
    void completedMigrationIsFoundByTheNextProcess() throws Exception {
        Path state = dir.resolve("lab.json");
        Move m;
        try (LabConnector lab = open(state)) {
            m = aValidMove(lab);
            MigrationTask task = lab.migrate(m.vm(), m.to());
            wall.advance(Duration.ofMinutes(5));
            assertThat(task.status().state()).isEqualTo(TaskState.SUCCEEDED);
        }
        try (LabConnector again = open(state)) {
            assertThat(again.currentHost(m.vm())).contains(m.to());
            assertThat(LabStateFileTest.completed(state)).singleElement()
                    .satisfies(c -> assertThat(c.vm() + ":" + c.from() + ":" + c.to()).isEqualTo(m.vm() + ":" + m.from() + ":" + m.to()));
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("lab.json");
    }

    @Test
    void migrationStillRunningWhenTheProcessEndsLeavesTheVmOnItsSource() {
        Path state = dir.resolve("lab.json");
        Move m;
        try (LabConnector lab = open(state)) {
            m = aValidMove(lab);
            lab.migrate(m.vm(), m.to());
        }
        try (LabConnector again = open(state)) {
            assertThat(again.currentHost(m.vm())).contains(m.from());
            assertThat(completed(state)).isEmpty();
        }
    }

    @Test
    void maintenanceFlagSurvivesTheProcess() {
        Path state = dir.resolve("lab.json");
        try (LabConnector lab = open(state)) {
            lab.setMaintenance("host-01", true);
        }
        try (LabConnector again = open(state)) {
            assertThat(again.inventory().host("host-01").orElseThrow().inMaintenance()).isTrue();
        }
    }

    @Test
    void stateFileOfAnotherLabIsRefused() {
        Path state = dir.resolve("lab.json");
        open(state).close();

        assertThatThrownBy(() -> open("other-lab", state))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("holds harmony-lab-state/1 of lab:bitbrains-rnd, not harmony-lab-state/1 of lab:other-lab");
    }

    @Test
    void withoutAStateFileEveryProcessStartsFromTheBuiltDatacenter() {
        Move m;
        try (LabConnector lab = open(null)) {
            m = aValidMove(lab);
            lab.migrate(m.vm(), m.to());
            wall.advance(Duration.ofMinutes(5));
            assertThat(lab.currentHost(m.vm())).contains(m.to());
        }
        try (LabConnector again = open(null)) {
            assertThat(again.currentHost(m.vm())).contains(m.from());
        }
    }

    static java.util.List<LabStateFile.Migration> completed(Path state) {
        return new LabStateFile(state).load("lab:bitbrains-rnd").orElseThrow().migrations();
    }
}
