package dev.harmony.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecutionHistoryTest {
    @Test
    void auditPayloadIsQuotedAsKeyValuePairsWithoutThePlanIdEveryEntryRepeats() {
        String line = ExecutionHistory.shorten("{\"from\":\"host-05\",\"moves\":[\"m01\",\"m02\"],\"plan\":\"p1\",\"attempt\":1}");

        assertThat(line).isEqualTo("from=host-05; moves=m01,m02; attempt=1");
    }

    @Test
    void longOrNonJsonPayloadIsCutWithAnEllipsis() {
        assertThat(ExecutionHistory.shorten("x".repeat(500))).hasSize(160).endsWith("…");
    }
}
