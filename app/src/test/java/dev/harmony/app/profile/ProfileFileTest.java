package dev.harmony.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profiles.json: what it holds, and that every mistake names the file, the line and the field. */
class ProfileFileTest {
    @TempDir
    Path dir;

    private ProfileFile file(String text) throws Exception {
        Path path = dir.resolve("profiles.json");
        Files.writeString(path, text);
        return new ProfileFile(path, ProfileKinds.formatOnly());
    }

    @Test
    void readsLabVcenterAndOpenStackProfilesWithTheirDefaults() throws Exception {
        ProfileFile file = file("""
                {"schema": "harmony.profiles/1",
                 "profiles": [
                   {"name": "demo", "kind": "lab", "lab": "bitbrains-rnd"},
                   {"name": "vc01", "kind": "vcenter", "url": "https://vc01.example.com/sdk", "user": "planner@vsphere.local"},
                   {"name": "lab-vc", "kind": "vcenter", "url": "https://10.0.0.5/sdk", "user": "root", "tls": "insecure", "secret": "ask"},
                   {"name": "os", "kind": "openstack", "url": "https://keystone.example.com:5000/v3", "user": "planner",
                    "options": {"project": "ops", "region": "RegionOne"}}
                 ]}
                """);

        List<ConnectionProfile> profiles = file.read();

        assertThat(profiles).extracting(ConnectionProfile::name).containsExactly("demo", "vc01", "lab-vc", "os");
        assertThat(profiles.get(0).lab()).isEqualTo("bitbrains-rnd");
        assertThat(profiles.get(0).secret()).isEqualTo(SecretMode.NONE);
        assertThat(profiles.get(1).tls()).isEqualTo(TlsMode.VERIFY);
        assertThat(profiles.get(1).secret()).isEqualTo(SecretMode.STORE);
        assertThat(profiles.get(2).tls()).isEqualTo(TlsMode.INSECURE);
        assertThat(profiles.get(2).secret()).isEqualTo(SecretMode.ASK);
        assertThat(profiles.get(3).options()).isEqualTo(Map.of("project", "ops", "region", "RegionOne"));
        assertThat(profiles.get(1).secretKey()).isEqualTo(URI.create("https://planner%40vsphere.local@vc01.example.com/sdk"));
    }

    @Test
    void aMissingFileHoldsNoProfile() {
        assertThat(new ProfileFile(dir.resolve("none.json"), ProfileKinds.formatOnly()).read()).isEmpty();
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws Exception {
        ProfileFile file = file("{\"schema\": \"harmony.profiles/1\",\n \"profiles\": [\n  {\"name\": \"a\" \"kind\": \"lab\"}\n]}\n");
        assertThatThrownBy(file::read).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith(file.location() + " line 3").hasMessageContaining("not valid JSON");
    }

    @Test
    void aBadUrlNamesItsLineAndField() throws Exception {
        ProfileFile file = file("""
                {"schema": "harmony.profiles/1",
                 "profiles": [
                   {"name": "vc01",
                    "kind": "vcenter",
                    "url": "http://vc01.example.com/sdk",
                    "user": "planner"}
                 ]}
                """);
        assertThatThrownBy(file::read).isInstanceOfSatisfying(ProfileFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.getMessage()).contains(file.location().toString()).contains("line 5").contains("https://");
        });
    }

    @Test
    void anUnknownFieldAKindOrATlsWordIsNamed() throws Exception {
        ProfileFile password = file("{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n"
                + "{\"name\": \"d\", \"kind\": \"lab\", \"lab\": \"x\",\n \"password\": \"secret\"}]}");
        assertThatThrownBy(password::read)
                .isInstanceOfSatisfying(ProfileFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("password");
                });
        ProfileFile xen = file("{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n{\"name\": \"d\", \"kind\": \"xen\"}]}");
        assertThatThrownBy(xen::read)
                .hasMessageContaining("field \"kind\"").hasMessageContaining("lab, vcenter, openstack");
        ProfileFile tls = file("{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n{\"name\": \"v\", \"kind\": \"vcenter\","
                + " \"url\": \"https://v/sdk\", \"user\": \"u\",\n \"tls\": \"off\"}]}");
        assertThatThrownBy(tls::read)
                .hasMessageContaining("line 3, field \"tls\"").hasMessageContaining("pin or insecure");
    }

    @Test
    void aMissingFieldNamesTheLineWhereItsProfileStarts() throws Exception {
        ProfileFile file = file("{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n\n  {\"name\": \"vc\",\n\"kind\": \"vcenter\"}]}");
        assertThatThrownBy(file::read).isInstanceOfSatisfying(ProfileFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isIn("url", "user");
            assertThat(e.problem()).contains("missing");
        });
    }

    @Test
    void aNameUsedTwiceIsRefused() throws Exception {
        ProfileFile file = file("{\"schema\": \"harmony.profiles/1\", \"profiles\": [\n{\"name\": \"d\", \"kind\": \"lab\", \"lab\": \"a\"},\n"
                + "{\"name\": \"d\", \"kind\": \"lab\", \"lab\": \"b\"}]}");
        assertThatThrownBy(file::read).hasMessageContaining("line 3, field \"name\"").hasMessageContaining("defined twice");
    }

    @Test
    void putReplacesInPlaceAndRemoveDeletes() {
        ProfileFile file = new ProfileFile(dir.resolve("p.json"), ProfileKinds.formatOnly());
        file.put(ConnectionProfile.lab("a", "bitbrains-rnd"));
        file.put(new ConnectionProfile("b", "vcenter", null, URI.create("https://vc/sdk"), "u", TlsMode.VERIFY,
                SecretMode.ASK, null, Map.of()));
        file.put(ConnectionProfile.lab("a", "planetlab"));

        assertThat(file.read()).extracting(ConnectionProfile::name).containsExactly("a", "b");
        assertThat(file.get("a").lab()).isEqualTo("planetlab");
        assertThat(file.remove("a")).isTrue();
        assertThat(file.read()).extracting(ConnectionProfile::name).containsExactly("b");
        assertThatThrownBy(() -> file.get("a")).isInstanceOf(UnknownProfileException.class).hasMessageContaining("(it has b)");
    }

    @Test
    void anInvalidProfileIsNeverWritten() throws Exception {
        ProfileFile file = new ProfileFile(dir.resolve("p.json"), ProfileKinds.formatOnly());
        file.put(ConnectionProfile.lab("a", "bitbrains-rnd"));
        String before = Files.readString(file.location());

        assertThatThrownBy(() -> file.put(new ConnectionProfile("b", "vcenter", null, URI.create("https://vc/sdk"), null,
                TlsMode.VERIFY, SecretMode.STORE, null, Map.of()))).isInstanceOfSatisfying(ProfileFormatException.class,
                e -> assertThat(e.field()).isEqualTo("user"));
        assertThat(Files.readString(file.location())).isEqualTo(before);
    }
}
