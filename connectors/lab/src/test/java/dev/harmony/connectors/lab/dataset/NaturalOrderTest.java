package dev.harmony.connectors.lab.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInIdsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("bb-10", "bb-9", "bb-100", "bb-1", "pl-a"));

        ids.sort(NaturalOrder.INSTANCE);

        assertThat(ids).containsExactly("bb-1", "bb-9", "bb-10", "bb-100", "pl-a");
    }
}
