package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress on a terminal (a bar redrawn in place) and elsewhere (plain lines, no control characters). */
class TerminalProgressTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void plainModePrintsOneLinePerStepWithoutControlCharacters() {
        TerminalProgress progress = new TerminalProgress(err, false, "harmony: ", 0);
        progress.step(1, 3, "first");
        progress.line("a move failed");
        progress.step(2, 3, "second");
        progress.step(3, 3, "third");
        progress.finish();

        assertThat(text.toString()).doesNotContain("\r").doesNotContain("\033")
                .isEqualTo(String.join(System.lineSeparator(), "harmony: [1/3] first", "harmony: a move failed",
                        "harmony: [2/3] second", "harmony: [3/3] third", ""));
    }

    @Test
    void plainModeHoldsBackFrequentUpdatesButNeverTheLast() {
        TerminalProgress progress = new TerminalProgress(err, false, "", 60_000_000_000L);
        for (int i = 0; i < 50; i++) {
            progress.step(i, 100, "step " + i);
        }
        progress.finish();

        assertThat(text.toString().lines()).containsExactly("[0/100] step 0", "[49/100] step 49");
    }

    @Test
    void terminalModeRedrawsOneBarAndKeepsLinesAboveIt() {
        TerminalProgress progress = new TerminalProgress(err, true, "", 0);
        progress.step(0, 4, "starting");
        progress.line("vm-7: failed");
        progress.step(4, 4, "all ended");
        progress.finish();

        String out = text.toString();
        assertThat(out).contains("\r\033[K[------------------------------]   0 % starting")
                .contains("\r\033[Kvm-7: failed" + System.lineSeparator())
                .contains("\r\033[K[##############################] 100 % all ended")
                .endsWith(System.lineSeparator());
        assertThat(java.util.Arrays.stream(out.split(System.lineSeparator())).filter(l -> !l.isBlank()).count()).as("the bar is redrawn, not repeated on new lines").isEqualTo(2);
    }

    @Test
    void aTickOfTimePrintsOnlyItsDetailWhenPlain() {
        TerminalProgress progress = new TerminalProgress(err, false, "  ", 0);
        progress.tick(1200, 5000, "best after 1.2 s");
        assertThat(text.toString()).isEqualTo("  best after 1.2 s" + System.lineSeparator());
    }

    @Test
    void theBarIsProportional() {
        assertThat(TerminalProgress.bar(1, 3)).isEqualTo("[##########--------------------]  33 %");
        assertThat(TerminalProgress.bar(0, 0)).startsWith("[------");
    }
}
