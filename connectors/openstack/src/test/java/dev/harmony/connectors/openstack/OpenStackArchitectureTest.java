package dev.harmony.connectors.openstack;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.harmony.testsupport.LayerRules;

/** The OpenStack connector sees only the engine, no other connector, and its feature packages form no cycle. */
@AnalyzeClasses(packages = "dev.harmony.connectors.openstack", importOptions = ImportOption.DoNotIncludeTests.class)
class OpenStackArchitectureTest {

    @ArchTest
    static final ArchRule connectorsSeeOnlyTheEngine = LayerRules.connectorsSeeOnlyTheEngine();

    @ArchTest
    static final ArchRule connectorsAreIndependent = LayerRules.connectorsAreIndependent();

    @ArchTest
    static final ArchRule featurePackagesAreAcyclic = LayerRules.featurePackagesAreAcyclic("dev.harmony.connectors.openstack");
}
