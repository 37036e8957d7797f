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

/** The dependency rules of DESIGN.md. */
@AnalyzeClasses(packages = "dev.kip", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The layers of ARCHITECTURE.md: ui and cli over service, service over the journal, the file formats,
     * the report and the sample journal, those over insight, and domain (with the utility packages) at
     * the bottom. app wires everything and Main starts app or cli.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("dev.kip")
            .layer("App").definedBy("dev.kip.app..")
            .layer("UI").definedBy("dev.kip.ui..")
            .layer("CLI").definedBy("dev.kip.cli..")
            .layer("Service").definedBy("dev.kip.service..")
            .layer("Journal").definedBy("dev.kip.journal..")
            .layer("Exchange").definedBy("dev.kip.exchange..")
            .layer("Report").definedBy("dev.kip.report..")
            .layer("Demo").definedBy("dev.kip.demo..")
            .layer("Insight").definedBy("dev.kip.insight..")
            .layer("Base").definedBy("dev.kip.domain..", "dev.kip.style..", "dev.kip.files..", "dev.kip.text..", "dev.kip.body..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "CLI")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI", "App")
            // ReportBuilder still assembles the report's model from the stores: the one edge below service
            // that is not yet where it belongs (it should move into service.ReportService).
            .whereLayer("Journal").mayOnlyBeAccessedByLayers("Service", "App", "Demo", "Report")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Insight").mayOnlyBeAccessedByLayers("Service", "UI", "CLI", "Exchange", "Report", "Journal", "Demo", "App");

    @ArchTest
    static final ArchRule uiNeverTouchesTheJournalOrSql = noClasses()
            .that().resideInAPackage("dev.kip.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.journal..", "java.sql..");

    @ArchTest
    static final ArchRule uiPartsFormNoCycles = slices().matching("dev.kip.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses()
            .that().resideInAnyPackage("dev.kip.domain..", "dev.kip.insight..", "dev.kip.journal..", "dev.kip.exchange..",
                    "dev.kip.report..", "dev.kip.body..", "dev.kip.demo..", "dev.kip.style..", "dev.kip.cli..",
                    "dev.kip.service..", "dev.kip.files..", "dev.kip.text..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfKip = noClasses()
            .that().resideInAPackage("dev.kip.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.journal..", "dev.kip.insight..", "dev.kip.exchange..",
                    "dev.kip.report..", "dev.kip.ui..", "dev.kip.cli..", "dev.kip.app..");

    /** The palette is the bottom layer: the screen and the PDF both read it, so it reads nothing of Kip. */
    @ArchTest
    static final ArchRule styleDependsOnNothingOfKip = classes()
            .that().resideInAPackage("dev.kip.style..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.style..", "java..");

    @ArchTest
    static final ArchRule lowerLayersNeverReachUp = noClasses()
            .that().resideInAnyPackage("dev.kip.journal..", "dev.kip.insight..", "dev.kip.exchange..", "dev.kip.report..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.ui..", "dev.kip.cli..", "dev.kip.app..");

    @ArchTest
    static final ArchRule uiNeverReachesTheApp = noClasses()
            .that().resideInAnyPackage("dev.kip.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kip.app..", "dev.kip.cli..");

    @ArchTest
    static final ArchRule filesUseTheJdkOnly = classes()
            .that().resideInAPackage("dev.kip.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.files..", "java..");

    /** The escaping of control characters is shared by the command line and the window, and reads nothing of Kip. */
    @ArchTest
    static final ArchRule textUsesTheJdkOnly = classes()
            .that().resideInAPackage("dev.kip.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kip.text..", "java..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.kip.(*)..").should().beFreeOfCycles();

    /*
     * exchange: the package itself is the import pipeline, the one part that knows every source;
     * the sources (strong, hevy, fitnotes, apple, kipsleep) build on the parser contract (parse)
     * and the shared CSV and field readers (read), and export stands apart.
     */
    private static final Set<String> EXCHANGE_SHARED = Set.of("parse", "read");

    @ArchTest
    static final ArchRule exchangePartsFormNoCycles = slices().matching("dev.kip.exchange.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule exchangePartsNeverReachThePipeline = noClasses()
            .that().resideInAPackage("dev.kip.exchange.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.kip.exchange");

    @ArchTest
    static final ArchRule importSourcesKnowNoOtherSource = slices().matching("dev.kip.exchange.(*)..")
            .that(DescribedPredicate.describe("are not shared by the sources", (Slice s) -> !EXCHANGE_SHARED.contains(s.getNamePart(1))))
            .should().notDependOnEachOther();
}
