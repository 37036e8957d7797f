package dev.kip.journal;

import dev.kip.domain.BodyMark;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TopSet;
import dev.kip.domain.Workout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The aggregates on a small constructed journal. */
class TrendQueriesTest {
    static final LocalDate D = LocalDate.of(2026, 6, 10);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    Journal journal;
    TrendQueries queries;
    long squat;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        queries = new TrendQueries(journal);
        squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        NightStore nights = new NightStore(journal);
        // Into bed and asleep attempt 23:00, 10 min to fall asleep, no WASO: TST = final wake − 23:10.
        nights.put(night(D, "06:00"));              // 410 min
        nights.put(night(D.minusDays(1), "07:00")); // 470
        nights.put(night(D.minusDays(2), "06:30")); // 440
        nights.put(night(D.minusDays(3), "05:30")); // 380
        DeviceNightStore device = new DeviceNightStore(journal);
        device.insertIfAbsent(deviceNight(D, "watch", 999));               // a diary night exists: ignored
        device.insertIfAbsent(deviceNight(D.minusDays(4), "watch", 300));
        device.insertIfAbsent(deviceNight(D.minusDays(4), "ring", 320));   // the longer source wins
        WorkoutStore workouts = new WorkoutStore(journal);
        // D−10: 100 × 3 → Epley 110. D: 100 × 5 → 116.67; a single of 110 counts as 110; a 150 warm-up never counts.
        workouts.insert(workout(D.minusDays(10), new LiftSet(squat, 1, SetType.WORKING, 100.0, 3, null, null)));
        workouts.insert(workout(D, new LiftSet(squat, 1, SetType.WARM_UP, 150.0, 1, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 100.0, 5, null, null),
                new LiftSet(squat, 3, SetType.WORKING, 110.0, 1, null, null)));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static Night night(LocalDate date, String finalWake) {
        return new Night(date, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0, LocalTime.parse(finalWake),
                LocalTime.parse(finalWake), 3, 3, false, "", ZONE);
    }

    static DeviceNight deviceNight(LocalDate date, String source, int asleep) {
        return new DeviceNight(date, source, date.minusDays(1).atTime(23, 0), LocalDateTime.of(date, LocalTime.of(6, 45)),
                asleep + 20, asleep, 20, asleep / 2, asleep / 4, asleep / 4);
    }

    static Workout workout(LocalDate date, LiftSet... sets) {
        return new Workout(null, date, LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(sets));
    }

    @Test
    void deviceSleepIsTheLongestSourcePerNight() {
        assertThat(queries.deviceSleep(D.minusDays(5), D)).extracting(NightSleep::date, NightSleep::sleepMin).containsExactly(
                org.assertj.core.groups.Tuple.tuple(D.minusDays(4), 320),
                org.assertj.core.groups.Tuple.tuple(D, 999));
        assertThat(queries.deviceSleep(D.minusDays(5), D).get(0).wake()).isEqualTo(LocalTime.of(6, 45));
    }

    @Test
    void topSetsAreTheHeaviestWorkSetPerRepCountAndSession() {
        assertThat(queries.topSets(D.minusDays(30), D, Set.of(squat))).containsExactly(
                new TopSet(D.minusDays(10), 1, squat, 3, 100.0),
                new TopSet(D, 2, squat, 1, 110.0),
                new TopSet(D, 2, squat, 5, 100.0));
    }

    @Test
    void marksAreOneRowPerRegionAndDayWithBothKindsApart() {
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(new BodyMark(D, "FRONT.KNEE.L", SymptomKind.SORENESS, 4, "", false));
        marks.put(new BodyMark(D, "FRONT.KNEE.L", SymptomKind.PAIN, 2, "", false));
        marks.put(new BodyMark(D.minusDays(1), "BACK.CALF.R", SymptomKind.PAIN, 5, "", false));
        assertThat(queries.regionDays(D.minusDays(1), D)).containsExactly(
                new RegionDay(D.minusDays(1), "BACK.CALF.R", 0, 5),
                new RegionDay(D, "FRONT.KNEE.L", 4, 2));
    }

    @Test
    void extentLiftsAndLastTrained() {
        assertThat(queries.extent()).get().extracting(JournalExtent::first, JournalExtent::last)
                .containsExactly(D.minusDays(10), D);
        assertThat(queries.liftChoices()).extracting(LiftChoice::name, LiftChoice::sessions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Back Squat", 2));
        assertThat(queries.lastTrained(D.minusDays(1))).containsExactly(java.util.Map.entry("Back Squat", D.minusDays(10)));
        assertThat(queries.mainLiftIds()).hasSize(4).contains(squat);
    }
}
