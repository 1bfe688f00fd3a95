package dev.harmony.engine.store;

import static dev.harmony.engine.store.StoreFixtures.JULY_1;
import static dev.harmony.engine.store.StoreFixtures.dataset;
import static dev.harmony.engine.store.StoreFixtures.series;
import static dev.harmony.engine.store.StoreFixtures.vms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmonyStoreFileTest {
    @TempDir
    Path dir;

    @Test
    void fileStoreReopensWithItsDataIntact() {
        Path file = dir.resolve("store").resolve("harmony");
        TimeSeries cpu = series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 600, 1f, 3, 4);
        try (HarmonyStore store = HarmonyStore.openFile(file)) {
            store.datasets().save(dataset("rnd"), vms("rnd"));
            store.telemetry().write("rnd", List.of(cpu));
            store.plans().save(new PlanDocument("p1", JULY_1, "DRAFT", "{}"));
            assertThat(store.location()).contains(file.toAbsolutePath());
        }

        try (HarmonyStore reopened = HarmonyStore.openFile(file)) {
            assertThat(reopened.datasets().find("rnd")).contains(dataset("rnd"));
            assertThat(reopened.telemetry().read("rnd", MetricQuery.all(cpu.start(), cpu.end()))).containsExactly(cpu);
            assertThat(reopened.plans().find("p1")).isPresent();
        }
        assertThat(dir.resolve("store").resolve("harmony.mv.db")).isRegularFile();
    }

    @Test
    void memoryStoreHasNoLocation() {
        try (HarmonyStore store = StoreFixtures.memoryStore()) {
            assertThat(store.location()).isEmpty();
        }
    }

    @Test
    void storeHeldByAnotherHarmonyGivesAPlainMessageNamingTheFile() throws Exception {
        Path file = dir.resolve("harmony");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("open "));
            assertThat(line).as("the second JVM opened the store").isNotNull();

            assertThatThrownBy(() -> HarmonyStore.openFile(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toAbsolutePath() + ".mv.db")
                    .hasMessageContaining("in use by another program");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (HarmonyStore afterwards = HarmonyStore.openFile(file)) {
            assertThat(afterwards.datasets().list()).isEmpty();
        }
    }

    @Test
    void fileThatIsNotAnH2DatabaseGivesAPlainMessageNamingTheFile() throws Exception {
        Path file = dir.resolve("harmony");
        Files.writeString(dir.resolve("harmony.mv.db"), "Timestamp [ms];\tCPU cores\n1372629804;\t2\n".repeat(200));

        assertThatThrownBy(() -> HarmonyStore.openFile(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath() + ".mv.db")
                .hasMessageContaining("not a Harmony store");
    }

    @Test
    void h2DatabaseOfAnotherProgramIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> HarmonyStore.openFile(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath() + ".mv.db")
                .hasMessageContaining("another program");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void folderWhereTheDatabaseFileShouldBeIsNamedInTheMessage() throws Exception {
        Files.createDirectories(dir.resolve("harmony.mv.db"));

        assertThatThrownBy(() -> HarmonyStore.openFile(dir.resolve("harmony")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve("harmony.mv.db").toAbsolutePath() + " is a folder");
    }

    @Test
    void closingTwiceIsHarmless() {
        HarmonyStore store = HarmonyStore.openFile(dir.resolve("twice"));
        store.close();

        assertThatCode(store::close).doesNotThrowAnyException();
    }
}
