package dev.kip.service;

import dev.kip.domain.Exercise;
import dev.kip.domain.ImportLogEntry;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.domain.Workout;
import dev.kip.exchange.ExerciseMatcher;
import dev.kip.exchange.ImportPreview;
import dev.kip.exchange.ImportResult;
import dev.kip.exchange.Importer;
import dev.kip.exchange.JournalContent;
import dev.kip.exchange.RowCounts;
import dev.kip.exchange.StrongCsvGenerator;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.ImportLogStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportServiceTest {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

    @TempDir
    Path dir;
    Path journalFile;
    Journal journal;
    ImportService service;

    @BeforeEach
    void open() {
        journalFile = dir.resolve("journal.db");
        journal = Journal.open(journalFile);
        service = new ImportService(journal, Changes.direct(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private ImportBatch parse(String name, MassUnit unit) throws Exception {
        return Importer.parse(fixture(name), null, unit, ImportProgress.NONE);
    }

    private Map<Long, String> exerciseNames() {
        return new ExerciseStore(journal).all().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
    }

    private String contentNow() {
        journal.close();
        String dump = JournalContent.dump(journalFile);
        journal = Journal.open(journalFile);
        service = new ImportService(journal, Changes.direct(), Clock.fixed(NOW, ZoneOffset.UTC));
        return dump;
    }

    @Test
    void strongA_everySetWithItsValuesAndCatalogExercise() throws Exception {
        ImportResult result = service.write(parse("strong-a.csv", MassUnit.KG), ImportProgress.NONE);

        assertThat(result).isEqualTo(new ImportResult(new RowCounts(2, 9, 0, 0, 0), 1, RowCounts.NONE,
                Map.of(SkipReason.REST_TIMER, 1)));
        List<Workout> workouts = new WorkoutStore(journal).between(FIRST, LAST);
        assertThat(workouts).extracting(Workout::date, Workout::start, Workout::durationMin, Workout::name, Workout::source)
                .containsExactly(tuple(LocalDate.of(2024, 3, 4), LocalTime.of(7, 1), 60, "Push Day", "strong"),
                        tuple(LocalDate.of(2024, 3, 6), LocalTime.of(18, 30), 45, "Pull Day", "strong"));
        Map<Long, String> names = exerciseNames();
        // 62,5 is a decimal comma; 50 lbs × 0.45359237 = 22.6796 → 22.68 kg.
        assertThat(workouts.get(0).sets()).extracting(s -> names.get(s.exerciseId()), LiftSet::order, LiftSet::type,
                        LiftSet::weightKg, LiftSet::reps, LiftSet::rpe)
                .containsExactly(
                        tuple("Bench Press", 1, SetType.WARM_UP, 40.0, 10, null),
                        tuple("Bench Press", 2, SetType.WORKING, 62.5, 5, 8.0),
                        tuple("Bench Press", 3, SetType.WORKING, 62.5, 5, 8.5),
                        tuple("Bench Press", 4, SetType.DROP, 45.0, 12, null),
                        tuple("Dumbbell Shoulder Press", 1, SetType.WORKING, 22.68, 10, null),
                        tuple("Dumbbell Shoulder Press", 2, SetType.FAILURE, 22.68, 7, 10.0));
        // The row of 2,000 m in 480 s is a set of distance and time, not 0 kg × 0 reps.
        assertThat(workouts.get(1).sets()).extracting(s -> names.get(s.exerciseId()), LiftSet::weightKg, LiftSet::reps,
                        LiftSet::distanceM, LiftSet::seconds)
                .containsExactly(tuple("Rowing (Machine)", null, null, 2000.0, 480), tuple("Pull-up", null, 8, null, null),
                        tuple("Pull-up", null, 6, null, null));
        assertThat(new ImportLogStore(journal).all()).containsExactly(new ImportLogEntry(NOW, "strong-a.csv", "strong", 2, 9, 0, 0, 1));
    }

    @Test
    void aNameMatchedToAnotherIsStoredAsItsAlias_andAStoredAliasDecidesTheNextImport() throws Exception {
        service.write(parse("strong-a.csv", MassUnit.KG), ImportProgress.NONE);
        ExerciseStore store = new ExerciseStore(journal);
        assertThat(store.aliases()).containsEntry("Bench Press (Barbell)", "Bench Press")
                .containsEntry("Overhead Press (Dumbbell)", "Dumbbell Shoulder Press")
                .doesNotContainKey("Rowing (Machine)");

        // The person maps the name elsewhere: the next import follows the person, not the built-in rules.
        journal.close();
        Files.delete(journalFile);
        journal = Journal.open(journalFile);
        service = new ImportService(journal, Changes.direct(), Clock.fixed(NOW, ZoneOffset.UTC));
        store = new ExerciseStore(journal);
        Exercise paused = store.save(new Exercise(null, "Paused Bench", List.of()));
        store.addAlias("Bench Press (Barbell)", paused.id());
        assertThat(service.preview(parse("strong-a.csv", MassUnit.KG)).matches())
                .contains(new ImportPreview.ExerciseMatch("Bench Press (Barbell)", paused.id(), "Paused Bench",
                        ExerciseMatcher.Reason.STORED_ALIAS));
        service.write(parse("strong-a.csv", MassUnit.KG), ImportProgress.NONE);
        Map<Long, String> names = exerciseNames();
        assertThat(new WorkoutStore(journal).between(FIRST, LAST).get(0).sets()).extracting(s -> names.get(s.exerciseId()))
                .startsWith("Paused Bench", "Paused Bench");
    }

    @ParameterizedTest
    @ValueSource(strings = {"strong-a.csv", "strong-b.csv", "strong-c.csv", "strong-d.csv", "strong-d-comma.csv", "hevy.csv",
            "hevy-lbs-iso.csv", "fitnotes-old.csv", "fitnotes-new.csv", "apple-health.xml", "kip-sleep.csv"})
    void everyFixture_allRowsLand_andReimportAddsNothing(String name) throws Exception {
        ImportBatch batch = parse(name, MassUnit.KG);
        ImportPreview preview = service.preview(batch);
        assertThat(preview.workoutsToAdd()).isEqualTo(batch.workouts().size());
        assertThat(preview.addsNothing()).isFalse();

        ImportResult first = service.write(batch, ImportProgress.NONE);

        assertThat(first.workouts()).isEqualTo(batch.workouts().size());
        assertThat(first.sets()).isEqualTo(batch.setCount());
        assertThat(first.added().nights()).isEqualTo(batch.nights().size());
        assertThat(first.deviceNights()).isEqualTo(batch.deviceNights().size());
        assertThat(first.added().weights()).isEqualTo(batch.bodyWeights().size());
        List<Workout> stored = new WorkoutStore(journal).between(FIRST, LAST);
        assertThat(stored).extracting(Workout::sourceKey).containsExactlyInAnyOrderElementsOf(
                batch.workouts().stream().map(ParsedWorkout::sourceKey).toList());
        assertThat(stored.stream().mapToInt(w -> w.sets().size()).sum()).isEqualTo(batch.setCount());
        assertThat(new NightStore(journal).count()).isEqualTo(batch.nights().size());
        assertThat(new DeviceNightStore(journal).between(FIRST, LAST)).containsExactlyInAnyOrderElementsOf(batch.deviceNights());

        String afterFirst = contentNow();
        ImportBatch again = parse(name, MassUnit.KG);
        ImportPreview second = service.preview(again);
        assertThat(second.addsNothing()).isTrue();
        assertThat(second.toCreate()).isEmpty();
        ImportResult repeat = service.write(again, ImportProgress.NONE);
        assertThat(repeat).isEqualTo(new ImportResult(RowCounts.NONE, 0, first.added(), batch.skipped()));
        assertThat(withoutImportLog(contentNow())).isEqualTo(withoutImportLog(afterFirst));
    }

    private static String withoutImportLog(String dump) {
        return dump.lines().filter(l -> !l.startsWith("import_log:")).collect(Collectors.joining("\n"));
    }

    @Test
    void appleHealth_deviceNightsAndWeights() throws Exception {
        service.write(parse("apple-health.xml", MassUnit.KG), ImportProgress.NONE);
        // The watch's stages win 03-03→03-04: asleep 400 min, in bed 410 (worked out in AppleHealthParserTest).
        assertThat(new DeviceNightStore(journal).between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)))
                .singleElement().satisfies(n -> {
                    assertThat(n.asleepMin()).isEqualTo(400);
                    assertThat(n.inBedMin()).isEqualTo(410);
                });
        assertThat(new dev.kip.journal.BodyWeightStore(journal).between(FIRST, LAST)).hasSize(2)
                .allSatisfy(w -> assertThat(w.source()).isEqualTo("apple-health"));
    }

    @Test
    void poundsFromTheFileOrAssumedByThePerson() throws Exception {
        ImportBatch fitnotes = parse("fitnotes-new.csv", MassUnit.KG);
        assertThat(service.preview(fitnotes).assumedUnit()).isNull();
        service.write(fitnotes, ImportProgress.NONE);
        // 135 lbs × 0.45359237 = 61.235 → 61.23 kg; the 60 kgs row stays 60.
        assertThat(new WorkoutStore(journal).between(FIRST, LAST).get(0).sets()).extracting(LiftSet::weightKg)
                .containsExactly(61.23, 60.0, null);

        ImportBatch strongB = parse("strong-b.csv", MassUnit.LB);
        ImportPreview preview = service.preview(strongB);
        assertThat(preview.assumedUnit()).isEqualTo(MassUnit.LB);
        assertThat(preview.describe()).contains("Weights: the file does not say their unit; assumed lb (distances in miles).");
        service.write(strongB, ImportProgress.NONE);
        // 75 lb × 0.45359237 = 34.019 → 34.02 kg (74.99999999999999 is float noise for 75).
        Workout push = new WorkoutStore(journal).between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)).stream()
                .filter(w -> "strong".equals(w.source())).findFirst().orElseThrow();
        assertThat(push.sets()).extracting(LiftSet::weightKg).containsExactly(34.02, 34.02);
    }

    @Test
    void preview_showsMatches_exercisesToCreate_andRowsAlreadyPresent() throws Exception {
        ImportBatch batch = batchOf(new ParsedWorkout("strong:1", LocalDate.of(2024, 1, 1), null, null, "A", "", List.of(
                set("Bench Press (Barbell)", 1), set("Zercher  Squat (Barbell)", 1), set("zercher squat (barbell)", 2),
                set("Squat (Barbell)", 1))));

        ImportPreview preview = service.preview(batch);

        assertThat(preview.matches()).extracting(ImportPreview.ExerciseMatch::fileName, ImportPreview.ExerciseMatch::catalogName)
                .containsExactly(tuple("Bench Press (Barbell)", "Bench Press"), tuple("Squat (Barbell)", "Back Squat"));
        assertThat(preview.toCreate()).containsExactly("Zercher Squat (Barbell)");
        assertThat(preview.matches()).extracting(ImportPreview.ExerciseMatch::reason)
                .containsExactly(ExerciseMatcher.Reason.CLOSE_MATCH, ExerciseMatcher.Reason.BUILT_IN_RULE);
        assertThat(preview.describe()).contains("  Bench Press (Barbell) → Bench Press (close match)",
                "  Squat (Barbell) → Back Squat (built-in rule)", "  Zercher Squat (Barbell)",
                "To add: 1 workout (4 sets)");

        ImportResult result = service.write(batch, ImportProgress.NONE);
        assertThat(result.exercisesCreated()).isEqualTo(1);
        Map<Long, String> names = exerciseNames();
        assertThat(new WorkoutStore(journal).between(FIRST, LAST).get(0).sets()).extracting(s -> names.get(s.exerciseId()))
                .containsExactly("Bench Press", "Zercher Squat (Barbell)", "Zercher Squat (Barbell)", "Back Squat");
        ImportPreview again = service.preview(batch);
        assertThat(again.workoutsPresent()).isEqualTo(1);
        assertThat(again.setsPresent()).isEqualTo(4);
        assertThat(again.describe()).contains("Already in the journal, left as they are: 1 workout (4 sets)", "To add: nothing");
    }

    @Test
    void anErrorWhileWriting_leavesTheJournalAsItWas() throws Exception {
        service.write(parse("strong-a.csv", MassUnit.KG), ImportProgress.NONE);
        String before = contentNow();
        // The second workout breaks the schema (a duration over 24 h), after an exercise was created and a workout written.
        ImportBatch bad = batchOf(
                new ParsedWorkout("strong:ok", LocalDate.of(2024, 5, 1), null, 50, "A", "", List.of(set("Brand New Lift", 1))),
                new ParsedWorkout("strong:bad", LocalDate.of(2024, 5, 2), null, 5000, "B", "", List.of(set("Bench Press", 1))));

        assertThatThrownBy(() -> service.dryRun(bad, ImportProgress.NONE)).as("the dry run applies every check")
                .isInstanceOf(JournalException.class).hasMessageContaining("duration_min");
        assertThat(contentNow()).isEqualTo(before);
        assertThatThrownBy(() -> service.write(bad, ImportProgress.NONE)).isInstanceOf(JournalException.class)
                .hasMessageContaining("duration_min");

        assertThat(contentNow()).isEqualTo(before);
    }

    @Test
    void aDryRunSaysWhatTheImportWillDo_andLeavesTheJournalAsItWas() throws Exception {
        ImportBatch batch = parse("strong-a.csv", MassUnit.KG);
        String before = contentNow();

        ImportResult rehearsed = service.dryRun(batch, ImportProgress.NONE);

        assertThat(contentNow()).isEqualTo(before);
        assertThat(service.write(batch, ImportProgress.NONE)).isEqualTo(rehearsed);
        assertThat(rehearsed.describeDryRun()).startsWith("Dry run (imported and rolled back): it would add 2 workouts (9 sets)"
                + " and create 1 exercise.");
    }

    @Test
    void cancelAfterSomeWorkouts_leavesNothing_andKeepsTheIndexes() throws Exception {
        Path big = dir.resolve("big.csv");
        // 20,000 sets: enough for the writer to drop and rebuild the sets' indexes, which the rollback must restore.
        try (var w = Files.newBufferedWriter(big)) {
            StrongCsvGenerator.write(w, 20_000);
        }
        ImportBatch batch = Importer.parse(big, null, MassUnit.KG, ImportProgress.NONE);
        String before = contentNow();
        AtomicInteger asked = new AtomicInteger();
        ImportProgress cancelAfter300 = ImportProgress.cancelledWhen(() -> asked.incrementAndGet() > 300);

        assertThatThrownBy(() -> service.write(batch, cancelAfter300)).isInstanceOf(ImportCancelledException.class)
                .hasMessage("big.csv: import cancelled");

        assertThat(asked).hasValue(301);
        assertThat(contentNow()).isEqualTo(before).contains("index sets_by_exercise", "index sets_by_workout");
        ImportResult result = service.write(batch, ImportProgress.NONE);
        assertThat(result.sets()).isEqualTo(20_000);
        assertThat(contentNow()).contains("index sets_by_exercise", "index sets_by_workout");
    }

    @Test
    void reportsRowsWrittenAsProgress() throws Exception {
        ImportBatch batch = parse("strong-a.csv", MassUnit.KG);
        List<long[]> reports = new java.util.ArrayList<>();
        service.write(batch, new ImportProgress() {
            @Override
            public void bytesRead(long done, long total) {
                reports.add(new long[] {done, total});
            }
        });
        assertThat(reports).last().satisfies(r -> assertThat(r).containsExactly(2, 2));
    }

    private static ParsedSet set(String exercise, int order) {
        return new ParsedSet(exercise, order, SetType.WORKING, 100.0, 5, null, null, null, 2);
    }

    private static ImportBatch batchOf(ParsedWorkout... workouts) {
        return new ImportBatch(ImportFormat.STRONG, "test.csv", null, List.of(workouts), List.of(), List.of(), List.of(), List.of(),
                Map.of(), Map.of());
    }
}
