package dev.harmony.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.harmony.engine.archfixture.LeakyEngineService;
import dev.harmony.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** Shows the engine layering rule is not vacuous: it fails on a fixture that leaks JavaFX into the engine. */
class EngineRuleCatchesLeaksTest {

    @Test
    void engineRuleFailsWhenAnEngineClassImportsJavaFx() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyEngineService.class);

        assertThatThrownBy(() -> LayerRules.engineStaysPure().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyEngineService")
                .hasMessageContaining("javafx.scene.control.Label");
    }
}
