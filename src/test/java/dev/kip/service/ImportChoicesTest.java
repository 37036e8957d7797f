package dev.kip.service;

import dev.kip.domain.Exercise;
import dev.kip.domain.SetType;
import dev.kip.exchange.ExerciseChoice;
import dev.kip.exchange.ExerciseMatcher.Reason;
import dev.kip.exchange.ImportPreview;
import dev.kip.exchange.ImportPreview.ExerciseMatch;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The person's choices from the import preview: where each name's sets go, kept as aliases for the next import. */
class ImportChoicesTest {

    @TempDir
    Path dir;
    private Journal journal;
    private ImportService service;
    private ExerciseStore exercises;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
        service = new ImportService(journal, Changes.direct(), Clock.systemUTC());
        exercises = new ExerciseStore(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private static ImportBatch batch(String key, String... names) {
        List<ParsedSet> sets = new java.util.ArrayList<>();
        for (String name : names) {
            sets.add(new ParsedSet(name, 1, SetType.WORKING, 100.0, 5, null, null, null, 2));
        }
        return new ImportBatch(ImportFormat.STRONG, "strong.csv", null,
                List.of(new ParsedWorkout("strong:" + key, LocalDate.of(2024, 1, 1).plusDays(key.hashCode() & 7), null, null, "A", "",
                        sets)), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    private long id(String name) {
        return exercises.byName(name).orElseThrow().id();
    }

    private List<String> liftedNames() {
        Map<Long, String> names = exercises.all().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
        return new WorkoutStore(journal).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1)).stream()
                .flatMap(w -> w.sets().stream()).map(s -> names.get(s.exerciseId())).toList();
    }

    @Test
    void thePreviewSaysWhy_andOffersTheCatalog() {
        exercises.addAlias("Low Bar", id("Back Squat"));
        ImportPreview preview = service.preview(batch("1", "Low Bar", "Squat (Barbell)", "Bench Press (Barbell)", "Deadlift",
                "Zercher Squat"));

        assertThat(preview.matches()).extracting(ExerciseMatch::fileName, ExerciseMatch::catalogName, ExerciseMatch::reason)
                .containsExactly(tuple("Low Bar", "Back Squat", Reason.STORED_ALIAS),
                        tuple("Squat (Barbell)", "Back Squat", Reason.BUILT_IN_RULE),
                        tuple("Bench Press (Barbell)", "Bench Press", Reason.CLOSE_MATCH));
        assertThat(preview.matches()).extracting(ExerciseMatch::exerciseId)
                .containsExactly(id("Back Squat"), id("Back Squat"), id("Bench Press"));
        assertThat(preview.toCreate()).containsExactly("Zercher Squat");
        assertThat(preview.catalog()).extracting(Exercise::name).contains("Back Squat", "Deadlift", "Front Squat");
        assertThat(preview.summary()).noneMatch(l -> l.contains("→") || l.contains("Zercher"));
    }

    @Test
    void aChoiceSendsTheSetsThere_andIsStoredForTheNextImport() throws Exception {
        long front = id("Front Squat");
        service.write(batch("1", "Squat (Barbell)", "Zercher Squat"),
                List.of(ExerciseChoice.mapTo("Squat (Barbell)", front), ExerciseChoice.mapTo("zercher squat", id("Back Squat"))),
                ImportProgress.NONE);

        assertThat(liftedNames()).containsExactly("Front Squat", "Back Squat");
        assertThat(exercises.aliases()).containsEntry("Squat (Barbell)", "Front Squat").containsEntry("Zercher Squat", "Back Squat");
        assertThat(exercises.byName("Zercher Squat")).isEmpty();
        // the next import maps the same names alike, without choices
        ImportPreview next = service.preview(batch("2", "Squat (Barbell)", "Zercher Squat"));
        assertThat(next.matches()).extracting(ExerciseMatch::catalogName, ExerciseMatch::reason)
                .containsExactly(tuple("Front Squat", Reason.STORED_ALIAS), tuple("Back Squat", Reason.STORED_ALIAS));
        assertThat(next.toCreate()).isEmpty();
    }

    @Test
    void keepingANameAsANewExercise_dropsItsStoredAlias() throws Exception {
        exercises.addAlias("Squat (Barbell)", id("Front Squat"));

        var result = service.write(batch("1", "Squat (Barbell)"), List.of(ExerciseChoice.keepAsNew("Squat (Barbell)")),
                ImportProgress.NONE);

        assertThat(result.exercisesCreated()).isEqualTo(1);
        assertThat(liftedNames()).containsExactly("Squat (Barbell)");
        assertThat(exercises.aliases()).doesNotContainKey("Squat (Barbell)");
        assertThat(service.preview(batch("2", "Squat (Barbell)")).matches()).isEmpty();
    }

    @Test
    void theDryRunTakesTheChoices_andLeavesTheJournalAsItWas() throws Exception {
        var choices = List.of(ExerciseChoice.mapTo("Squat (Barbell)", id("Front Squat")));
        var rehearsed = service.dryRun(batch("1", "Squat (Barbell)", "Zercher Squat"), choices, ImportProgress.NONE);

        assertThat(exercises.aliases()).isEmpty();
        assertThat(new WorkoutStore(journal).count()).isZero();
        assertThat(service.write(batch("1", "Squat (Barbell)", "Zercher Squat"), choices, ImportProgress.NONE)).isEqualTo(rehearsed);
    }

    @Test
    void aChosenExerciseGoneSinceThePreview_importsNothing() {
        Exercise gone = exercises.save(new Exercise(null, "Gone Lift", List.of()));
        exercises.delete(gone.id());

        assertThatThrownBy(() -> service.write(batch("1", "Squat (Barbell)"),
                List.of(ExerciseChoice.mapTo("Squat (Barbell)", gone.id())), ImportProgress.NONE))
                .isInstanceOf(JournalException.class)
                .hasMessage("strong.csv: the exercise chosen for 'Squat (Barbell)' is no longer in the journal; nothing was imported.");
        assertThat(new WorkoutStore(journal).count()).isZero();
    }

    @Test
    void withoutChoicesTheImportMapsAsBefore() throws Exception {
        service.write(batch("1", "Squat (Barbell)"), ImportProgress.NONE);
        assertThat(liftedNames()).containsExactly("Back Squat");
        assertThat(exercises.aliases()).containsEntry("Squat (Barbell)", "Back Squat");
    }
}
