package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SessionPain;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made journal for 1–21 March 2025 (a Saturday to a Friday) whose report figures are
 * worked out by hand in {@link ReportBuilderTest}: marks, nights, workouts with pain during the last
 * session, and two PSFS activities rated twice.
 */
final class ReportFixture {

    static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    static final LocalDate TO = LocalDate.of(2025, 3, 21);
    static final String KNEE = "FRONT.KNEE.L";
    static final String LOWER_BACK = "BACK.LOWER_BACK.L";
    static final String LOWER_BACK_RIGHT = "BACK.LOWER_BACK.R";
    static final String QUAD = "FRONT.QUADRICEPS.R";

    private ReportFixture() {
    }

    static void write(Journal journal) {
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(mark(2, 28, KNEE, SymptomKind.PAIN, 9, "")); // before the range: ignored
        marks.put(mark(3, 2, KNEE, SymptomKind.PAIN, 4, ""));
        marks.put(mark(3, 5, KNEE, SymptomKind.PAIN, 6, ""));
        marks.put(mark(3, 10, KNEE, SymptomKind.PAIN, 7, "Twinged on the stairs"));
        marks.put(mark(3, 16, KNEE, SymptomKind.PAIN, 3, "").withDetails(
                new PainDetails(PainCharacter.STIFF, PainTiming.ON_WAKING, null)));
        marks.put(mark(3, 20, KNEE, SymptomKind.PAIN, 2, ""));
        marks.put(mark(3, 18, LOWER_BACK, SymptomKind.SORENESS, 5, "Stiff after  deadlifts"));
        marks.put(mark(3, 18, LOWER_BACK_RIGHT, SymptomKind.SORENESS, 4, "Stiff after deadlifts"));
        marks.put(mark(3, 3, QUAD, SymptomKind.SORENESS, 3, ""));

        NightStore nights = new NightStore(journal);
        nights.put(night(3, 1, "23:00", "23:00", 20, 2, 30, "07:00", "07:00", 3, 3, "Late dinner"));
        nights.put(night(3, 2, "23:00", "23:00", 10, 1, 10, "06:00", "06:30", 4, 2, "Slept badly"));
        nights.put(night(3, 3, "22:00", "22:30", 30, 3, 60, "06:30", "07:00", 2, 1, ""));
        nights.put(night(3, 21, "23:00", "23:00", 0, 0, 0, "05:00", "05:00", 3, 3, ""));

        ExerciseStore exercises = new ExerciseStore(journal);
        long squat = exercises.byName("Back Squat").orElseThrow().id();
        long split = exercises.save(new Exercise(null, "Knee Test Lunge", List.of(new RegionLoad(KNEE, 1.0)))).id();
        WorkoutStore workouts = new WorkoutStore(journal);
        workouts.insert(workout(2, 25, 40, 5.0, false, List.of(set(squat, 90, 5))));
        workouts.insert(workout(3, 2, 60, 7.0, false, List.of(set(squat, 100, 5))));
        workouts.insert(workout(3, 6, 60, 8.0, true, List.of(set(squat, 105, 5))));
        Workout last = workouts.insert(workout(3, 20, 50, 6.0, false, List.of(set(squat, 110, 3), set(split, 40, 8))));
        new SessionPainStore(journal).replace(last.id(), List.of(new SessionPain(KNEE, 6)));

        PsfsStore psfs = new PsfsStore(journal);
        long depth = psfs.add("squat to depth", LocalDate.of(2025, 3, 3)).id();
        long meeting = psfs.add("sit through a meeting", LocalDate.of(2025, 3, 3)).id();
        psfs.rate(LocalDate.of(2025, 3, 3), Map.of(depth, 2, meeting, 5));
        psfs.rate(LocalDate.of(2025, 3, 17), Map.of(depth, 6, meeting, 6));
    }

    private static BodyMark mark(int month, int day, String region, SymptomKind kind, int level, String note) {
        return new BodyMark(LocalDate.of(2025, month, day), region, kind, level, note, false);
    }

    private static Night night(int month, int day, String bed, String tried, int sol, int awakenings, int waso, String wake,
            String out, int quality, int rested, String note) {
        return new Night(LocalDate.of(2025, month, day), LocalTime.parse(bed), LocalTime.parse(tried), sol, awakenings,
                waso, LocalTime.parse(wake), LocalTime.parse(out), quality, rested, false, note, ZoneId.of("Europe/Berlin"));
    }

    private static Workout workout(int month, int day, int minutes, double rpe, boolean heavier, List<LiftSet> sets) {
        return new Workout(null, LocalDate.of(2025, month, day), LocalTime.of(18, 0), minutes, rpe, heavier, "Session", "",
                null, null, sets);
    }

    private static LiftSet set(long exercise, double kg, int reps) {
        return new LiftSet(exercise, 1, SetType.WORKING, kg, reps, null, null);
    }
}
