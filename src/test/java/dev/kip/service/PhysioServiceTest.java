package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.PainMonitoring;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhysioServiceTest {
    private static final LocalDate MON = LocalDate.of(2026, 3, 9);
    private static final String KNEE = "FRONT.KNEE.L";

    @TempDir
    Path dir;
    private Journal journal;
    private PhysioService physio;
    private AppointmentService appointments;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        physio = new PhysioService(journal, new SettingsService(journal, Changes.direct()), Changes.direct());
        appointments = new AppointmentService(journal, Changes.direct());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private long squatOn(LocalDate day, int painDuring) {
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        Workout w = new WorkoutStore(journal).insert(new Workout(null, day, null, 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        new SessionPainStore(journal).replace(w.id(), List.of(new SessionPain(KNEE, painDuring)));
        return w.id();
    }

    @Test
    void theLatestSessionsChecksReadTheMarksOfTheMorningAfter() {
        new BodyMarkStore(journal).putAll(List.of(new BodyMark(MON, KNEE, SymptomKind.PAIN, 3, "", false),
                new BodyMark(MON.plusDays(1), KNEE, SymptomKind.PAIN, 5, "", false)));
        squatOn(MON.minusDays(3), 2);
        long monday = squatOn(MON, 4);

        List<PainMonitoring.Check> latest = physio.latestSessionChecks(MON.plusDays(1));
        assertThat(latest).extracting(PainMonitoring.Check::workoutId).containsOnly(monday);
        PainMonitoring.Check knee = latest.stream().filter(c -> c.regionId().equals(KNEE)).findFirst().orElseThrow();
        assertThat(knee.nextMorning()).hasValue(5);
        assertThat(knee.broken()).contains(PainMonitoring.Condition.NEXT_MORNING);
        assertThat(physio.latestChecks(MON.plusDays(1))).containsKey(KNEE);
        assertThat(physio.sessionPain(monday)).containsExactly(new SessionPain(KNEE, 4));
    }

    @Test
    void appointmentsNotesAndTheScale() {
        Appointment first = appointments.add(new Appointment(null, MON, "first"));
        Appointment second = appointments.add(new Appointment(null, MON.plusDays(10), ""));
        assertThat(appointments.next(MON.plusDays(1))).contains(second);
        assertThat(appointments.lastBefore(MON.plusDays(10))).contains(first);
        assertThat(appointments.delete(second.id())).isTrue();
        assertThat(appointments.next(MON.plusDays(1))).isEmpty();

        physio.saveNotes("  Can I squat?  ", "Ibuprofen");
        assertThat(physio.question()).isEqualTo("Can I squat?");
        assertThat(physio.treatment()).isEqualTo("Ibuprofen");

        long id = physio.addActivity("squat to depth", MON).id();
        physio.rate(MON, Map.of(id, 3));
        physio.rate(MON.plusDays(7), Map.of(id, 7));
        assertThat(physio.scale(MON.plusDays(7)).activities().get(0).change()).isEqualTo(4);
    }

    @Test
    void settingOneRegionsPainDuringASessionKeepsTheOthersAndNullTakesItBack() {
        long monday = squatOn(MON, 4);
        physio.setSessionPain(monday, "BACK.LUMBAR_SPINE", 6);
        assertThat(physio.sessionPain(monday)).containsExactlyInAnyOrder(new SessionPain(KNEE, 4), new SessionPain("BACK.LUMBAR_SPINE", 6));
        physio.setSessionPain(monday, KNEE, 2);
        physio.setSessionPain(monday, "BACK.LUMBAR_SPINE", null);
        assertThat(physio.sessionPain(monday)).containsExactly(new SessionPain(KNEE, 2));
    }
}
