package dev.harmony.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the entry point says when a command runs out of heap (a 500-VM replay in 2 GiB did). */
class MainTest {
    @Test
    void runningOutOfMemoryIsOneLineThatSaysHowToGiveMore() {
        String said = Main.outOfMemory(2048L * 1024 * 1024);

        assertThat(said).startsWith("harmony: the command ran out of memory: Java may use 2,048 MiB here.")
                .contains("HARMONY_JAVA_OPTS=-Xmx8g").contains("/opt/harmony/lib/app/*.cfg").doesNotContain("\n");
    }
}
