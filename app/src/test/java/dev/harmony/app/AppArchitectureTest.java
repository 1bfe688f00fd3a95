package dev.harmony.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.harmony.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.harmony.app");

    @Test
    void appPackagesHaveNoCycles() {
        LayerRules.featurePackagesAreAcyclic("dev.harmony.app").check(APP);
    }
}
