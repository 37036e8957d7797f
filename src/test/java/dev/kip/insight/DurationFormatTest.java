package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0    | 0 min",
        "1    | 1 min",
        "45   | 45 min",
        "59   | 59 min",
        "60   | 1 h",
        "61   | 1 h 1 min",
        "425  | 7 h 5 min",
        "445  | 7 h 25 min",
        "480  | 8 h",
        "1439 | 23 h 59 min",
        "1440 | 24 h",
        "-45  | −45 min",
        "-90  | −1 h 30 min",
        "-120 | −2 h",
    })
    void textSaysItAsPeopleDo(long minutes, String expected) {
        assertThat(DurationFormat.text(minutes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "437.4 | 7 h 17 min",
        "437.5 | 7 h 18 min",
        "59.6  | 1 h",
        "0.4   | 0 min",
    })
    void fractionsGoToTheNearestMinute(double minutes, String expected) {
        assertThat(DurationFormat.text(minutes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0    | 0:00",
        "45   | 0:45",
        "60   | 1:00",
        "61   | 1:01",
        "425  | 7:05",
        "445  | 7:25",
        "1439 | 23:59",
        "-45  | −0:45",
        "-425 | −7:05",
    })
    void tightTablesUseHoursAndMinutes(long minutes, String expected) {
        assertThat(DurationFormat.tight(minutes)).isEqualTo(expected);
    }
}
