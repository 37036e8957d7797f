package dev.kip.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;

/**
 * The dependency rules of DESIGN.md and ARCHITECTURE.md: ui and cli call services; services call
 * insight, journal, exchange and report; everything stands on domain and the small leaf packages;
 * app wires it all. Each rule was seen to fail on a probe class that broke it (see the commit that
 * introduced the layers); {@link ArchitectureProbeTest} keeps proving it with the probes in the test
 * tree's {@code archprobe} packages.
 */
@AnalyzeClasses(packages = "dev.kip", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] JAVAFX = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.."};

    /**
     * The layers, top down. A layer may use any layer below it (the leaf packages of the bottom one
     * most of all); the rules below say which may use a layer, so nothing reaches up or across
     * where it should not: journal reads nothing of insight, and no one below the services touches
     * the journal but the demo writer (the report reads through a {@code ReportSource} the service fills).
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("dev.kip")
            .layer("App").definedBy("dev.kip.app..")
            .layer("UI").definedBy("dev.kip.ui..")
            .layer("CLI").definedBy("dev.kip.cli..")
            .layer("Service").definedBy("dev.kip.service..")
            .layer("Insight").definedBy("dev.kip.insight..")
            .layer("Journal").definedBy("dev.kip.journal..")
            .layer("Exchange").definedBy("dev.kip.exchange..")
            .layer("Report").definedBy("dev.kip.report..")
            .layer("Demo").definedBy("dev.kip.demo..")
            .layer("Domain").definedBy("dev.kip.domain..", "dev.kip.body..", "dev.kip.style..", "dev.kip.files..", "dev.kip.text..")
            // Main starts the command line, which opens the window when no command is given and prints the app's version.
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "CLI")
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI", "App")
            .whereLayer("Insight").mayOnlyBeAccessedByLayers("Service", "UI", "CLI", "Exchange", "Report")
            .whereLayer("Journal").mayOnlyBeAccessedByLayers("Service", "App", "Demo")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("Service");

    /** The views call services, never the journal or SQL (the import and export dialogs included). */
    @ArchTest
    static final ArchRule uiNeverTouchesTheJournalOrSql = noClasses()
            .that().resideInAPackage("dev.kip.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.journal..", "java.sql..");

    /** The command line is thin: it parses, calls a service and prints. */
    @ArchTest
    static final ArchRule cliNeverTouchesTheJournalOrSql = noClasses()
            .that().resideInAPackage("dev.kip.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.journal..", "java.sql..");

    /** Only the window and its wiring know JavaFX: the command line, the services and everything below run without it. */
    @ArchTest
    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("dev.kip.ui..", "dev.kip.app..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX);

    @ArchTest
    static final ArchRule domainDependsOnNothingOfKip = classes()
            .that().resideInAPackage("dev.kip.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.domain..", "java..");

    /** The palette is the bottom layer: the screen and the PDF both read it, so it reads nothing of Kip. */
    @ArchTest
    static final ArchRule styleDependsOnNothingOfKip = classes()
            .that().resideInAPackage("dev.kip.style..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.style..", "java..");

    @ArchTest
    static final ArchRule filesUseTheJdkOnly = classes()
            .that().resideInAPackage("dev.kip.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.files..", "java..");

    /** Escaping what the terminal or a label would otherwise interpret needs nothing of Kip. */
    @ArchTest
    static final ArchRule textUsesTheJdkOnly = classes()
            .that().resideInAPackage("dev.kip.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.text..", "java..");

    /** No two packages form a cycle, at any depth: ui's and exchange's sub-packages count one by one. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.kip.(**)").should().beFreeOfCycles();

    /*
     * exchange: the package itself is the import pipeline, the one part that knows every source;
     * the sources (strong, hevy, fitnotes, apple, kipsleep) build on the parser contract (parse)
     * and the shared CSV and field readers (read), and export stands apart.
     */
    private static final Set<String> EXCHANGE_SHARED = Set.of("parse", "read");

    @ArchTest
    static final ArchRule exchangePartsNeverReachThePipeline = noClasses()
            .that().resideInAPackage("dev.kip.exchange.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.kip.exchange");

    @ArchTest
    static final ArchRule importSourcesKnowNoOtherSource = slices().matching("dev.kip.exchange.(*)..")
            .that(DescribedPredicate.describe("are not shared by the sources", (Slice s) -> !EXCHANGE_SHARED.contains(s.getNamePart(1))))
            .should().notDependOnEachOther();
}
