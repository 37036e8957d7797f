package dev.kip.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.BodyWeightStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.ImportLogStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoJournalTest {
    private static final LocalDate END = LocalDate.of(2025, 3, 14);
    private static final LocalDate EARLIEST = LocalDate.of(0, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** Below this many minutes asleep a night is short: the demo's short runs are 5–6 h. */
    private static final int SHORT_NIGHT_MIN = 6 * 60 + 5;

    @TempDir
    static Path dir;
    /** One year (seed 1) for the counts, three years (seed 7) for the patterns that need time to show. */
    private Journal oneYear;
    private Journal threeYears;
    private Snapshot year;
    private Snapshot years3;

    @BeforeAll
    void writeDemos() {
        oneYear = Journal.open(dir.resolve("one-year.db"));
        DemoJournal.write(oneYear, 1, 1, END);
        year = Snapshot.of(oneYear);
        threeYears = Journal.open(dir.resolve("three-years.db"));
        DemoJournal.write(threeYears, 3, 7, END);
        years3 = Snapshot.of(threeYears);
    }

    @AfterAll
    void closeJournals() {
        oneYear.close();
        threeYears.close();
    }

    /** Every table's rows, read back through the stores. */
    record Snapshot(List<Night> nights, List<Factors> factors, List<DeviceNight> deviceNights, List<Workout> workouts,
            List<BodyMark> marks, List<BodyWeight> weights, List<Exercise> exercises, int importLogEntries) {
        static Snapshot of(Journal j) {
            return new Snapshot(new NightStore(j).between(EARLIEST, LATEST), new FactorsStore(j).between(EARLIEST, LATEST),
                    new DeviceNightStore(j).between(EARLIEST, LATEST), new WorkoutStore(j).between(EARLIEST, LATEST),
                    new BodyMarkStore(j).between(EARLIEST, LATEST), new BodyWeightStore(j).between(EARLIEST, LATEST),
                    new ExerciseStore(j).all(), new ImportLogStore(j).all().size());
        }

        List<LiftSet> sets() {
            return workouts.stream().flatMap(w -> w.sets().stream()).toList();
        }

        List<BodyMark> marks(SymptomKind kind) {
            return marks.stream().filter(m -> m.kind() == kind).toList();
        }
    }

    private Snapshot demo(String name, int years, long seed, LocalDate end) {
        try (Journal j = Journal.open(dir.resolve(name))) {
            DemoJournal.write(j, years, seed, end);
            return Snapshot.of(j);
        }
    }

    /** Minutes asleep: from trying to sleep to the final wake (across midnight), less SOL and WASO. */
    private static int tstMin(Night n) {
        int inBed = Math.floorMod(ChronoUnit.MINUTES.between(n.triedToSleep(), n.finalWake()), 24 * 60);
        return inBed - n.solMin() - n.wasoMin();
    }

    @Test
    void theSameSeedAndEndDateGiveTheSameRowsInEveryTable() {
        Snapshot again = demo("again.db", 1, 1, END);
        assertThat(again).isEqualTo(year);
    }

    @Test
    void anotherSeedGivesAnotherJournal() {
        Snapshot other = demo("other.db", 1, 2, END);
        assertThat(other.nights()).isNotEqualTo(year.nights());
        assertThat(other.workouts()).isNotEqualTo(year.workouts());
        assertThat(other.marks()).isNotEqualTo(year.marks());
        assertThat(other.exercises()).isEqualTo(year.exercises()); // the catalog is the migration's, not the demo's
    }

    @Test
    void aYearHasTheExpectedAmountsOfEverything() {
        // 365 nights × 85 % logged ≈ 310; 3–5 sessions a week less the odd week off; 3 main lifts
        // with warm-ups plus 1–2 accessories ≈ 25 sets a session.
        assertThat(year.nights()).hasSizeBetween(280, 365);
        assertThat(year.factors()).hasSizeBetween(180, year.nights().size());
        assertThat(year.workouts()).hasSizeBetween(150, 260);
        assertThat(year.sets().size() / (double) year.workouts().size()).isBetween(15.0, 40.0);
        assertThat(year.marks(SymptomKind.SORENESS)).hasSizeBetween(1000, 3500);
        assertThat(year.weights()).hasSizeBetween(100, 250);
        assertThat(year.deviceNights()).isEmpty();
        assertThat(year.importLogEntries()).isZero();
    }

    @Test
    void everyRowLiesInTheYearEndingOnTheEndDate() {
        LocalDate first = END.minusYears(1).plusDays(1);
        Predicate<LocalDate> inRange = d -> !d.isBefore(first) && !d.isAfter(END);
        assertThat(year.nights()).allMatch(n -> inRange.test(n.date()));
        assertThat(year.factors()).allMatch(f -> inRange.test(f.date()));
        assertThat(year.workouts()).allMatch(w -> inRange.test(w.date()));
        assertThat(year.marks()).allMatch(m -> inRange.test(m.date()));
        assertThat(year.weights()).allMatch(w -> inRange.test(w.date()));
    }

    @Test
    void nightsStayWithinTheDiaryRanges() {
        for (Night n : years3.nights()) {
            assertThat(n.solMin()).as(n.date() + " SOL").isBetween(5, 30);
            assertThat(n.awakenings()).as(n.date() + " awakenings").isBetween(0, 4);
            assertThat(n.wasoMin()).as(n.date() + " WASO").isBetween(0, 40);
            assertThat(n.quality()).isBetween(1, 5);
            assertThat(n.rested()).isBetween(1, 5);
            assertThat(tstMin(n)).as(n.date() + " TST").isBetween(4 * 60, 12 * 60);
            assertThat(Math.floorMod(ChronoUnit.MINUTES.between(n.intoBed(), n.triedToSleep()), 24 * 60)).isBetween(0, 25);
        }
    }

    @Test
    void weekendsAreSleptLater() {
        Map<Boolean, Double> meanWake = years3.nights().stream().collect(Collectors.partitioningBy(
                n -> n.date().getDayOfWeek() == DayOfWeek.SATURDAY || n.date().getDayOfWeek() == DayOfWeek.SUNDAY,
                Collectors.averagingInt(n -> n.finalWake().toSecondOfDay() / 60)));
        // Weekday alarm about 07:00, weekends about 08:15.
        assertThat(meanWake.get(false)).isBetween(400.0, 430.0);
        assertThat(meanWake.get(true) - meanWake.get(false)).isGreaterThan(45);
    }

    @Test
    void shortSleepRunsComeEveryMonthOrTwo() {
        List<Night> shortNights = year.nights().stream().filter(n -> tstMin(n) < SHORT_NIGHT_MIN).toList();
        // 6–9 runs a year of 3–6 nights, 85 % logged.
        assertThat(shortNights).hasSizeBetween(12, 60);
        Set<LocalDate> dates = shortNights.stream().map(Night::date).collect(Collectors.toSet());
        long runsOfThree = dates.stream().filter(d -> dates.contains(d.plusDays(1)) && dates.contains(d.plusDays(2))).count();
        assertThat(runsOfThree).isGreaterThanOrEqualTo(3);
        double meanQualityShort = shortNights.stream().mapToInt(Night::quality).average().orElseThrow();
        double meanQualityRest = year.nights().stream().filter(n -> tstMin(n) >= 7 * 60).mapToInt(Night::quality).average().orElseThrow();
        assertThat(meanQualityRest - meanQualityShort).isGreaterThan(0.8);
    }

    @Test
    void setsAreWellFormed() {
        for (Workout w : years3.workouts()) {
            assertThat(w.sessionRpe()).isBetween(1.0, 10.0);
            assertThat(w.durationMin()).isBetween(25, 150);
            assertThat(w.start()).isNotNull();
            Map<Long, Integer> lastOrder = new HashMap<>();
            for (LiftSet s : w.sets()) {
                assertThat(s.reps()).as(w.date() + " reps").isPositive();
                assertThat(s.order()).as("order counts from 1 within each exercise").isEqualTo(lastOrder.merge(s.exerciseId(), 1, Integer::sum));
                if (s.type() == SetType.WARM_UP) {
                    assertThat(s.rpe()).isNull();
                } else {
                    assertThat(s.rpe()).isBetween(5.0, 10.0);
                    assertThat(s.rpe() * 2).isEqualTo(Math.rint(s.rpe() * 2)); // halves only
                }
                if (s.weightKg() != null) {
                    assertThat(s.weightKg()).isBetween(1.0, 400.0);
                }
            }
            long warmUps = w.sets().stream().filter(s -> s.type() == SetType.WARM_UP).count();
            assertThat(warmUps).as(w.date() + " warm-ups for 3 main lifts").isBetween(6L, 9L);
        }
        assertThat(years3.sets()).extracting(LiftSet::type).contains(SetType.values());
    }

    @Test
    void strengthProgressesOverTheYears() {
        long squat = new ExerciseStore(threeYears).byName("Back Squat").orElseThrow().id();
        LocalDate first = END.minusYears(3);
        double firstQuarter = bestWorkingSquat(squat, first, first.plusMonths(3));
        double lastQuarter = bestWorkingSquat(squat, END.minusMonths(3), END);
        // 100 kg e1RM at the start grows about 20 % a year at first (see LiftSpec).
        assertThat(lastQuarter).isGreaterThan(firstQuarter * 1.2);
    }

    private double bestWorkingSquat(long squat, LocalDate from, LocalDate to) {
        return years3.workouts().stream().filter(w -> !w.date().isBefore(from) && w.date().isBefore(to))
                .flatMap(w -> w.sets().stream())
                .filter(s -> s.exerciseId() == squat && s.type() == SetType.WORKING)
                .mapToDouble(LiftSet::weightKg).max().orElseThrow();
    }

    @Test
    void sessionsAfterAShortNightFeelHarder() {
        Map<LocalDate, Integer> tst = years3.nights().stream().collect(Collectors.toMap(Night::date, DemoJournalTest::tstMin));
        Map<Boolean, List<Workout>> byNight = years3.workouts().stream().filter(w -> tst.containsKey(w.date()))
                .collect(Collectors.partitioningBy(w -> tst.get(w.date()) < SHORT_NIGHT_MIN));
        List<Workout> afterShort = byNight.get(true);
        List<Workout> afterNormal = byNight.get(false);
        assertThat(afterShort).hasSizeGreaterThan(20);
        assertThat(meanSessionRpe(afterShort) - meanSessionRpe(afterNormal)).isGreaterThan(0.5);
        assertThat(share(afterShort, Workout::feltHeavier)).isGreaterThan(share(afterNormal, Workout::feltHeavier) + 0.1);
        assertThat(share(afterShort, DemoJournalTest::missedReps)).isGreaterThan(share(afterNormal, DemoJournalTest::missedReps));
    }

    private static double meanSessionRpe(List<Workout> ws) {
        return ws.stream().mapToDouble(Workout::sessionRpe).average().orElseThrow();
    }

    private static double share(List<Workout> ws, Predicate<Workout> p) {
        return ws.stream().filter(p).count() / (double) ws.size();
    }

    /** A working set at RPE 10 short of the exercise's first working set's reps. */
    private static boolean missedReps(Workout w) {
        Map<Long, Integer> planned = new HashMap<>();
        for (LiftSet s : w.sets()) {
            if (s.type() == SetType.WORKING && planned.putIfAbsent(s.exerciseId(), s.reps()) != null
                    && s.rpe() == 10 && s.reps() < planned.get(s.exerciseId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sorenessFollowsTheSessionsThatLoadedTheRegion() {
        Map<Long, Set<String>> primary = new HashMap<>();
        for (Exercise e : years3.exercises()) {
            primary.put(e.id(), e.regions().stream().filter(r -> r.weight() == RegionLoad.PRIMARY)
                    .map(RegionLoad::regionId).collect(Collectors.toSet()));
        }
        Map<LocalDate, Set<String>> loadedOn = new HashMap<>();
        for (Workout w : years3.workouts()) {
            for (LiftSet s : w.sets()) {
                loadedOn.computeIfAbsent(w.date(), d -> new HashSet<>()).addAll(primary.get(s.exerciseId()));
            }
        }
        List<BodyMark> soreness = years3.marks(SymptomKind.SORENESS);
        for (BodyMark m : soreness) {
            if (m.nextMorning()) {
                assertThat(m.level()).isBetween(3, 6);
                assertThat(loadedOn.getOrDefault(m.date().minusDays(1), Set.of())).as(m.toString()).contains(m.regionId());
            } else {
                assertThat(m.level()).isBetween(1, 6);
                boolean loadedDaysBefore = false;
                for (int back = 2; back <= 4; back++) {
                    loadedDaysBefore |= loadedOn.getOrDefault(m.date().minusDays(back), Set.of()).contains(m.regionId());
                }
                assertThat(loadedDaysBefore).as(m + " fades from a session 2–4 days before").isTrue();
            }
        }
        assertThat(soreness).anyMatch(BodyMark::nextMorning).anyMatch(m -> !m.nextMorning());
    }

    @Test
    void twoOrMoreYearsHoldAPainEpisodeOfSomeWeeksInAKneeOrTheLowerBack() {
        Snapshot twoYears = demo("two-years.db", 2, 3, END);
        List<BodyMark> pain = twoYears.marks(SymptomKind.PAIN);
        assertThat(pain).isNotEmpty();
        assertThat(pain).allMatch(m -> m.regionId().startsWith("FRONT.KNEE") || m.regionId().startsWith("BACK.LOWER_BACK")
                || m.regionId().equals("BACK.LUMBAR_SPINE"));
        assertThat(pain).allMatch(m -> m.level() >= 2 && m.level() <= 7);
        LocalDate firstDay = pain.get(0).date();
        List<BodyMark> episode = pain.stream().filter(m -> m.regionId().equals(pain.get(0).regionId())
                && ChronoUnit.DAYS.between(firstDay, m.date()) < 43).toList();
        assertThat(ChronoUnit.DAYS.between(firstDay, episode.get(episode.size() - 1).date())).isBetween(10L, 42L);
        assertThat(episode.get(0).note()).isNotEmpty();
        int peak = episode.stream().mapToInt(BodyMark::level).max().orElseThrow();
        assertThat(peak).isGreaterThan(episode.get(0).level()); // it rises before it eases
    }

    @Test
    void anEpisodeBringsPainDetailsPainDuringSessionsAFunctionalScaleAndAppointments() {
        List<BodyMark> pain = years3.marks(SymptomKind.PAIN);
        assertThat(pain).anyMatch(m -> !m.details().isEmpty()).anyMatch(m -> m.details().isEmpty());
        assertThat(years3.marks(SymptomKind.SORENESS)).allMatch(m -> m.details().isEmpty());
        List<SessionPainStore.Dated> during = new SessionPainStore(threeYears).between(EARLIEST, LATEST);
        assertThat(during).isNotEmpty().allMatch(d -> d.pain().level() >= 0 && d.pain().level() <= 9);
        assertThat(during).anyMatch(d -> d.pain().level() > 5).anyMatch(d -> d.pain().level() <= 5);
        PsfsStore psfs = new PsfsStore(threeYears);
        assertThat(psfs.activities()).hasSizeGreaterThanOrEqualTo(3).filteredOn(a -> a.isActive()).hasSizeLessThanOrEqualTo(3);
        // weekly ratings: they recover as the episode eases (the last rating of an activity above its first)
        var summary = dev.kip.insight.PsfsChange.of(psfs.activities(), psfs.ratingsUpTo(END), END);
        assertThat(summary.activities()).anyMatch(a -> a.change() > 0 && a.ratings().size() >= 4);
        assertThat(new AppointmentStore(threeYears).all()).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(a -> a.note().startsWith("First visit about the"));
    }

    @Test
    void refusesAJournalThatAlreadyHoldsEntriesAndLeavesItAsItWas() {
        try (Journal j = Journal.open(dir.resolve("in-use.db"))) {
            Night mine = new Night(LocalDate.of(2025, 3, 1), LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 5,
                    LocalTime.of(7, 0), LocalTime.of(7, 10), 4, 4, false, "my own night", ZoneId.of("Europe/Berlin"));
            new NightStore(j).put(mine);
            Snapshot before = Snapshot.of(j);

            assertThatThrownBy(() -> DemoJournal.write(j, 1, 1, END))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("in-use.db")
                    .hasMessageContaining("already holds entries; demo writes only into a new, empty journal");
            assertThat(Snapshot.of(j)).isEqualTo(before);
        }
    }

    @Test
    void refusesAJournalWithOnlyBodyMarks() {
        try (Journal j = Journal.open(dir.resolve("marks-only.db"))) {
            new BodyMarkStore(j).put(new BodyMark(LocalDate.of(2024, 1, 2), "FRONT.KNEE.L", SymptomKind.PAIN, 3, "", false));
            assertThatThrownBy(() -> DemoJournal.write(j, 1, 1, END)).isInstanceOf(JournalException.class);
            assertThat(new WorkoutStore(j).count()).isZero();
            assertThat(new NightStore(j).count()).isZero();
        }
    }

    @Test
    void rejectsAYearCountOutsideOneToAHundred() {
        try (Journal j = Journal.open(dir.resolve("years.db"))) {
            assertThatThrownBy(() -> DemoJournal.write(j, 0, 1, END))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years").hasMessageContaining("0");
            assertThat(new NightStore(j).count()).isZero();
        }
    }
}
