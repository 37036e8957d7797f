package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.Exercise;
import dev.kip.domain.ExerciseMerge;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.domain.Workout;
import dev.kip.exchange.Importer;
import dev.kip.exchange.JournalContent;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a wrong mapping is never permanent — an imported exercise merges into another, and the merge undoes exactly. */
class ExerciseMergeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anImportedExerciseMergesIntoAnother_historyAndAliasesMove_theNameMapsThereNextTime_undoRestoresEveryRow()
            throws Exception {
        Path file = dir.resolve("journal.db");
        Path csv = Files.writeString(dir.resolve("strong.csv"),
                "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
                        + "2024-03-04 07:01:00,Legs,1h,Low-Bar Squat (Barbell),1,100,5,,,\n"
                        + "2024-03-04 07:01:00,Legs,1h,Low-Bar Squat (Barbell),2,105,5,,,\n");
        String before;
        ExerciseMerge merge;
        try (Journal journal = Journal.open(file)) {
            ExerciseStore store = new ExerciseStore(journal);
            Exercise target = store.save(new Exercise(null, "Back Squat (low bar)", List.of(new RegionLoad("FRONT.QUADRICEPS.L", 1.0))));
            new ImportService(journal, Changes.direct(), CLOCK).write(Importer.parse(csv, null, MassUnit.KG, ImportProgress.NONE),
                    ImportProgress.NONE);
            Exercise imported = store.byName("Low-Bar Squat (Barbell)").orElseThrow();
            store.addAlias("LBS", imported.id());
            new WorkoutStore(journal).insert(new Workout(null, LocalDate.of(2024, 3, 6), LocalTime.of(18, 0), 50, 7.0, false, "Own",
                    "", null, null, List.of(new LiftSet(imported.id(), 1, SetType.WORKING, 110.0, 3, null, null))));
            journal.close();
            before = JournalContent.dump(file);
        }
        try (Journal journal = Journal.open(file)) {
            ExerciseStore store = new ExerciseStore(journal);
            TrainingService training = new TrainingService(journal, new SettingsService(journal, Changes.direct()), Changes.direct(),
                    CLOCK);
            long from = store.byName("Low-Bar Squat (Barbell)").orElseThrow().id();
            long into = store.byName("Back Squat (low bar)").orElseThrow().id();
            assertThatThrownBy(() -> training.merge(into, into)).isInstanceOf(JournalException.class)
                    .hasMessage("An exercise cannot be merged into itself.");

            merge = training.merge(from, into);

            assertThat(store.byId(from)).isEmpty();
            assertThat(merge.setIds()).hasSize(3);
            assertThat(new WorkoutStore(journal).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).flatExtracting(Workout::sets)
                    .extracting(LiftSet::exerciseId).containsOnly(into);
            assertThat(store.aliases()).containsEntry("Low-Bar Squat (Barbell)", "Back Squat (low bar)")
                    .containsEntry("LBS", "Back Squat (low bar)");
            assertThat(new ImportService(journal, Changes.direct(), CLOCK)
                    .preview(Importer.parse(csv, null, MassUnit.KG, ImportProgress.NONE)).matches())
                    .extracting(m -> m.catalogName()).containsExactly("Back Squat (low bar)");

            training.undoMerge(merge);
        }
        assertThat(JournalContent.dump(file)).isEqualTo(before);
    }
}
