package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harmony profile} on a fresh data folder: profiles written and listed, the password stored only
 * encrypted, and plain errors for a bad file or option. Nobody types here (no console), so secrets come from
 * standard input and the passphrase file, as in an unattended run.
 */
class ProfileCommandsTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path home;

    private AppContext context(String stdin) throws Exception {
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "store passphrase\n");
        return CliRun.context(home, "profiles-" + System.nanoTime()).useTerminal(new Terminal(
                Map.of(Terminal.PASSPHRASE_FILE, passphrase.toString()),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void addedProfilesAreListedAndThePasswordIsStoredEncrypted() throws Exception {
        AppContext context = context(PASSWORD + "\n");
        CliRun lab = CliRun.run(context, "profile", "add", "demo", "--kind", "lab", "--lab", "bitbrains-rnd");
        CliRun vc = CliRun.run(context, "profile", "add", "vc01", "--kind", "vcenter", "--url", "https://vc01.example.com/sdk",
                "--user", "planner@vsphere.local", "--password-stdin");
        assertThat(lab.exitCode).as(lab.err).isZero();
        assertThat(vc.exitCode).as(vc.err).isZero();

        CliRun list = CliRun.run(context, "profile", "list", "--json");
        assertThat(list.exitCode).as(list.err).isZero();
        JsonNode profiles = JsonOutput.mapper().readTree(list.out).get("profiles");
        assertThat(profiles).extracting(p -> p.get("name").asText()).containsExactly("demo", "vc01");
        assertThat(profiles.get(1).get("secret").asText()).isEqualTo("store");
        assertThat(profiles.get(1).get("secret_stored").asBoolean()).isTrue();
        assertThat(profiles.get(1).get("tls").asText()).isEqualTo("pin");

        String profileFile = Files.readString(home.resolve("profiles.json"));
        String secrets = Files.readString(home.resolve("secrets/profile-secrets.properties"));
        assertThat(profileFile).contains("vc01.example.com").doesNotContain(PASSWORD);
        assertThat(secrets).doesNotContain(PASSWORD).doesNotContain("correct");

        CliRun text = CliRun.run(context, "profile", "list");
        assertThat(text.out).contains("stored (encrypted)").contains("lab bitbrains-rnd");
    }

    @Test
    void aLabProfileOpensItsLab() throws Exception {
        AppContext context = context("");
        CliRun.run(context, "profile", "add", "demo", "--kind", "lab", "--lab", "bitbrains-rnd");

        CliRun test = CliRun.run(context, "profile", "test", "demo", "--json");

        assertThat(test.exitCode).as(test.err).isZero();
        JsonNode doc = JsonOutput.mapper().readTree(test.out);
        assertThat(doc.get("connector").asText()).isEqualTo("lab:bitbrains-rnd");
        assertThat(doc.get("vms").asInt()).isPositive();
        assertThat(doc.get("hosts").asInt()).isPositive();
    }

    @Test
    void aLabProfilePlansLikeItsLabAndAddAndRemoveAnswerInJson() throws Exception {
        AppContext context = context("");
        CliRun add = CliRun.run(context, "profile", "add", "demo", "--kind", "lab", "--lab", "bitbrains-rnd", "--json");
        assertThat(add.exitCode).as(add.err).isZero();
        assertThat(JsonOutput.mapper().readTree(add.out).get("schema").asText()).isEqualTo("harmony.profile-saved/1");

        Path planFile = home.resolve("plan.json");
        CliRun plan = CliRun.run(context, "plan", "--profile", "demo", "--time-limit", "5", "--json",
                "--out", planFile.toString());
        assertThat(plan.exitCode).as(plan.err).isZero();
        assertThat(JsonOutput.mapper().readTree(plan.out).get("source").asText()).isEqualTo("lab:bitbrains-rnd");
        assertThat(plan.err).doesNotContain("\r").doesNotContain("\033");

        CliRun remove = CliRun.run(context, "profile", "remove", "demo", "--json");
        assertThat(remove.exitCode).as(remove.err).isZero();
        JsonNode removed = JsonOutput.mapper().readTree(remove.out);
        assertThat(removed.get("name").asText()).isEqualTo("demo");
        assertThat(removed.get("secret_removed").asBoolean()).isFalse();
    }

    @Test
    void aVcenterProfileIsRefusedWhereARecordedTraceIsNeeded() throws Exception {
        AppContext context = context(PASSWORD + "\n");
        CliRun.run(context, "profile", "add", "vc01", "--kind", "vcenter", "--url", "https://vc01.example.com/sdk",
                "--user", "planner", "--secret", "ask");

        CliRun train = CliRun.run(context, "train", "--profile", "vc01");

        assertThat(train.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(train.err).contains("profile vc01 is a vCenter profile");
    }

    @Test
    void sourceAndProfileTogetherIsAUsageError() throws Exception {
        CliRun run = CliRun.run(context(""), "plan", "--source", "lab:bitbrains-rnd", "--profile", "demo");
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("not both");
    }

    @Test
    void anUnknownProfileNamesTheFile() throws Exception {
        CliRun run = CliRun.run(context(""), "plan", "--source", "profile:nope");
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("no profile named nope").contains(home.resolve("profiles.json").toString());
    }

    @Test
    void aBadProfileFileIsReportedWithFileLineAndField() throws Exception {
        Files.writeString(home.resolve("profiles.json"), """
                {"schema": "harmony.profiles/1",
                 "profiles": [
                   {"name": "vc01", "kind": "vcenter",
                    "url": "https://vc01.example.com/sdk", "user": "planner",
                    "secret": "plaintext"}
                 ]}
                """);

        CliRun run = CliRun.run(context(""), "profile", "list");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains(home.resolve("profiles.json") + " line 5, field \"secret\"").contains("store or ask")
                .doesNotContain("Exception");
    }

    @Test
    void badOptionsChangeNothing() throws Exception {
        AppContext context = context(PASSWORD + "\n");
        CliRun noUser = CliRun.run(context, "profile", "add", "vc01", "--kind", "vcenter", "--url", "https://vc01/sdk", "--password-stdin");
        CliRun stdinForAsk = CliRun.run(context, "profile", "add", "vc02", "--kind", "vcenter", "--url", "https://vc01/sdk",
                "--user", "u", "--secret", "ask", "--password-stdin");
        CliRun http = CliRun.run(context, "profile", "add", "vc03", "--kind", "vcenter", "--url", "http://vc01/sdk", "--user", "u");

        assertThat(noUser.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noUser.err).contains("--user is needed for a vcenter profile");
        assertThat(stdinForAsk.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stdinForAsk.err).contains("--password-stdin");
        assertThat(http.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(http.err).contains("--url").contains("https://");
        assertThat(home.resolve("profiles.json")).doesNotExist();
        assertThat(home.resolve("secrets")).doesNotExist();
    }

    @Test
    void removeDropsTheProfileAndItsPassword() throws Exception {
        AppContext context = context(PASSWORD + "\n");
        CliRun.run(context, "profile", "add", "vc01", "--kind", "vcenter", "--url", "https://vc01.example.com/sdk",
                "--user", "planner", "--password-stdin");

        CliRun remove = CliRun.run(context, "profile", "remove", "vc01");

        assertThat(remove.exitCode).as(remove.err).isZero();
        assertThat(remove.out).contains("and its stored password");
        assertThat(Files.readString(home.resolve("secrets/profile-secrets.properties"))).doesNotContain("vc01");
        assertThat(CliRun.run(context, "profile", "list", "--json").out).doesNotContain("vc01");
    }
}
