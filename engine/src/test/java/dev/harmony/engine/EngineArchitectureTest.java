package dev.harmony.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.harmony.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** Applies the shared layer rules to the engine's main classes. */
class EngineArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.harmony.engine");

    @Test
    void engineUsesNoUiToolkitNoConnectorModuleAndNoUpperLayer() {
        LayerRules.engineStaysPure().check(ENGINE);
    }

    @Test
    void engineFeaturePackagesHaveNoCycles() {
        LayerRules.featurePackagesAreAcyclic("dev.harmony.engine").check(ENGINE);
    }
}
