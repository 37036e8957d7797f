package dev.kip.exchange.hevy;

import dev.kip.domain.SetType;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
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

class HevyParserTest {

    private final HevyParser parser = new HevyParser();

    @Test
    void metricExport_setTypes_indexFromZero_cardioKeptAsDistanceAndTime() throws Exception {
        ImportBatch batch = parse(parser, "hevy.csv");

        assertThat(batch.assumedUnit()).isNull();
        assertThat(batch.workouts()).hasSize(3);
        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.workouts().get(1).sets()).containsExactly(
                new ParsedSet("Treadmill", 1, SetType.WORKING, null, null, null, 4200.0, 1800, 8));
        ParsedWorkout upper = batch.workouts().get(0);
        assertThat(upper.sourceKey()).isEqualTo("hevy:2024-04-07 16:34|Upper A");
        assertThat(upper.date()).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(upper.start()).isEqualTo(LocalTime.of(16, 34));
        assertThat(upper.durationMin()).as("16:34 → 17:40").isEqualTo(66);
        assertThat(upper.notes()).isEqualTo("Good session\nLat Pulldown (Cable): Slow eccentric");
        assertThat(upper.sets()).containsExactly(
                new ParsedSet("Bench Press (Barbell)", 1, SetType.WARM_UP, 40.0, 10, null, null, null, 2),
                new ParsedSet("Bench Press (Barbell)", 2, SetType.WORKING, 80.0, 5, 8.0, null, null, 3),
                new ParsedSet("Bench Press (Barbell)", 3, SetType.FAILURE, 80.0, 4, 10.0, null, null, 4),
                new ParsedSet("Bench Press (Barbell)", 4, SetType.DROP, 60.0, 8, null, null, null, 5),
                new ParsedSet("Lat Pulldown (Cable)", 1, SetType.WORKING, 55.5, 10, null, null, null, 6),
                new ParsedSet("Chin Up", 1, SetType.WORKING, null, 8, null, null, null, 7));
        ParsedWorkout legs = batch.workouts().get(2);
        assertThat(legs.date()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(legs.durationMin()).isEqualTo(75);
    }

    @Test
    void imperialExport_isoTimestamps() throws Exception {
        ImportBatch batch = parse(parser, "hevy-lbs-iso.csv");

        ParsedWorkout push = batch.workouts().get(0);
        assertThat(push.sourceKey()).isEqualTo("hevy:2024-04-07 16:34|Push");
        assertThat(push.durationMin()).isEqualTo(60);
        // 225 lb = 102.058… kg; 185.5 lb = 84.141… kg
        assertThat(push.sets()).extracting(ParsedSet::weightKg).containsExactly(102.06, 84.14);
    }

    @Test
    void zonedIsoTimestampsAreReadInTheContextZone() throws Exception {
        ImportBatch batch = parseText(parser, """
                title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe
                Push,2024-04-07T14:34:00Z,2024-04-07T15:34:00Z,,Bench,,,0,normal,80,5,,,
                """);

        assertThat(batch.workouts().get(0).start()).as("14:34 UTC is 16:34 in Berlin (summer time)").isEqualTo(LocalTime.of(16, 34));
    }

    @Test
    void anotherAppsCsvIsNotTakenForHevy() {
        assertThatThrownBy(() -> parse(parser, "hevy-other.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("hevy-other.csv, line 1: there is no column 'title', so this is not Hevy's workout export")
                .hasMessageContaining("workout_id,workout_title,workout_date");
    }

    @Test
    void unknownSetTypeIsNamed() {
        assertThatThrownBy(() -> parseText(parser, """
                "title","start_time","end_time","exercise_title","set_index","set_type","weight_kg","reps"
                "A","7 Apr 2024, 16:34","7 Apr 2024, 17:00","Squat","0","superset","100","5"
                """)).hasMessage("test.csv, line 2, column set_type: 'superset' is not a set type (normal, warmup, failure or dropset)");
    }
}
