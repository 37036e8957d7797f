package dev.kip.exchange.strong;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What real Strong exports hold that the documented variants do not: each quirk of issue 15, from real files and small fixtures. */
class StrongQuirksTest {

    private final StrongParser parser = new StrongParser();

    @Test
    void realFile_noteRows_restTimers_aWorkoutOf42Hours_andHoldsWithoutWeightOrReps() throws Exception {
        ImportBatch batch = parse(parser, "real/strong-abishake.csv");

        assertThat(batch.assumedUnit()).as("Weight (kg) names the unit").isNull();
        assertThat(batch.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::durationMin)
                .containsExactly(tuple("Back and Biceps", 13), tuple("Legs", null));
        assertThat(batch.noticed(Notice.LONG_WORKOUT)).as("154,292 s is almost 43 h").isEqualTo(1);
        assertThat(batch.workouts().get(0).notes()).isEqualTo("Lat Pulldown (Machine): Straight Arm Pulldown");
        assertThat(batch.workouts().get(0).sets()).hasSize(16);
        ParsedWorkout legs = batch.workouts().get(1);
        assertThat(batch.skipped(SkipReason.REST_TIMER)).isEqualTo(17);
        assertThat(legs.sets()).filteredOn(s -> s.exerciseName().contains("Plank"))
                .extracting(ParsedSet::exerciseName, ParsedSet::weightKg, ParsedSet::reps, ParsedSet::seconds)
                .containsExactly(tuple("Plank", null, null, 30), tuple("Plank", null, null, 30),
                        tuple("Side Plank", null, null, 30), tuple("Side Plank", null, null, 30));
        assertThat(legs.sets()).hasSize(18);
        assertThat(batch.noticed(Notice.TIMED_OR_DISTANCE_SETS)).isEqualTo(4);
    }

    @Test
    void realFile_workoutsOf42And83Hours_andASwimOfDistanceAndTime() throws Exception {
        ImportBatch batch = parse(parser, "real/strong-kyriakakis.csv", MassUnit.KG);

        assertThat(batch.workouts()).extracting(ParsedWorkout::date, ParsedWorkout::durationMin).containsExactly(
                tuple(LocalDate.of(2021, 2, 22), null), tuple(LocalDate.of(2021, 2, 24), 59),
                tuple(LocalDate.of(2021, 3, 3), null), tuple(LocalDate.of(2021, 5, 13), 5));
        assertThat(batch.noticed(Notice.LONG_WORKOUT)).isEqualTo(2);
        assertThat(batch.setCount()).as("every lifting set is kept").isEqualTo(19 + 4 + 14 + 1);
        assertThat(batch.workouts().get(3).sets()).containsExactly(
                new ParsedSet("Swimming", 1, SetType.WORKING, null, null, null, 1000.0, 30, 39));
    }

    @Test
    void realFile_aPlankWrittenAsZeroKgTimesZeroRepsIsAHold() throws Exception {
        ImportBatch batch = parse(parser, "real/strong-breinsp.csv", MassUnit.KG);

        ParsedWorkout w = batch.workouts().get(0);
        assertThat(w.durationMin()).isEqualTo(97);
        assertThat(w.sets()).filteredOn(s -> s.exerciseName().equals("Plank"))
                .extracting(ParsedSet::weightKg, ParsedSet::reps, ParsedSet::distanceM, ParsedSet::seconds)
                .containsExactly(tuple(null, null, null, 90), tuple(null, null, null, 90));
        assertThat(w.sets()).filteredOn(s -> s.exerciseName().equals("Wide Pull Up"))
                .extracting(ParsedSet::weightKg, ParsedSet::reps).as("a body-weight set keeps its 0 kg")
                .containsExactly(tuple(0.0, 8), tuple(0.0, 6));
        assertThat(w.sets()).hasSize(17);
    }

