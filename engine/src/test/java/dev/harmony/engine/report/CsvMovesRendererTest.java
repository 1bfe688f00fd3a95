package dev.harmony.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvMovesRendererTest {
    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvMovesRenderer.quoted("plain")).isEqualTo("plain");
        assertThat(CsvMovesRenderer.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvMovesRenderer.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvMovesRenderer.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
