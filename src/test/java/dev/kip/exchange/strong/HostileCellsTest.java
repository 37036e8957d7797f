package dev.kip.exchange.strong;

import static dev.kip.exchange.Fixtures.parseBytes;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.SkipReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 16: encodings, NUL bytes, no-break spaces and oversized cells get a clear message or a reported decision. */
class HostileCellsTest {

    private static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    private final StrongParser strong = new StrongParser();

    private static String row(String exercise, String notes) {
        return "2024-03-04 07:01:00,Jambes,1h," + exercise + ",1,100,5,,," + notes + ",,\n";
    }

    @Test
    void windows1252IsReadAsSuchAndSaid_utf8WithOrWithoutItsMarkAndUtf16AreRead() throws Exception {
        String text = HEADER + row("Développé couché", "été");
        ImportBatch latin = parseBytes(strong, text.getBytes(Charset.forName("windows-1252")));
        assertThat(latin.workouts().get(0).sets()).extracting(ParsedSet::exerciseName).containsExactly("Développé couché");
        assertThat(latin.workouts().get(0).notes()).isEqualTo("Développé couché: été");
        assertThat(latin.notices()).containsKey(Notice.WINDOWS_1252);

        ImportBatch utf8 = parseBytes(strong, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.workouts().get(0).sets()).extracting(ParsedSet::exerciseName).containsExactly("Développé couché");
        assertThat(utf8.notices()).doesNotContainKey(Notice.WINDOWS_1252);

        ImportBatch utf16 = parseBytes(strong, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertThat(utf16.workouts().get(0).sets()).extracting(ParsedSet::exerciseName).containsExactly("Développé couché");
    }

    @Test
    void aFileThatIsUtf8AndThenNotIsRefusedAtTheLine() {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes((HEADER + row("Développé", "")).getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(row("Couché", "").getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> parseBytes(strong, mixed.toByteArray()))
                .hasMessage("test.csv, line 3: byte 0xE9 is not UTF-8, though the lines before it are: the file mixes encodings"
                        + " (save it again as UTF-8)");
    }

    @Test
    void nulBytesAreRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> parseText(strong, HEADER + row("Squat", "") + row("Sq\0uat", "")))
                .hasMessage("test.csv, line 3, column Exercise Name: the field holds a NUL character (byte 0), which no export"
                        + " writes: the file is damaged or not text");
        assertThatThrownBy(() -> parseText(strong, HEADER + row("Squat", "\"a\nb\0\"")))
                .hasMessageStartingWith("test.csv, line 3, column Notes: the field holds a NUL character");
    }

    @Test
    void noBreakSpacesAreSpaces_aNameOfOnlySpacesIsRefused() throws Exception {
        ImportBatch batch = parseText(strong, HEADER + row("Bench\u00A0Press\u00A0 (Barbell)\u00A0", ""));
        assertThat(batch.workouts().get(0).sets()).extracting(ParsedSet::exerciseName).containsExactly("Bench Press (Barbell)");
        assertThatThrownBy(() -> parseText(strong, HEADER + row("\u00A0", "")))
                .hasMessage("test.csv, line 2, column Exercise Name: the exercise name is only spaces");
        assertThatThrownBy(() -> parseText(strong, HEADER + row("Squat\u0007", "")))
                .hasMessage("test.csv, line 2, column Exercise Name: the exercise name holds a control character (U+0007),"
                        + " which no name has: is the file damaged?");
    }

    @Test
    void aWorkoutWrittenTwiceInTheFileIsImportedOnce_aWorkoutContinuedLaterKeepsEverySet() throws Exception {
        String a1 = "2024-03-04 07:01:00,A,1h,Squat,1,100,5,,,,,\n";
        String a2 = "2024-03-04 07:01:00,A,1h,Squat,2,100,5,,,,,\n";
        String b1 = "2024-03-05 07:01:00,B,1h,Bench,1,80,5,,,,,\n";
        ImportBatch twice = parseText(strong, HEADER + a1 + a2 + b1 + a1 + a2);
        assertThat(twice.workouts()).extracting(w -> w.sets().size()).containsExactly(2, 1);
        assertThat(twice.skipped(SkipReason.REPEATED_WORKOUT_LINES)).isEqualTo(2);

        String a3 = "2024-03-04 07:01:00,A,1h,Squat,3,105,3,,,,,\n";
        ImportBatch continued = parseText(strong, HEADER + a1 + a2 + b1 + a1 + a3);
        assertThat(continued.workouts().get(0).sets()).extracting(ParsedSet::order, ParsedSet::weightKg)
                .containsExactly(tuple(1, 100.0), tuple(2, 100.0), tuple(3, 100.0), tuple(4, 105.0));
        assertThat(continued.skipped(SkipReason.REPEATED_WORKOUT_LINES)).isZero();
    }

    @Test
    void namesAndNotesAreBounded() {
        assertThatThrownBy(() -> parseText(strong, HEADER + row("S".repeat(201), "")))
                .hasMessage("test.csv, line 2, column Exercise Name: the exercise name is 201 characters long; Kip keeps names of up to 200");
        assertThatThrownBy(() -> parseText(strong, HEADER + row("Squat", "\"" + "n\n".repeat(6000) + "\"")))
                .hasMessage("test.csv, line 2, column Notes: the note is 12,000 characters long; Kip keeps notes of up to 10,000");
    }
}
