package dev.harmony.connectors.lab;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.harmony.testsupport.LayerRules;

/** The lab connector sees only the engine, no other connector, and its feature packages form no cycle. */
@AnalyzeClasses(packages = "dev.harmony.connectors.lab", importOptions = ImportOption.DoNotIncludeTests.class)
class LabArchitectureTest {

    @ArchTest
    static final ArchRule connectorsSeeOnlyTheEngine = LayerRules.connectorsSeeOnlyTheEngine();

    @ArchTest
    static final ArchRule connectorsAreIndependent = LayerRules.connectorsAreIndependent();

    @ArchTest
    static final ArchRule featurePackagesAreAcyclic = LayerRules.featurePackagesAreAcyclic("dev.harmony.connectors.lab");
}
