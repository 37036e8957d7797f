package dev.kip.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule of {@link ArchitectureTest} reports a deliberate violation: the probe classes in the
 * test tree's {@code archprobe} packages break one rule each, and are left out of ArchitectureTest's own
 * analysis (it reads the production classes only).
 */
class ArchitectureProbeTest {
    private static final ImportOption PRODUCTION = new ImportOption.DoNotIncludeTests();
    private static final JavaClasses WITH_PROBES = new ClassFileImporter()
            .withImportOption(location -> PRODUCTION.includes(location) || location.contains("/archprobe"))
            .importPackages("dev.kip");

    @Test
    void theLayersReportAStoreReachingUpIntoAService() {
        assertReports(ArchitectureTest.layers, "JournalCallsAService");
    }

    @Test
    void theLayersReportAViewReadingTheJournal() {
        assertReports(ArchitectureTest.layers, "UiReadsTheJournal");
    }

    @Test
    void aViewReadingTheJournalOrSqlIsReported() {
        assertReports(ArchitectureTest.uiNeverTouchesTheJournalOrSql, "UiReadsTheJournal");
    }

    /** Every package is a slice of its own, so two of ui's sub-packages leaning on each other are a cycle. */
    @Test
    void aCycleBetweenUiPartsIsReported() {
        assertReports(ArchitectureTest.noPackageCycles, "UiPartLeaningBack");
    }

    @Test
    void theLayersReportTheReportReadingTheJournal() {
        assertReports(ArchitectureTest.layers, "ReportReadsTheJournal");
    }

    @Test
    void theLayersReportTheJournalComputingWithInsight() {
        assertReports(ArchitectureTest.layers, "JournalComputesAnE1rm");
    }

    @Test
    void aCommandOpeningTheJournalItselfIsReported() {
        assertReports(ArchitectureTest.cliNeverTouchesTheJournalOrSql, "CliOpensTheJournal");
    }

    @Test
    void theCommandLineImportingJavaFxIsReported() {
        assertReports(ArchitectureTest.onlyUiAndAppTouchJavaFx, "CliDrawsWithJavaFx");
    }

    private static void assertReports(ArchRule rule, String probe) {
        EvaluationResult result = rule.evaluate(WITH_PROBES);
        assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(probe);
    }
}
