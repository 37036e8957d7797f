package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void whyJoinsTheStatementAndItsSources() {
        assertThat(Evidence.PROTEIN_SYNTHESIS.why()).isEqualTo("One night without sleep cut muscle protein synthesis"
                + " by 18 % and raised cortisol by 21 % in a lab study (Lamon et al. 2021)");
        assertThat(Evidence.PAIN_THRESHOLD.sourceNames()).isEqualTo("Finan et al. 2013; Irwin et al. 2016");
    }

    @Test
    void aCitationGivesAuthorsYearTitleJournalVolumeAndPages() {
        assertThat(Source.CRAVEN_2022.citation()).isEqualTo("Craven J, McCartney D, Desbrow B, et al. (2022). Effects of"
                + " acute sleep loss on physical performance: a systematic and meta-analytical review. Sports Medicine"
                + " 52(11):2669–2690.");
        assertThat(Evidence.LOAD_CHANGE.whyWithReferences()).endsWith("\n• Impellizzeri FM, McCall A, Ward P, Bornn L,"
                + " Coutts AJ (2020). Training load and its role in injury prevention, part 2: conceptual and methodologic"
                + " pitfalls. Journal of Athletic Training 55(9):893–901.");
    }

    @Test
    void everyLineCitesAtLeastOneStudyAndEveryStudyIsCited() {
        Set<Source> cited = EnumSet.noneOf(Source.class);
        for (Evidence e : Evidence.values()) {
            assertThat(e.statement()).as(e.name()).isNotBlank().doesNotContainIgnoringCase("design notes");
            assertThat(e.sources()).as(e.name()).isNotEmpty();
            cited.addAll(e.sources());
        }
        assertThat(cited).containsExactlyInAnyOrder(Source.values());
        for (Source s : Source.values()) {
            assertThat(s.citation()).as(s.name()).contains(Integer.toString(s.year())).endsWith(".");
        }
    }

    @Test
    void linesSayNoMoreThanTheirStudiesFound() {
        // Irwin et al. found no inflammation after experimental sleep loss: the line speaks of disturbed sleep only.
        assertThat(Evidence.PAIN_THRESHOLD.statement()).contains("disturbed sleep goes with").doesNotContain("one night");
        // Stutz et al.: evening exercise in general does not harm sleep; only vigorous exercise right before bed may.
        assertThat(Evidence.LATE_TRAINING.statement()).contains("does not generally harm sleep", "within about an hour");
    }
}
