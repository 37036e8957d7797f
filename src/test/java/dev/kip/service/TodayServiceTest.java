package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.PainMonitoring;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's overview put together from the journal, without a screen. */
class TodayServiceTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), BERLIN);

    @TempDir
    Path dir;
    Journal journal;
    TodayService today;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        Changes changes = Changes.direct();
        SettingsService settings = new SettingsService(journal, changes);
        today = new TodayService(journal, new TrendsService(journal, settings, new SleepSourcesService(journal, changes), CLOCK),
                new PhysioService(journal, settings, changes), new AppointmentService(journal, changes), settings, CLOCK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static Night night(LocalDate date, String finalWake, int quality) {
        return new Night(date, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 1, 0, LocalTime.parse(finalWake),
                LocalTime.parse(finalWake).plusMinutes(10), quality, 4, false, "", BERLIN);
    }

    @Test
    void anEmptyJournalHasNothingForTheMorning() {
        TodayService.Morning m = today.morning();
        assertThat(m.nightCount()).isZero();
        assertThat(m.workoutCount()).isZero();
        assertThat(m.lastQuality()).isZero();
        assertThat(m.marks()).isEmpty();
        assertThat(m.geometry()).as("no body map to draw").isNull();
        assertThat(m.last()).isEmpty();
        assertThat(today.later().lastTrained()).isEmpty();
    }

    @Test
    void theMorningHoldsLastNightTodaysMarksAndTheLastSessionWithItsNames() {
        NightStore nights = new NightStore(journal);
        nights.put(night(TODAY, "06:40", 4));
        nights.put(night(TODAY.minusDays(1), "07:10", 3));
        new BodyMarkStore(journal).put(new BodyMark(TODAY, "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", false));
        new BodyMarkStore(journal).put(new BodyMark(TODAY.minusDays(1), "BACK.CALF.R", SymptomKind.PAIN, 3, "", false));
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        WorkoutStore workouts = new WorkoutStore(journal);
        workouts.insert(new Workout(null, TODAY.minusDays(3), null, 60, 7.0, false, "Older", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        workouts.insert(new Workout(null, TODAY.minusDays(1), null, 60, 8.0, false, "Lower", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 120.0, 5, null, null))));

        TodayService.Morning m = today.morning();
        assertThat(m.nightCount()).isEqualTo(2);
        assertThat(m.workoutCount()).isEqualTo(2);
        assertThat(m.lastQuality()).as("last night's quality").isEqualTo(4);
        assertThat(m.marks()).extracting(BodyMark::regionId).containsExactly("FRONT.KNEE.L");
        assertThat(m.geometry()).isNotNull();
        assertThat(m.last()).get().extracting(Workout::name).isEqualTo("Lower");
        assertThat(m.exerciseNames()).containsEntry(squat, "Back Squat");
        // Tried 23:00, 10 min to fall asleep, woke 06:40: 7 h 30 min asleep last night.
        assertThat(m.sleep().lastNight()).get().extracting(f -> f.tstMin()).isEqualTo(450);
        assertThat(m.sleep().asOf()).isEqualTo(TODAY);

        TodayService.Later later = today.later();
        assertThat(later.lastTrained()).containsEntry("Back Squat", TODAY.minusDays(1));
        assertThat(later.recovery().rules()).isNotEmpty();
        assertThat(today.now().toLocalDate()).isEqualTo(TODAY);
    }

    @Test
    void physioHoldsTheNextAppointmentAndTheLatestPainfulSessionsChecks() {
        assertThat(today.physio().nextAppointment()).as("none set").isEmpty();
        assertThat(today.physio().painChecks()).isEmpty();
        AppointmentService appointments = new AppointmentService(journal, Changes.direct());
        appointments.add(new Appointment(null, TODAY.minusDays(2), "past"));
        appointments.add(new Appointment(null, TODAY.plusDays(10), "later"));
        appointments.add(new Appointment(null, TODAY.plusDays(3), "review"));
        // Pain 2 on the left knee before the squat session, 6 during it, 4 the next morning (today).
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(new BodyMark(TODAY.minusDays(1), "FRONT.KNEE.L", SymptomKind.PAIN, 2, "", false));
        marks.put(new BodyMark(TODAY, "FRONT.KNEE.L", SymptomKind.PAIN, 4, "", false));
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        Workout w = new WorkoutStore(journal).insert(new Workout(null, TODAY.minusDays(1), null, 60, 7.0, false, "Lower", "", null,
                null, List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        new SessionPainStore(journal).replace(w.id(), List.of(new SessionPain("FRONT.KNEE.L", 6)));

        TodayService.Physio physio = today.physio();
        assertThat(physio.nextAppointment()).get().extracting(Appointment::note).isEqualTo("review");
        PainMonitoring.Check knee = physio.painChecks().stream().filter(c -> c.regionId().equals("FRONT.KNEE.L")).findFirst()
                .orElseThrow();
        assertThat(knee.sessionDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(knee.broken()).contains(PainMonitoring.Condition.DURING, PainMonitoring.Condition.NEXT_MORNING);
    }
}
