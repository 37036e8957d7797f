package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.domain.Workout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 006: pain details, pain during a session, the PSFS, appointments, and the new regions' loads. */
class PainAndPhysioStoresTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aPainMarkKeepsItsDetailsAndASorenessMarkHasNone() {
        BodyMarkStore marks = new BodyMarkStore(journal);
        PainDetails details = new PainDetails(PainCharacter.SHARP, PainTiming.DURING_TRAINING, TrainingEffect.MODIFIED);
        BodyMark pain = new BodyMark(DAY, "BACK.LUMBAR_SPINE", SymptomKind.PAIN, 5, "deadlift", false, details);
        BodyMark partial = new BodyMark(DAY, "FRONT.KNEE.L", SymptomKind.PAIN, 3, "", false,
                PainDetails.NONE.withTiming(PainTiming.ON_WAKING));
        BodyMark sore = new BodyMark(DAY, "FRONT.KNEE.L", SymptomKind.SORENESS, 2, "", false, details);
        marks.putAll(List.of(pain, partial, sore));

        assertThat(marks.on(DAY)).containsExactly(pain, partial, sore.withDetails(PainDetails.NONE));
        assertThat(sore.details()).isEqualTo(PainDetails.NONE);
        assertThat(pain.details().describe()).isEqualTo("sharp, during training, training modified");
    }

    @Test
    void painDuringASessionIsReplacedWithTheWorkoutAndRemovedWithIt() {
        WorkoutStore workouts = new WorkoutStore(journal);
        long squat = new ExerciseStore(journal).all().stream().filter(e -> e.name().equals("Back Squat")).findFirst().orElseThrow().id();
        Workout w = workouts.insert(new Workout(null, DAY, null, 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        SessionPainStore pains = new SessionPainStore(journal);
        pains.replace(w.id(), List.of(new SessionPain("FRONT.KNEE.L", 4), new SessionPain("BACK.LUMBAR_SPINE", 2)));
        pains.replace(w.id(), List.of(new SessionPain("FRONT.KNEE.L", 6)));

        assertThat(pains.of(w.id())).containsExactly(new SessionPain("FRONT.KNEE.L", 6));
        assertThat(pains.between(DAY, DAY)).containsExactly(new SessionPainStore.Dated(w.id(), DAY, new SessionPain("FRONT.KNEE.L", 6)));
        workouts.delete(w.id());
        assertThat(pains.between(DAY, DAY)).isEmpty();
        assertThatThrownBy(() -> new SessionPain("FRONT.KNEE.L", 11)).hasMessageContaining("0–10").hasMessageContaining("FRONT.KNEE.L");
    }

    @Test
    void thePsfsHoldsFiveActivitiesInUseAndKeepsARetiredOnesRatings() {
        PsfsStore psfs = new PsfsStore(journal);
        List<PsfsActivity> named = List.of("squat to depth", "sit through a meeting", "sleep on my left side", "tie shoes", "run")
                .stream().map(n -> psfs.add(n, DAY)).toList();
        assertThatThrownBy(() -> psfs.add("jump", DAY)).hasMessageContaining("5 activities are in use").hasMessageContaining("jump");
        assertThatThrownBy(() -> psfs.add("  ", DAY)).hasMessageContaining("expected a name");

        psfs.rate(DAY, Map.of(named.get(0).id(), 3, named.get(1).id(), 5));
        psfs.rate(DAY, Map.of(named.get(0).id(), 4));
        psfs.retire(named.get(4).id(), DAY.plusDays(7));
        PsfsActivity jump = psfs.add("jump", DAY.plusDays(7));
        psfs.rate(DAY.plusDays(7), Map.of(jump.id(), 2));

        assertThat(psfs.ratingsUpTo(DAY.plusDays(7))).containsExactly(new PsfsRating(DAY, named.get(0).id(), 4),
                new PsfsRating(DAY, named.get(1).id(), 5), new PsfsRating(DAY.plusDays(7), jump.id(), 2));
        assertThat(psfs.activities()).hasSize(6).filteredOn(PsfsActivity::isActive).hasSize(5);
    }

    @Test
    void appointmentsAnswerTheLastAndTheNext() {
        AppointmentStore appointments = new AppointmentStore(journal);
        Appointment first = appointments.add(new Appointment(null, DAY, "  first visit "));
        Appointment second = appointments.add(new Appointment(null, DAY.plusDays(14), ""));
        assertThat(first.note()).isEqualTo("first visit");
        assertThat(appointments.lastOnOrBefore(DAY.plusDays(13))).contains(first);
        assertThat(appointments.nextOnOrAfter(DAY.plusDays(1))).contains(second);
        assertThat(appointments.nextOnOrAfter(DAY.plusDays(15))).isEmpty();
        assertThat(appointments.delete(first.id())).isTrue();
        assertThat(appointments.all()).containsExactly(second);
    }

    @Test
    void theSpineAndTheKneesJoinTheExercisesThatLoadTheirNeighbours() {
        Map<String, List<RegionLoad>> loads = new java.util.HashMap<>();
        for (Exercise e : new ExerciseStore(journal).all()) {
            loads.put(e.name(), e.regions());
        }
        assertThat(loads.get("Deadlift")).contains(new RegionLoad("BACK.LUMBAR_SPINE", 1.0), new RegionLoad("BACK.SACRUM", 0.5),
                new RegionLoad("BACK.THORACIC_SPINE", 0.5), new RegionLoad("BACK.KNEE.L", 0.5), new RegionLoad("BACK.KNEE.R", 0.5));
        assertThat(loads.get("Back Squat")).contains(new RegionLoad("BACK.LUMBAR_SPINE", 0.5), new RegionLoad("FRONT.KNEE.L", 0.5),
                new RegionLoad("FRONT.KNEE.R", 0.5));
        assertThat(loads.get("Bench Press")).extracting(RegionLoad::regionId).doesNotContain("BACK.LUMBAR_SPINE", "FRONT.KNEE.L");
    }
}
