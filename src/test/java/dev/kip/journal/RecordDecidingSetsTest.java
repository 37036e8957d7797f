package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.Exercise;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.insight.DatedSet;
import dev.kip.insight.PersonalRecords;
import dev.kip.insight.RecordEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The few record-deciding sets give exactly the records the whole history gives. */
class RecordDecidingSetsTest {
    @TempDir
    Path dir;

    @Test
    void sameRecordsAsTheWholeHistoryOnEveryWorkoutOfADemoJournal() {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            DemoJournal.write(journal, 2, 11, LocalDate.of(2026, 6, 30));
            TrainingQueries queries = new TrainingQueries(journal);
            int compared = 0;
            int withRecords = 0;
            for (String name : List.of("Back Squat", "Bench Press", "Deadlift", "Overhead Press")) {
                Exercise e = new ExerciseStore(journal).byName(name).orElseThrow();
                List<Workout> history = queries.exerciseHistory(e.id());
                for (E1rmFormula formula : E1rmFormula.values()) {
                    for (Workout w : history) {
                        List<DatedSet> mine = dated(List.of(w));
                        List<DatedSet> all = dated(history.stream().filter(p -> p.date().isBefore(w.date())
                                || p.date().equals(w.date()) && p.id() < w.id()).toList());
                        List<DatedSet> few = dated(queries.recordDecidingSets(e.id(), w.date(), w.id()));
                        List<RecordEvent> expected = PersonalRecords.recordsSetBy(mine, all, formula);
                        List<RecordEvent> actual = PersonalRecords.recordsSetBy(mine, few, formula);
                        assertThat(values(actual)).as("%s on %s", name, w.date()).isEqualTo(values(expected));
                        assertThat(few.size()).isLessThanOrEqualTo(Math.max(all.size(), 1));
                        compared++;
                        withRecords += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
            assertThat(compared).isGreaterThan(300);
            assertThat(withRecords).as("the comparison must include sessions that set records").isGreaterThan(20);
        }
    }

    private static List<DatedSet> dated(List<Workout> workouts) {
        List<DatedSet> out = new ArrayList<>();
        workouts.forEach(w -> w.sets().forEach(s -> out.add(new DatedSet(w.date(), w.id(), s))));
        return out;
    }

    /** Kind, set and values: the "by" set of an event is the new set itself, the same either way. */
    private static List<String> values(List<RecordEvent> events) {
        return events.stream().map(e -> e.kind() + " " + e.by() + " " + Math.round(e.value() * 100) + " "
                + Math.round(e.previous() * 100)).toList();
    }
}
