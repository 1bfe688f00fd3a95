package dev.harmony.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelStoreTest {
    private HarmonyStore store;
    private ModelStore models;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.memoryStore();
        models = store.models();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void eachSaveUnderANameAddsTheNextVersion() {
        ModelInfo first = models.save("affinity", "samediff", Map.of("epochs", "40"), new byte[] {1, 2, 3});
        ModelInfo second = models.save("affinity", "samediff", Map.of("epochs", "80"), new byte[] {4, 5});
        ModelInfo other = models.save("health", "samediff", Map.of(), new byte[0]);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(other.version()).isEqualTo(1);
        assertThat(models.versions("affinity")).containsExactly(first, second);
    }

    @Test
    void latestAndFindReturnTheBytesAndMetadataAsSaved() {
        ModelInfo first = models.save("affinity", "samediff", Map.of("loss", "0.31", "window", "2013-07"), new byte[] {9, 8, 7});
        ModelInfo second = models.save("affinity", "samediff", Map.of("loss", "0.12"), new byte[] {6});

        assertThat(models.latest("affinity")).contains(new StoredModel(second, new byte[] {6}));
        assertThat(models.find("affinity", 1)).contains(new StoredModel(first, new byte[] {9, 8, 7}));
        assertThat(models.find("affinity", 3)).isEmpty();
        assertThat(models.latest("unknown")).isEmpty();
    }

    @Test
    void blankNameIsRefused() {
        assertThatThrownBy(() -> models.save(" ", "k", Map.of(), new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
