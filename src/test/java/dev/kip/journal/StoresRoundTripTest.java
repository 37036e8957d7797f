package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.ImportLogEntry;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table: what goes in comes out unchanged. */
class StoresRoundTripTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void nights() {
        NightStore store = new NightStore(journal);
        Night n = new Night(D, LocalTime.of(22, 50), LocalTime.of(23, 5), 15, 2, 20, LocalTime.of(6, 40), LocalTime.of(6, 55), 4, 3,
                true, "woke at 3, back asleep — Zoë's alarm", ZoneId.of("Europe/Berlin"));
        store.insert(n);
        assertThat(store.find(D)).contains(n);
        assertThat(store.between(D.minusDays(1), D)).containsExactly(n);
        assertThatThrownBy(() -> store.insert(n)).hasMessageContaining("already a night for 2026-03-02");
        Night edited = new Night(D, n.intoBed(), n.triedToSleep(), 5, 0, 0, n.finalWake(), n.outOfBed(), 5, 5, false, "", ZoneId.of("Europe/Berlin"));
        store.put(edited);
        assertThat(store.find(D)).contains(edited);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.delete(D)).isTrue();
        assertThat(store.find(D)).isEmpty();
    }

    @Test
    void nightOutsideTheSchemaRangesIsRefused() {
        NightStore store = new NightStore(journal);
        Night bad = new Night(D, LocalTime.of(23, 0), LocalTime.of(23, 0), -5, 0, 0, LocalTime.of(7, 0), LocalTime.of(7, 0), 3, 3, false, "", ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> store.insert(bad)).isInstanceOf(JournalException.class).hasMessageContaining("CHECK");
        assertThat(store.count()).isZero();
    }

    @Test
    void factors() {
        FactorsStore store = new FactorsStore(journal);
        Factors f = new Factors(D, 3, LocalTime.of(15, 30), 2, ScreenTime.FROM_30_TO_60, true, RoomFeel.WARM, 22.5,
                LocalTime.of(13, 30), 25);
        store.put(f);
        assertThat(store.find(D)).contains(f);
        Factors partial = new Factors(D, null, null, null, ScreenTime.NONE, null, null, null, null, null);
        store.put(partial);
        assertThat(store.find(D)).contains(partial);
        store.put(Factors.none(D));
        assertThat(store.find(D)).isEmpty();
    }

    @Test
    void deviceNights() {
        DeviceNightStore store = new DeviceNightStore(journal);
        DeviceNight n = new DeviceNight(D, "Apple Watch", LocalDateTime.of(2026, 3, 1, 23, 41), LocalDateTime.of(2026, 3, 2, 6, 55), 434, 402,
                32, 230, 71, 101);
        assertThat(store.insertIfAbsent(n)).isTrue();
        assertThat(store.insertIfAbsent(n)).isFalse();
        assertThat(store.between(D, D)).containsExactly(n);
        assertThat(store.exists(D, "Apple Watch")).isTrue();
    }

    @Test
    void exercisesWorkoutsAndSets() {
        ExerciseStore exercises = new ExerciseStore(journal);
        WorkoutStore workouts = new WorkoutStore(journal);
        Exercise squat = exercises.save(new Exercise(null, "Test Squat Łukasz", List.of(
                new RegionLoad("FRONT.QUADRICEPS.L", 1.0), new RegionLoad("BACK.GLUTES.L", 0.5))));
        assertThat(exercises.byName("test squat łukasz")).isPresent();
        assertThat(exercises.byId(squat.id()).orElseThrow().regions()).containsExactlyInAnyOrder(
                new RegionLoad("FRONT.QUADRICEPS.L", 1.0), new RegionLoad("BACK.GLUTES.L", 0.5));
        Workout w = new Workout(null, D, LocalTime.of(18, 0), 60, 7.5, true, "Legs", "felt slow", null, null, List.of(
                new LiftSet(squat.id(), 1, SetType.WARM_UP, 60.0, 5, null, null),
                new LiftSet(squat.id(), 2, SetType.WORKING, 120.5, 5, 8.5, 2),
                new LiftSet(squat.id(), 3, SetType.FAILURE, null, 12, 10.0, 0)));
        Workout stored = workouts.insert(w);
        assertThat(workouts.find(stored.id())).contains(stored);
        Workout renamedHistory = stored.withSets(List.of(new LiftSet(squat.id(), 1, SetType.DROP, 100.0, 8, null, null)));
        workouts.update(renamedHistory);
        exercises.save(new Exercise(squat.id(), "Back Squat (renamed)", squat.regions()));
        Workout reloaded = workouts.find(stored.id()).orElseThrow();
        assertThat(reloaded.sets()).containsExactly(new LiftSet(squat.id(), 1, SetType.DROP, 100.0, 8, null, null));
        assertThat(workouts.between(D, D)).containsExactly(reloaded);
        assertThatThrownBy(() -> exercises.delete(squat.id())).hasMessageContaining("rename it instead");
        assertThat(workouts.delete(stored.id())).isTrue();
        assertThat(workouts.count()).isZero();
    }

    @Test
    void bodyMarksReplaceAndClear() {
        BodyMarkStore store = new BodyMarkStore(journal);
        BodyMark sore = new BodyMark(D, "FRONT.KNEE.L", SymptomKind.SORENESS, 4, "", true);
        BodyMark pain = new BodyMark(D, "FRONT.KNEE.L", SymptomKind.PAIN, 6, "sharp on stairs", false);
        store.put(sore);
        store.put(pain);
        store.put(new BodyMark(D, "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", true));
        assertThat(store.on(D)).containsExactly(pain, new BodyMark(D, "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", true));
        assertThat(store.history("FRONT.KNEE.L", D.minusDays(90), D)).hasSize(2);
        assertThatThrownBy(() -> store.put(new BodyMark(D, "FRONT.ELBOW.L", SymptomKind.PAIN, 3, "", false)))
                .hasMessageContaining("unknown region 'FRONT.ELBOW.L'");
        assertThatThrownBy(() -> store.put(new BodyMark(D, "BACK.ELBOW.L", SymptomKind.PAIN, 11, "", false)))
                .hasMessageContaining("outside 0–10");
        assertThat(store.clear(D, "FRONT.KNEE.L", SymptomKind.PAIN)).isTrue();
        assertThat(store.clear(D, "FRONT.KNEE.L", null)).isTrue();
        assertThat(store.on(D)).isEmpty();
    }

    @Test
    void bodyWeightsSettingsAndImportLog() {
        BodyWeightStore weights = new BodyWeightStore(journal);
        assertThat(weights.insertIfAbsent(new BodyWeight(D, 82.35, "kip"))).isTrue();
        assertThat(weights.insertIfAbsent(new BodyWeight(D, 90, "kip"))).isFalse();
        assertThat(weights.between(D, D)).containsExactly(new BodyWeight(D, 82.35, "kip"));

        SettingsStore settings = new SettingsStore(journal);
        assertThat(settings.load()).isEqualTo(Settings.DEFAULTS);
        Settings mine = new Settings(Settings.MassUnit.LB, Settings.TempUnit.F, false, 510, Settings.E1rmFormula.BRZYCKI, "Ørjan Næss",
                Settings.Theme.DARK, Settings.Paper.LETTER, 0.25);
        settings.save(mine);
        assertThat(settings.load()).isEqualTo(mine);

        ImportLogStore log = new ImportLogStore(journal);
        ImportLogEntry e = new ImportLogEntry(Instant.parse("2026-11-20T07:00:00Z"), "strong.csv", "strong", 3, 40, 0, 0, 2);
        log.add(e);
        assertThat(log.all()).containsExactly(e);
    }
}
