package dev.kip.journal;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A small deterministic journal for Trends tests: a diary night every day and a session every
 * other day (squat, bench, deadlift; 5 reps), where the weight on the bar follows the night
 * before, so sleep and performance are clearly associated.
 */
public final class TrendsFixture {
    private TrendsFixture() {
    }

    /** Writes {@code days} days ending at {@code end}; sessions on the days an even number of days before {@code end}. */
    public static void write(Journal journal, LocalDate end, int days) {
        ExerciseStore exercises = new ExerciseStore(journal);
        long squat = exercises.byName("Back Squat").orElseThrow().id();
        long bench = exercises.byName("Bench Press").orElseThrow().id();
        long deadlift = exercises.byName("Deadlift").orElseThrow().id();
        NightStore nights = new NightStore(journal);
        WorkoutStore workouts = new WorkoutStore(journal);
        for (int back = days - 1; back >= 0; back--) {
            LocalDate d = end.minusDays(back);
            int shortBy = (back * 37) % 90; // 0–89 min short of 8 h, scrambled from day to day
            LocalTime wake = LocalTime.of(7, 0).minusMinutes(shortBy);
            nights.put(new Night(d, LocalTime.of(22, 50), LocalTime.of(23, 0), 0, 0, 0, wake, wake.plusMinutes(10),
                    3, shortBy > 60 ? 2 : 4, false, "", ZoneId.of("Europe/Berlin")));
            if (back % 2 == 0) {
                double kg = 100 - shortBy / 10.0;
                workouts.insert(new Workout(null, d, LocalTime.of(18, 0), 60, 7.0, false, "Session", "", null, null, List.of(
                        new LiftSet(squat, 1, SetType.WORKING, kg, 5, null, null),
                        new LiftSet(bench, 1, SetType.WORKING, kg * 0.7, 5, null, null),
                        new LiftSet(deadlift, 1, SetType.WORKING, kg * 1.2, 5, null, null))));
            }
        }
    }
}
