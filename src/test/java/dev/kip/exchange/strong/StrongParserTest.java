package dev.kip.exchange.strong;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrongParserTest {

    private final StrongParser parser = new StrongParser();

    @Test
    void variantA_semicolons_unitColumn_decimalCommas_setLetters_restTimer_bomAndCrlf() throws Exception {
        ImportBatch batch = parse(parser, "strong-a.csv");

        assertThat(batch.format()).isEqualTo(ImportFormat.STRONG);
        assertThat(batch.assumedUnit()).as("the file has a Weight Unit column").isNull();
        assertThat(batch.workouts()).hasSize(2);
        assertThat(batch.setCount()).isEqualTo(9);
        assertThat(batch.skipped(SkipReason.REST_TIMER)).isEqualTo(1);
        assertThat(batch.skipped()).doesNotContainKey(SkipReason.EMPTY_SET);
        assertThat(batch.workouts().get(1).sets().get(0)).as("2000 m in 480 s, no weight, no reps")
                .isEqualTo(new ParsedSet("Rowing (Machine)", 1, SetType.WORKING, null, null, null, 2000.0, 480, 9));

        ParsedWorkout push = batch.workouts().get(0);
        assertThat(push.sourceKey()).isEqualTo("strong:2024-03-04 07:01:00|Push Day");
        assertThat(push.date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(push.start()).isEqualTo(LocalTime.of(7, 1));
        assertThat(push.durationMin()).isEqualTo(60);
        assertThat(push.notes()).isEqualTo("Felt strong\nOverhead Press (Dumbbell): Seat at 4");
        assertThat(push.sets()).containsExactly(
                new ParsedSet("Bench Press (Barbell)", 1, SetType.WARM_UP, 40.0, 10, null, null, null, 2),
                new ParsedSet("Bench Press (Barbell)", 2, SetType.WORKING, 62.5, 5, 8.0, null, null, 3),
                new ParsedSet("Bench Press (Barbell)", 3, SetType.WORKING, 62.5, 5, 8.5, null, null, 5),
                new ParsedSet("Bench Press (Barbell)", 4, SetType.DROP, 45.0, 12, null, null, null, 6),
                // 50 lbs × 0.45359237 = 22.6796… → 22.68 kg
                new ParsedSet("Overhead Press (Dumbbell)", 1, SetType.WORKING, 22.68, 10, null, null, null, 7),
                new ParsedSet("Overhead Press (Dumbbell)", 2, SetType.FAILURE, 22.68, 7, 10.0, null, null, 8));

        ParsedWorkout pull = batch.workouts().get(1);
        assertThat(pull.durationMin()).isEqualTo(45);
        assertThat(pull.sets()).filteredOn(s -> s.exerciseName().equals("Pull Up"))
                .extracting(ParsedSet::order, ParsedSet::weightKg, ParsedSet::reps)
                .as("a body-weight set keeps reps without weight; Set Order 0 is still a set")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null, 8), org.assertj.core.groups.Tuple.tuple(2, null, 6));
        assertThat(batch.firstDate()).contains(LocalDate.of(2024, 3, 4));
        assertThat(batch.lastDate()).contains(LocalDate.of(2024, 3, 6));
    }

    @Test
    void variantB_durations_quotedNewlines_floatNoise_assumedUnit() throws Exception {
        ImportBatch batch = parse(parser, "strong-b.csv", MassUnit.KG);

        assertThat(batch.assumedUnit()).isEqualTo(MassUnit.KG);
        assertThat(batch.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::durationMin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Push Day", 38),
                org.assertj.core.groups.Tuple.tuple("Legs", 62),
                org.assertj.core.groups.Tuple.tuple("Arms", 56));
        ParsedWorkout push = batch.workouts().get(0);
        assertThat(push.notes()).isEqualTo("Knee ok, elbow \"meh\"\nsecond line");
        // 74.99999999999999 is 75 after rounding to 0.01 kg; the second row starts on line 4
        // because the first row's notes hold a line break.
        assertThat(push.sets()).containsExactly(
                new ParsedSet("Bench Press (Barbell)", 1, SetType.WORKING, 75.0, 5, 8.0, null, null, 2),
                new ParsedSet("Bench Press (Barbell)", 2, SetType.WORKING, 75.0, 5, null, null, null, 4));
        assertThat(batch.workouts().get(1).notes()).isEqualTo("Squat (Barbell): Belt, wraps");
        assertThat(batch.skipped(SkipReason.REST_TIMER)).isEqualTo(1);
        // A unitless Distance goes with the assumed weight unit: 5.0 km.
        assertThat(batch.workouts().get(1).sets()).extracting(ParsedSet::exerciseName, ParsedSet::distanceM, ParsedSet::seconds)
                .contains(org.assertj.core.groups.Tuple.tuple("Running", 5000.0, 1500));
    }

    @Test
    void variantB_inPounds_whenThePersonSaysSo() throws Exception {
        ImportBatch batch = parse(parser, "strong-b.csv", MassUnit.LB);

        assertThat(batch.assumedUnit()).isEqualTo(MassUnit.LB);
        // 100 lb × 0.45359237 = 45.359… → 45.36 kg
        assertThat(batch.workouts().get(1).sets().get(0).weightKg()).isEqualTo(45.36);
    }

    @Test
    void variantC_twelveHourClockWithNarrowNoBreakSpace() throws Exception {
        ImportBatch batch = parse(parser, "strong-c.csv");

        assertThat(batch.workouts()).extracting(ParsedWorkout::sourceKey).containsExactly(
                "strong:2024-03-04 07:01:00|Push Day",
                "strong:2024-03-04 12:15:00|Lunch Pump",
                "strong:2024-03-05 00:05:00|Midnight Legs",
                "strong:2024-03-05 18:30:00|Evening");
        assertThat(batch.workouts().get(0).sets()).hasSize(2);
        assertThat(batch.workouts().get(2).sets().get(0).rpe()).isEqualTo(7.5);
    }

    @Test
    void variantD_everythingQuoted_poundsInHeader_durationInSeconds() throws Exception {
        ImportBatch batch = parse(parser, "strong-d.csv", MassUnit.KG);

        assertThat(batch.assumedUnit()).as("Weight (lbs) names the unit").isNull();
        assertThat(batch.workouts()).hasSize(2);
        // 3,1 miles × 1609.344 = 4,988.97 m
        assertThat(batch.workouts().get(1).sets()).extracting(ParsedSet::distanceM, ParsedSet::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4988.97, 1800));
        ParsedWorkout push = batch.workouts().get(0);
        assertThat(push.durationMin()).as("3690 s = 61.5 min, rounded half up").isEqualTo(62);
        // 135 lb = 61.2349… kg, 225 lb = 102.0582… kg
        assertThat(push.sets()).extracting(ParsedSet::weightKg).containsExactly(61.23, 102.06);
        assertThat(push.sets().get(1).rpe()).isEqualTo(9.0);
        assertThat(batch.skipped(SkipReason.REST_TIMER)).isEqualTo(1);
    }

    @Test
    void variantD_commaForm_kilogramsInHeader() throws Exception {
        ImportBatch batch = parse(parser, "strong-d-comma.csv", MassUnit.LB);

        assertThat(batch.assumedUnit()).isNull();
        assertThat(batch.workouts().get(0).durationMin()).isEqualTo(40);
        assertThat(batch.workouts().get(0).sets().get(0).weightKg()).isEqualTo(62.5);
    }

    @Test
    void rowsOfOneWorkoutNeedNotBeAdjacent() throws Exception {
        ImportBatch batch = parseText(parser, """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
                2024-03-04 07:01:00,A,1h,Squat,1,100,5,,,
                2024-03-05 07:01:00,B,1h,Squat,1,100,5,,,
                2024-03-04 07:01:00,A,1h,Squat,2,100,5,,,
                """);

        assertThat(batch.workouts()).hasSize(2);
        assertThat(batch.workouts().get(0).sets()).extracting(ParsedSet::order).containsExactly(1, 2);
    }

    @Test
    void badValuesNameLineAndColumn() {
        String header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n";
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04 07:01:00,A,1h,Squat,1,12,5,0,5,,,\n"
                + "2024-03-04 07:01:00,A,1h,Squat,2,\"12,5,0\",5,,,\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("test.csv, line 3, column Weight: '12,5,0' is not a number");
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04 07:01:00,A,1h,Squat,1,-5,5,,,\n"))
                .hasMessage("test.csv, line 2, column Weight: '-5' is negative: expected a weight of 0 or more");
        assertThatThrownBy(() -> parseText(parser, header + "2024-02-30 07:01:00,A,1h,Squat,1,5,5,,,\n"))
                .hasMessageStartingWith("test.csv, line 2, column Date: '2024-02-30 07:01:00' is not a date and time");
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04 07:01:00,A,1h,Squat,X,5,5,,,\n"))
                .hasMessage("test.csv, line 2, column Set Order: 'X' is not a set number, W, D, F, Rest Timer or Note");
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04 07:01:00,A,forever,Squat,1,5,5,,,\n"))
                .hasMessageStartingWith("test.csv, line 2, column Duration: 'forever' is not a duration");
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04 07:01:00,A,1h,Squat,1,5,5,,,11\n"))
                .hasMessage("test.csv, line 2, column RPE: '11' is not an RPE (1–10)");
    }
}
