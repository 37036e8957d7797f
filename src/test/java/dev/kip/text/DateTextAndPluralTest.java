package dev.kip.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateTextAndPluralTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void writesADayOneWay() {
        assertThat(DateText.day(DAY)).isEqualTo("Sun 6 Dec 2026");
    }

    @Test
    void headingsAndChartAxesAreWrittenHereToo() {
        assertThat(DateText.heading(DAY)).isEqualTo("Sunday 6 December");
        assertThat(DateText.headingWithYear(DAY)).isEqualTo("Sunday 6 December 2026");
        assertThat(DateText.weekdayDayMonth(DAY)).isEqualTo("Sunday 6 Dec");
        assertThat(DateText.shortWeekdayDayMonth(DAY)).isEqualTo("Sun 6 Dec");
        assertThat(DateText.dayMonthYear(DAY)).isEqualTo("6 Dec 2026");
        assertThat(DateText.dayMonth(DAY)).isEqualTo("6 Dec");
        assertThat(DateText.month(DAY)).isEqualTo("Dec");
        assertThat(DateText.monthYear(DAY)).isEqualTo("Dec 2026");
        assertThat(DateText.fullMonthYear(DAY)).isEqualTo("December 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun 6 Dec 2026", "sun 6 dec 2026", " 6 Dec 2026 ", "2026-12-06"})
    void readsItBackAsWrittenWithoutTheWeekdayOrAsIso(String text) {
        assertThat(DateText.parseDay(text)).isEqualTo(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/6/2026", "Mon 6 Dec 2026", "6 Dez 2026", ""})
    void refusesOtherFormsAndAWrongWeekday(String text) {
        assertThatThrownBy(() -> DateText.parseDay(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void countsWithTheRightNoun() {
        assertThat(Plural.of(1, "set")).isEqualTo("1 set");
        assertThat(Plural.of(0, "session")).isEqualTo("0 sessions");
        assertThat(Plural.of(1200, "workout")).isEqualTo("1,200 workouts");
        assertThat(Plural.of(2, "body mark", "body marks")).isEqualTo("2 body marks");
    }
}