    @Test
    void longWorkouts_keepEverySet_lineRepeatedIsCountedOnce_andHoldsOfEveryKind() throws Exception {
        ImportBatch batch = parse(parser, "strong-long-workouts.csv", MassUnit.KG);

        assertThat(batch.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::durationMin)
                .containsExactly(tuple("Legs", null), tuple("Push", null), tuple("Pull", null), tuple("Core", 50));
        assertThat(batch.noticed(Notice.LONG_WORKOUT)).isEqualTo(3);
        assertThat(batch.workouts().get(2).sets()).as("the same line twice is one set").hasSize(1);
        assertThat(batch.skipped(SkipReason.DUPLICATE_LINE)).isEqualTo(1);
        assertThat(batch.workouts().get(3).sets()).extracting(ParsedSet::exerciseName, ParsedSet::seconds)
                .containsExactly(tuple("Side Plank", 45), tuple("Handstand Hold", 30), tuple("Front Lever Hold", 12));
        assertThat(batch.skipped(SkipReason.EMPTY_SET)).as("0 kg × 0 reps × 0 s is no set").isEqualTo(1);
    }

    @Test
    void dialectOf2016_unitAsColumnName_setOrderFromZero_noDuration() throws Exception {
        ImportBatch batch = parse(parser, "strong-2016.csv", MassUnit.LB);

        assertThat(batch.assumedUnit()).as("the column is named kg").isNull();
        ParsedWorkout w = batch.workouts().get(0);
        assertThat(w.durationMin()).isNull();
        assertThat(w.notes()).isEqualTo("Squat (Barbell): Belt");
        assertThat(w.sets()).containsExactly(
                new ParsedSet("Squat (Barbell)", 1, SetType.WORKING, 60.0, 5, null, null, null, 2),
                new ParsedSet("Squat (Barbell)", 2, SetType.WORKING, 62.5, 5, null, null, null, 3),
                new ParsedSet("Squat (Barbell)", 3, SetType.WORKING, 62.5, 5, null, null, null, 4),
                new ParsedSet("Running (Treadmill)", 1, SetType.WORKING, null, null, null, 2500.0, 900, 5),
                new ParsedSet("Plank", 1, SetType.WORKING, null, null, null, null, 60, 6));
    }

    @Test
    void dialectOf2017_poundsAndMilesAsColumnNames_semicolons() throws Exception {
        ImportBatch batch = parse(parser, "strong-2017-lbs.csv", MassUnit.KG);

        assertThat(batch.assumedUnit()).isNull();
        ParsedWorkout w = batch.workouts().get(0);
        assertThat(w.notes()).isEqualTo("Deload week");
        // 135 lb = 61.23 kg, 155 lb = 70.31 kg; 6,2 mi = 9,977.93 m
        assertThat(w.sets()).extracting(ParsedSet::weightKg, ParsedSet::reps, ParsedSet::distanceM, ParsedSet::seconds)
                .containsExactly(tuple(61.23, 8, null, null), tuple(70.31, 5, null, null), tuple(null, null, 9977.93, 1800));
    }

    @Test
    void linesWrappedWholeInQuotes_areUnwrapped() throws Exception {
        ImportBatch batch = parse(parser, "strong-wrapped.csv", MassUnit.KG);

        assertThat(batch.noticed(Notice.UNWRAPPED_LINES)).isEqualTo(3);
        ParsedWorkout w = batch.workouts().get(0);
        assertThat(w.name()).isEqualTo("B");
        assertThat(w.notes()).isEqualTo("Dips: Bar, slow");
        assertThat(w.sets()).extracting(ParsedSet::exerciseName, ParsedSet::weightKg, ParsedSet::reps)
                .containsExactly(tuple("Squat", 15.0, 5), tuple("Squat", 20.0, 5), tuple("Dips", 0.0, 8));
    }

    @Test
    void aWrappedHeaderIsUnwrappedToo() throws Exception {
        ImportBatch batch = parseText(parser, """
                "Date;Workout Name;Exercise Name;Set Order;Weight;Reps"
                "2018-06-27 16:26:53;""B"";""Squat"";1;15;5"
                """);

        assertThat(batch.workouts().get(0).sets()).extracting(ParsedSet::weightKg).containsExactly(15.0);
    }

    @Test
    void aFileWithoutAWeightColumnSaysWhichNamesItLookedFor() {
        assertThatThrownBy(() -> parseText(parser, "Date,Workout Name,Exercise Name,Set Order,Reps\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("test.csv, line 1: there is no column named Weight, Weight (kg), Weight (kgs), "
                        + "Weight (lbs), Weight (lb), kg, lbs, so this is not a Strong export");
    }
}
