package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmware.vim25.ManagedObjectReference;
import dev.harmony.connectors.vcenter.VcenterConnector;
import dev.harmony.connectors.vcenter.VcenterOptions;
import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vCenter profile against VMware's govmomi simulator (built from Debian's packages by the vCenter connector's
 * test code, started once for this run: 8 hosts, 128 VMs), driven through the real {@code harmony} command as an
 * unattended run would: password on stdin, store passphrase from a file, the certificate refused until its
 * fingerprint is given. The simulator's counter values are canned data, so this checks the path (inventory,
 * counters, planning, execution), not the quality of the plan.
 */
@ExtendWith(SharedSimulator.class)
class VcenterProfileTest {
    private static final Pattern FINGERPRINT = Pattern.compile("SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");

    @TempDir
    Path home;

    private AppContext context(String stdin) throws Exception {
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "store passphrase\n");
        return CliRun.context(home, "vc-profile-" + System.nanoTime()).useTerminal(new Terminal(
                Map.of(Terminal.PASSPHRASE_FILE, passphrase.toString()),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void aVcenterProfileShowsTheFingerprintThenReadsPlansAndExecutesOnTheSimulator(Simulator simulator) throws Exception {
        AppContext context = context("any-password-the-simulator-takes\n");
        CliRun add = CliRun.run(context, "profile", "add", "vc", "--kind", "vcenter", "--url", simulator.sdk().toString(),
                "--user", "planner@vsphere.local", "--password-stdin");
        assertThat(add.exitCode).as(add.err).isZero();

        // First use with nobody to ask: refused, with the fingerprint shown so it can be checked and given.
        CliRun refused = CliRun.run(context, "profile", "test", "vc");
        assertThat(refused.exitCode).isEqualTo(ExitCodes.UNAVAILABLE);
        Matcher shown = FINGERPRINT.matcher(refused.err);
        assertThat(shown.find()).as(refused.err).isTrue();
        String fingerprint = shown.group(1);
        assertThat(refused.err).contains("not approved").contains("--fingerprint " + fingerprint);

        CliRun test = CliRun.run(context, "profile", "test", "vc", "--fingerprint", fingerprint, "--json");
        assertThat(test.exitCode).as(test.err).isZero();
        JsonNode doc = JsonOutput.mapper().readTree(test.out);
        assertThat(doc.get("hosts").asInt()).isEqualTo(simulator.size().hosts());
        assertThat(doc.get("vms").asInt()).isEqualTo(simulator.vms());
        assertThat(doc.get("pinned_sha256").asText()).isEqualTo(fingerprint);

        // An administrator puts a host into maintenance in vCenter; the plan must evacuate it.
        String host = enterMaintenance(simulator);

        // Pinned now: plan through --profile and through --source profile:NAME without being asked again.
        Path planFile = home.resolve("plan.json");
        CliRun plan = CliRun.run(context, "plan", "--profile", "vc", "--json", "--out", planFile.toString(), "--time-limit", "5");
        assertThat(plan.exitCode).as(plan.err).isZero();
        assertThat(plan.err).contains("reading profile:vc");
        MigrationPlan read = new PlanCodec().read(planFile);
        assertThat(read.source()).isEqualTo("profile:vc");
        System.out.printf("vCenter profile plan: %d move(s) over %d VMs, health %.1f -> %.1f%n", read.moves().size(),
                simulator.vms(), read.healthBefore(), read.healthAfter());
        assertThat(read.moves()).isNotEmpty().allSatisfy(m -> assertThat(m.from()).isEqualTo(host));

        CliRun again = CliRun.run(context, "plan", "--source", "profile:vc", "--time-limit", "2");
        assertThat(again.exitCode).as(again.err).isZero();

        CliRun execute = CliRun.run(context, "execute", "--plan", planFile.toString(), "--approve-by", "test", "--json");
        assertThat(execute.exitCode).as(execute.out + execute.err).isZero();
        JsonNode result = JsonOutput.mapper().readTree(execute.out);
        assertThat(result.get("status").asText()).isEqualTo("succeeded");
        // Read back from vCenter itself, not from Harmony's journal.
        try (VcenterConnector admin = admin(simulator)) {
            InventorySnapshot after = admin.inventory();
            assertThat(read.moves()).allSatisfy(m -> assertThat(after.placement().hostOf(m.vm())).contains(m.to()));
        }
        System.out.println("vCenter profile execute: " + result.get("status") + ", " + read.moves().size()
                + " move(s) read back from the simulator");
    }

    @Test
    void anInsecureProfileWarnsLoudlyAndAnAskedPasswordComesFromTheNamedFile(Simulator simulator) throws Exception {
        Path password = home.resolve("password.txt");
        Files.writeString(password, "typed-by-the-scheduler\n");
        AppContext context = CliRun.context(home, "vc-insecure-" + System.nanoTime()).useTerminal(new Terminal(
                Map.of(Terminal.PASSWORD_FILE, password.toString()), () -> new ByteArrayInputStream(new byte[0]), null));
        CliRun add = CliRun.run(context, "profile", "add", "vclab", "--kind", "vcenter", "--url", simulator.sdk().toString(),
                "--user", "root", "--tls", "insecure", "--secret", "ask");
        assertThat(add.exitCode).as(add.err).isZero();
        assertThat(add.err).contains("WARNING").contains("NOT check");

        CliRun test = CliRun.run(context, "profile", "test", "vclab");

        assertThat(test.exitCode).as(test.err).isZero();
        assertThat(test.err).contains("WARNING: profile vclab does NOT check the TLS certificate");
        assertThat(test.out).contains("Certificate: NOT CHECKED").contains(simulator.vms() + " VM(s)");
        assertThat(home.resolve("secrets")).doesNotExist();
    }

    /** A session as an administrator's own tool would open one (the test trusts its own simulator). */
    private static VcenterConnector admin(Simulator simulator) {
        return VcenterConnector.connect(VcenterOptions.of(simulator.sdk(),
                uri -> new Credentials("administrator@vsphere.local", "simulator".toCharArray()), TlsPolicy.trustAnyForLab()));
    }

    private static String enterMaintenance(Simulator simulator) throws InterruptedException {
        try (VcenterConnector admin = admin(simulator)) {
            InventorySnapshot before = admin.inventory();
            String host = before.hosts().get(0).id();
            ManagedObjectReference ref = new ManagedObjectReference();
            ref.setType("HostSystem");
            ref.setVal(host);
            admin.session().call("entering maintenance", (vim, content) -> vim.enterMaintenanceMode_Task(ref, 0, false, null));
            for (int i = 0; i < 100 && admin.constraints().stream().noneMatch(c -> c.toString().contains(host)); i++) {
                Thread.sleep(100);
            }
            assertThat(admin.constraints()).anySatisfy(c -> assertThat(c.toString()).contains("HostMaintenance").contains(host));
            return host;
        }
    }
}
