package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void whyJoinsStatementAndSource() {
        assertThat(Evidence.PROTEIN_SYNTHESIS.why()).isEqualTo("One night without sleep cut muscle protein synthesis"
                + " by about 18 % and raised cortisol in a lab study — Lamon et al., 2021");
        assertThat(Evidence.ROOM_TEMP.why()).isEqualTo("A warm, bright or noisy room disturbs sleep; cool is about"
                + " 18–20 °C (65–68 °F) — Kip design notes (sleep and recovery guidance)");
    }

    @Test
    void onlyTheStudyDesignMdNamesIsCited() {
        // DESIGN.md names one study; every other line rests on the design notes, no invented citations.
        for (Evidence e : Evidence.values()) {
            assertThat(e.statement()).isNotBlank();
            if (e != Evidence.PROTEIN_SYNTHESIS) {
                assertThat(e.source()).as(e.name()).isEqualTo(Evidence.DESIGN_NOTES);
            }
        }
    }

    @Test
    void sleepNeedAndShortNightLinesSayWhatDesignMdSays() {
        assertThat(Evidence.SLEEP_NEED.statement()).contains("7–9 h", "8–9 h");
        assertThat(Evidence.SHORT_NIGHT_SESSION.statement()).contains("lighter session or mobility");
        assertThat(Evidence.PAIN_THRESHOLD.statement()).contains("IL-6", "CRP", "pain threshold");
    }
}
