package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.SecretMode;
import dev.harmony.app.profile.TlsMode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's side of a login: the warning for a profile that does not check certificates. */
class ConsoleLoginPromptsTest {

    @Test
    void anInsecureProfileIsWarnedAboutOnceACommandHoweverOftenItIsOpened() {
        StringWriter err = new StringWriter();
        ConsoleLoginPrompts prompts = new ConsoleLoginPrompts(
                new Terminal(Map.of(), () -> new ByteArrayInputStream(new byte[0]), null), new PrintWriter(err));
        ConnectionProfile lab = new ConnectionProfile("os-lab", "openstack", null, URI.create("http://127.0.0.1:5000/v3"), "admin",
                TlsMode.INSECURE, SecretMode.STORE, null, Map.of("project", "admin"));
        ConnectionProfile other = new ConnectionProfile("vc-lab", "vcenter", null, URI.create("https://127.0.0.1:8989/sdk"), "u",
                TlsMode.INSECURE, SecretMode.STORE, null, Map.of());

        prompts.warnInsecure(lab);
        prompts.warnInsecure(lab);
        prompts.warnInsecure(other);

        String said = err.toString();
        assertThat(said.split("WARNING", -1)).hasSize(3);
        assertThat(said).contains("profile os-lab does NOT check the TLS certificate of http://127.0.0.1:5000/v3")
                .contains("profile vc-lab does NOT check");
    }
}
