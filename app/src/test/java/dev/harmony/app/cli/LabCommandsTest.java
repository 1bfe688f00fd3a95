package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab sub-commands, run in-process on the real bundled traces and a real in-memory H2 store. */
class LabCommandsTest {
    private static final String BUNDLE = "/dev/harmony/connectors/lab/data/bitbrains-rnd/";

    @TempDir
    Path home;
    private AppContext context;

    @BeforeEach
    void openContext() {
        context = CliRun.context(home, "cli-" + System.nanoTime());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void labInfoJsonDescribesTheBundledBitbrainsMonth() throws IOException {
        CliRun run = CliRun.run(context, "lab", "info", "bitbrains-rnd", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode json = JsonOutput.mapper().readTree(run.out);
        assertThat(json.get("schema").asText()).isEqualTo("harmony.lab-info/1");
        assertThat(json.get("name").asText()).isEqualTo("bitbrains-rnd");
        assertThat(json.get("vms").asInt()).isEqualTo(120);
        assertThat(json.get("hosts").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(json.get("start").asText()).startsWith("2013-06-30");
        assertThat(json.get("end").asText()).startsWith("2013-07-30");
        assertThat(json.get("interval_s").asInt()).isEqualTo(300);
        assertThat(json.get("repaired_rows").asLong()).isPositive();
        assertThat(json.get("dropped_rows").asLong()).isPositive();
        assertThat(json.get("metrics")).hasSize(10);
        assertThat(json.get("attribution").asText()).contains("GWA-T-12 Bitbrains").contains("CCGrid 2015");
    }

    @Test
    void labInfoTextShowsSpanIntervalAndRepairs() {
        CliRun run = CliRun.run(context, "lab", "info", "planetlab-20110303");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Lab planetlab-20110303 (planetlab)")
                .contains("Interval           300 s")
                .contains("(1.0 days)")
                .contains("Beloglazov");
    }

    @Test
    void unknownLabIsABadInputNamingTheKnownLabs() {
        CliRun run = CliRun.run(context, "lab", "info", "no-such-lab");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("unknown lab 'no-such-lab'").contains("bitbrains-rnd").doesNotContain("Exception");
        assertThat(run.out).isEmpty();
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.run(context, "lab", "info");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Missing required parameter: 'NAME'");
    }

    @Test
    void importedLabIsListedDescribedFromTheStoreAndRefusedTwiceWithoutReplace() throws IOException {
        Path folder = copyBundledFiles(List.of("100.csv.gz", "101.csv.gz", "105.csv.gz"));

        CliRun imported = CliRun.run(context, "lab", "import", folder.toString(), "--name", "three-vms", "--json");
        assertThat(imported.exitCode).as(imported.err).isZero();
        JsonNode json = JsonOutput.mapper().readTree(imported.out);
        assertThat(json.get("vms").asInt()).isEqualTo(3);
        assertThat(json.get("stored_telemetry_bytes").asLong()).isPositive().isLessThan(json.get("input_bytes").asLong() * 4);

        CliRun list = CliRun.run(context, "lab", "list", "--json");
        JsonNode labs = JsonOutput.mapper().readTree(list.out).get("labs");
        assertThat(labs.findValuesAsText("name")).containsExactly("bitbrains-rnd", "planetlab-20110303", "three-vms");

        CliRun info = CliRun.run(context, "lab", "info", "three-vms", "--json");
        assertThat(info.exitCode).as(info.err).isZero();
        JsonNode described = JsonOutput.mapper().readTree(info.out);
        assertThat(described.get("vms").asInt()).isEqualTo(3);
        assertThat(described.get("rows_read").asLong()).isEqualTo(json.get("rows_read").asLong());

        CliRun again = CliRun.run(context, "lab", "import", folder.toString(), "--name", "three-vms");
        assertThat(again.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err).contains("already imported").contains("--replace");
    }

    @Test
    void importRefusesABundledNameAndAMissingFolder() {
        CliRun bundled = CliRun.run(context, "lab", "import", home.toString(), "--name", "bitbrains-rnd");
        assertThat(bundled.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bundled.err).contains("'bitbrains-rnd' is a bundled lab");

        CliRun missing = CliRun.run(context, "lab", "import", home.resolve("nowhere").toString());
        assertThat(missing.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err).contains("no such folder or file").contains("nowhere");
    }

    @Test
    void importOfAMalformedTraceNamesFileAndLineAndStoresNothing() throws IOException {
        Path folder = Files.createDirectories(home.resolve("bad-trace"));
        Files.writeString(folder.resolve("7.csv"), "Timestamp [ms],CPU cores,CPU capacity provisioned [MHZ]\n1372629804,2,5851.9\n");

        CliRun run = CliRun.run(context, "lab", "import", folder.toString(), "--name", "bad");

        assertThat(run.exitCode).as(run.out).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("7.csv:1").contains("wrong separator").doesNotContain("Exception");
        assertThat(context.store().datasets().find("bad")).isEmpty();
    }

    @Test
    void invalidLabNameIsRefusedBeforeReading() throws IOException {
        Path folder = copyBundledFiles(List.of("100.csv.gz"));

        CliRun run = CliRun.run(context, "lab", "import", folder.toString(), "--name", "Bad Name!");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("lab name 'Bad Name!' is not valid");
    }

    private Path copyBundledFiles(List<String> names) throws IOException {
        Path folder = Files.createDirectories(home.resolve("trace-" + names.size()));
        for (String name : names) {
            try (InputStream in = LabCommandsTest.class.getResourceAsStream(BUNDLE + name)) {
                assertThat(in).as("bundled file " + name).isNotNull();
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }
}
