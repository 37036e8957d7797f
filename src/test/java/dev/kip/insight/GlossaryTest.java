package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    @Test
    void holdsEveryTermTheIssueNames() {
        List<String> terms = Arrays.stream(Glossary.values()).map(Glossary::term).toList();
        assertThat(terms).contains("TIB", "SOL", "WASO", "SE", "RPE", "CR-10", "RIR", "e1RM", "Session RPE", "AU",
                "Acute:chronic", "ρ", "95 % interval", "SD");
    }

    @Test
    void findsTermsAsWholeWordsInTheirOwnCase() {
        assertThat(Glossary.findIn("TIB 7 h 40 min · SE 92 %")).containsExactly(Glossary.TIB, Glossary.SE);
        // "se" in "session", "sd" in a word, "au" in "autumn": not terms
        assertThat(Glossary.findIn("Session of the autumn, used to it")).isEmpty();
        assertThat(Glossary.findIn("Best e1RM 142.5 kg")).containsExactly(Glossary.E1RM);
    }

    @Test
    void theLongerSpellingWins() {
        assertThat(Glossary.findIn("Session RPE (CR-10)")).containsExactly(Glossary.SESSION_RPE, Glossary.CR10);
        assertThat(Glossary.findIn("RPE")).containsExactly(Glossary.RPE);
        assertThat(Glossary.findIn("Wake SD (min)")).containsExactly(Glossary.WAKE_SPREAD);
        assertThat(Glossary.findIn("Awake in the night")).containsExactly(Glossary.WASO);
    }

    @Test
    void phrasesMatchInAnyCaseAndInThePlural() {
        assertThat(Glossary.findIn("Spearman's ρ of sleep with performance; whiskers are 95 % intervals."))
                .containsExactly(Glossary.RHO, Glossary.INTERVAL);
        assertThat(Glossary.findIn("Acute:chronic 1.15 — last 7 days 2,208 AU")).containsExactly(Glossary.ACUTE_CHRONIC, Glossary.AU);
        assertThat(Glossary.findIn("Night before: ρ 0.31 (95 % CI 0.12 to 0.48), n = 140"))
                .containsExactly(Glossary.RHO, Glossary.INTERVAL, Glossary.N);
    }

    @Test
    void eachEntryReadsAsOneLineAndIsFoundBySearch() {
        assertThat(Glossary.WASO.oneLine()).startsWith("WASO — Wake after sleep onset. Minutes awake");
        assertThat(Glossary.SLEEP_DEBT.oneLine()).startsWith("Sleep debt. What the last 14 nights");
        assertThat(Glossary.SE.matches("efficiency")).isTrue();
        assertThat(Glossary.SE.matches("")).isTrue();
        assertThat(Glossary.SE.matches("bootstrap")).isFalse();
        assertThat(Glossary.SESSION_RPE.evidence()).contains(Evidence.SESSION_LOAD);
    }
}
