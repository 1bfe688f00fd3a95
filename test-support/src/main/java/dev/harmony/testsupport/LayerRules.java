package dev.harmony.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering of Harmony, {@code app → viz → engine ← connectors}, as ArchUnit rules.
 * Each module's architecture test applies the rules for its own layer.
 */
public final class LayerRules {
    public static final String ENGINE = "dev.harmony.engine..";
    public static final String CONNECTORS = "dev.harmony.connectors..";
    public static final String VIZ = "dev.harmony.viz..";
    public static final String APP = "dev.harmony.app..";
    public static final String JAVAFX = "javafx..";

    private LayerRules() {
    }

    /** The engine is the core: no UI toolkit, and no knowledge of any concrete connector. */
    public static ArchRule engineStaysPure() {
        return noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, CONNECTORS, VIZ, APP)
                .because("the engine must run headless and against any connector through its SPI (docs/architecture.md)");
    }

    /** Connectors see only the engine: no UI, no app, and no other connector. */
    public static ArchRule connectorsSeeOnlyTheEngine() {
        return noClasses().that().resideInAPackage(CONNECTORS)
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, VIZ, APP)
                .because("connectors are adapters behind the engine's SPI and run headless");
    }

    /** Each connector is its own module; one connector never reaches into another. */
    public static ArchRule connectorsAreIndependent() {
        return slices().matching("dev.harmony.connectors.(*)..")
                .should().notDependOnEachOther()
                .because("each outside system lives in its own module behind the engine's interface");
    }

    /** Views are reusable: they know the engine's records but not the application or any connector. */
    public static ArchRule vizSeesOnlyTheEngine() {
        return noClasses().that().resideInAPackage(VIZ)
                .should().dependOnClassesThat().resideInAnyPackage(APP, CONNECTORS)
                .because("views bind to engine records so any connector can feed them");
    }

    /** Feature packages inside a module must not form cycles. */
    public static ArchRule featurePackagesAreAcyclic(String modulePackage) {
        return slices().matching(modulePackage + ".(*)..")
                .should().beFreeOfCycles()
                .because("packages are by feature and layered inside the module");
    }
}
