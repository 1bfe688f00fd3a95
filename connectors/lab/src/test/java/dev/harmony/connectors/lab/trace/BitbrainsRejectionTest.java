package dev.harmony.connectors.lab.trace;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File-level problems: a {@link TraceFormatException} naming file and line, what was wrong and what was expected. */
class BitbrainsRejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.csv | empty.csv: empty file; expected a header 'Timestamp [ms]",
        "header-only.csv | header-only.csv:1: header only: no data rows after line 1",
        "wrong-separator-header.csv | wrong-separator-header.csv:1: wrong separator in header: found ','; expected",
        "bad-header.csv | bad-header.csv:1: bad header: column 7 is 'Mem used'; expected a name starting with 'Memory usage'",
        "too-few-columns-header.csv | too-few-columns-header.csv:1: bad header: 9 columns; expected",
        "missing-header.csv | missing-header.csv:1: header missing: line 1 is a data row",
        "mostly-truncated.csv | mostly-truncated.csv:3: 3 of 4 data rows are unreadable, over the 50 % limit; first at line 3",
        "wrong-separator-rows.csv | wrong-separator-rows.csv:2: 3 of 3 data rows are unreadable",
        "all-zero.csv | all-zero.csv: no usable row: all 4 data rows were dropped",
        "cut-short.csv.gz | cut-short.csv.gz:",
    })
    void rejectsUnusableFileNamingFileLineAndExpectation(String file, String messageStart) {
        assertThatThrownBy(() -> Fixtures.bitbrains(file))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith(messageStart.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong-separator-rows.csv | fields not separated as the format requires",
        "mostly-truncated.csv | fewer fields than the header (4 of 11 fields",
        "cut-short.csv.gz | the file may be truncated or not a valid gzip stream",
    })
    void rejectionSaysWhatWasWrong(String file, String fragment) {
        assertThatThrownBy(() -> Fixtures.bitbrains(file)).hasMessageContaining(fragment.strip());
    }
}
