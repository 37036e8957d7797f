package dev.kip.insight;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class HardSetsTest {

    private static final Exercise SQUAT = new Exercise(1L, "Squat", List.of(
            new RegionLoad("FRONT.QUADRICEPS.L", RegionLoad.PRIMARY),
            new RegionLoad("FRONT.QUADRICEPS.R", RegionLoad.PRIMARY),
            new RegionLoad("BACK.GLUTES.L", RegionLoad.SECONDARY),
            new RegionLoad("BACK.GLUTES.R", RegionLoad.SECONDARY)));
    private static final Exercise BENCH = new Exercise(2L, "Bench press", List.of(
            new RegionLoad("FRONT.CHEST", RegionLoad.PRIMARY),
            new RegionLoad("BACK.TRICEPS.L", RegionLoad.SECONDARY),
            new RegionLoad("BACK.TRICEPS.R", RegionLoad.SECONDARY)));
    private static final Map<Long, Exercise> CATALOG = Map.of(1L, SQUAT, 2L, BENCH);

    private static Workout workout(LocalDate date, LiftSet... sets) {
        return new Workout(1L, date, null, 60, 7.0, false, "", "", null, null, List.of(sets));
    }

    private static LiftSet[] sets(long exercise, SetType type, int count) {
        List<LiftSet> sets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sets.add(new LiftSet(exercise, i, type, 100.0, 5, null, null));
        }
        return sets.toArray(LiftSet[]::new);
    }

    private static LiftSet[] join(LiftSet[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(LiftSet[]::new);
    }

    @Test
    void primaryRegionsCountOneAndSecondaryHalfPerWorkSet() {
        // Week of Mon 1 Jan 2024:
        //   Mon: squat 2 warm-ups (ignored) + 3 working; bench 2 working + 1 drop
        //   Thu: squat 1 failure set
        //   squat: 4 work sets → quads 4 × 1.0 = 4, glutes 4 × 0.5 = 2
        //   bench: 3 work sets → chest 3 × 1.0 = 3, triceps 3 × 0.5 = 1.5
        // Week of Mon 8 Jan: bench 1 working → chest 1, triceps 0.5
        List<Workout> workouts = List.of(
                workout(LocalDate.of(2024, 1, 1), join(sets(1, SetType.WARM_UP, 2), sets(1, SetType.WORKING, 3),
                        sets(2, SetType.WORKING, 2), sets(2, SetType.DROP, 1))),
                workout(LocalDate.of(2024, 1, 4), sets(1, SetType.FAILURE, 1)),
                workout(LocalDate.of(2024, 1, 8), sets(2, SetType.WORKING, 1)));

        NavigableMap<LocalDate, NavigableMap<String, Double>> weeks = HardSets.weekly(workouts, CATALOG);

        assertThat(weeks).containsOnlyKeys(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8));
        assertThat(weeks.get(LocalDate.of(2024, 1, 1))).containsExactly(
                entry("BACK.GLUTES.L", 2.0), entry("BACK.GLUTES.R", 2.0),
                entry("BACK.TRICEPS.L", 1.5), entry("BACK.TRICEPS.R", 1.5),
                entry("FRONT.CHEST", 3.0),
                entry("FRONT.QUADRICEPS.L", 4.0), entry("FRONT.QUADRICEPS.R", 4.0));
        assertThat(weeks.get(LocalDate.of(2024, 1, 8))).containsExactly(
                entry("BACK.TRICEPS.L", 0.5), entry("BACK.TRICEPS.R", 0.5), entry("FRONT.CHEST", 1.0));
    }

    @Test
    void aWeekOfOnlyWarmUpsHasNoHardSets() {
        assertThat(HardSets.weekly(List.of(workout(LocalDate.of(2024, 1, 1), sets(1, SetType.WARM_UP, 4))), CATALOG))
                .isEmpty();
    }

    @Test
    void anExerciseMissingFromTheCatalogIsRejected() {
        List<Workout> workouts = List.of(workout(LocalDate.of(2024, 1, 1), sets(99, SetType.WORKING, 1)));
        assertThatThrownBy(() -> HardSets.weekly(workouts, CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-01").hasMessageContaining("exercise id 99");
    }
}
