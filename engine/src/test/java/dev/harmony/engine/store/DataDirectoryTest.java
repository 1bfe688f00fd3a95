package dev.harmony.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void harmonyHomeWinsOnEveryPlatform() {
        Map<String, String> env = Map.of("HARMONY_HOME", "/srv/harmony", "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");

        assertThat(DataDirectory.resolve(env, "Linux", HOME).root()).isEqualTo(Path.of("/srv/harmony"));
        assertThat(DataDirectory.resolve(env, "Mac OS X", HOME).root()).isEqualTo(Path.of("/srv/harmony"));
        assertThat(DataDirectory.resolve(env, "Windows 11", HOME).root()).isEqualTo(Path.of("/srv/harmony"));
    }

    @Test
    void relativeHarmonyHomeIsTakenFromTheHomeFolder() {
        assertThat(DataDirectory.resolve(Map.of("HARMONY_HOME", "portable"), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ada/portable"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME).root())
                .isEqualTo(Path.of("/data/ada/harmony"));
        assertThat(DataDirectory.resolve(Map.of(), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/harmony"));
    }

    @Test
    void blankOrRelativeXdgDataHomeIsIgnored() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", " ", "HARMONY_HOME", ""), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/harmony"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/harmony"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME).root())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Harmony"));
    }

    @Test
    void windowsUsesAppDataOrRoamingUnderTheHomeFolder() {
        assertThat(DataDirectory.resolve(Map.of("APPDATA", "/users/ada/AppData/Roaming"), "Windows 10", HOME).root())
                .isEqualTo(Path.of("/users/ada/AppData/Roaming/Harmony"));
        assertThat(DataDirectory.resolve(Map.of(), "Windows Server 2022", HOME).root())
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/Harmony"));
    }

    @Test
    void storeAndLogsLiveUnderTheRoot() {
        DataDirectory data = DataDirectory.resolve(Map.of("HARMONY_HOME", "/srv/harmony"), "Linux", HOME);

        assertThat(data.storePath()).isEqualTo(Path.of("/srv/harmony/store/harmony"));
        assertThat(data.logDirectory()).isEqualTo(Path.of("/srv/harmony/logs"));
    }

    @Test
    void currentUserResolvesToAnAbsoluteFolder() {
        assertThat(DataDirectory.forCurrentUser().root()).isAbsolute();
    }
}
