package dev.kip.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharsTest {

    @Test
    void terminalEscapesAreShownNotRun() {
        assertThat(ControlChars.escape("'\033]0;PWNED\007' is not a date"))
                .isEqualTo("'\\u001b]0;PWNED\\u0007' is not a date");
        assertThat(ControlChars.escape("a\u009b2Jb")).isEqualTo("a\\u009b2Jb");
        assertThat(ControlChars.escape("over\rwrite")).isEqualTo("over\\u000dwrite");
        assertThat(ControlChars.escape("x\u0000y\u007f")).isEqualTo("x\\u0000y\\u007f");
    }

    @Test
    void bidirectionalOverridesAreEscaped() {
        assertThat(ControlChars.escape("note\u202Etxt.exe")).isEqualTo("note\\u202etxt.exe");
    }

    @Test
    void lineEndsTabsAndOrdinaryTextAreKept() {
        String text = "Zoë's squat 🏋️‍♀️ → 100 kg\tok\nnext line\r\n";
        assertThat(ControlChars.escape(text)).isSameAs(text);
        assertThat(ControlChars.escape(null)).isNull();
    }

    @Test
    void escapingTwiceChangesNothingMore() {
        String once = ControlChars.escape("\033[2J");
        assertThat(ControlChars.escape(once)).isEqualTo(once);
    }
}
