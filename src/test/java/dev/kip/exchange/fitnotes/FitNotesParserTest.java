package dev.kip.exchange.fitnotes;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.kip.exchange.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FitNotesParserTest {

    private final FitNotesParser parser = new FitNotesParser();

    @Test
    void olderHeader_kgsInName_comment_oneWorkoutPerDate() throws Exception {
        ImportBatch batch = parse(parser, "fitnotes-old.csv", MassUnit.LB);

        assertThat(batch.assumedUnit()).isNull();
        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.workouts()).extracting(ParsedWorkout::sourceKey).containsExactly("fitnotes:2024-03-04", "fitnotes:2024-03-06");
        ParsedWorkout first = batch.workouts().get(0);
        assertThat(first.start()).isNull();
        assertThat(first.name()).isEmpty();
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(first.notes()).isEqualTo("Flat Barbell Bench Press: Paused reps");
        assertThat(first.sets()).containsExactly(
                new ParsedSet("Flat Barbell Bench Press", 1, SetType.WORKING, 60.0, 5, null, null, null, 2),
                new ParsedSet("Flat Barbell Bench Press", 2, SetType.WORKING, 62.5, 5, null, null, null, 3),
                new ParsedSet("Running (Treadmill)", 1, SetType.WORKING, null, null, null, 5000.0, 1500, 4));
    }

    @Test
    void currentHeader_unitPerRow_crlf() throws Exception {
        ImportBatch batch = parse(parser, "fitnotes-new.csv", MassUnit.KG);

        assertThat(batch.workouts()).hasSize(1);
        // 135 lbs = 61.234… kg; the pull-up has reps and no weight
        assertThat(batch.workouts().get(0).sets()).extracting(ParsedSet::weightKg, ParsedSet::reps).containsExactly(
                org.assertj.core.groups.Tuple.tuple(61.23, 5),
                org.assertj.core.groups.Tuple.tuple(60.0, 5),
                org.assertj.core.groups.Tuple.tuple(null, 10));
    }

    @Test
    void commasInsideAnExerciseNamesParentheses_areRecovered_zeroByZeroIsNoSet() throws Exception {
        ImportBatch batch = parse(parser, "fitnotes-commas.csv", MassUnit.KG);

        assertThat(batch.noticed(Notice.RECOVERED_COMMAS)).isEqualTo(3);
        assertThat(batch.skipped(SkipReason.EMPTY_SET)).isEqualTo(1);
        assertThat(batch.workouts().get(0).sets()).containsExactly(
                new ParsedSet("Overhead Press (Each Side, Dumbbells)", 1, SetType.WORKING, 8.0, 12, null, null, null, 2),
                new ParsedSet("Overhead Press (Each Side, Dumbbells)", 2, SetType.WORKING, 8.0, 10, null, null, null, 3),
                new ParsedSet("Farmer's Walk (Each Hand, Kettlebell, Heavy)", 1, SetType.WORKING, 24.0, null, null, 40.0, 45, 5));
        assertThat(batch.workouts().get(1).sets()).containsExactly(
                new ParsedSet("Rowing Machine", 1, SetType.WORKING, null, null, null, 2000.0, 510, 6));
    }

    @Test
    void aCommaOutsideParenthesesIsNotGuessedAt() {
        assertThatThrownBy(() -> parseText(parser, """
                Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time
                2024-05-06,Bench, Press,Chest,60.0,kgs,5,,,
                """))
                .isInstanceOf(ImportException.class)
                .hasMessage("test.csv, line 2: 10 fields where the header has 9: is a ',' unquoted inside a field?");
    }
}
