package dev.harmony.viz;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.harmony.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

class VizArchitectureTest {
    private static final JavaClasses VIZ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.harmony.viz");

    @Test
    void vizDependsOnTheEngineOnlyNotOnTheAppOrConnectors() {
        LayerRules.vizSeesOnlyTheEngine().check(VIZ);
    }

    @Test
    void vizPackagesHaveNoCycles() {
        LayerRules.featurePackagesAreAcyclic("dev.harmony.viz").check(VIZ);
    }
}
