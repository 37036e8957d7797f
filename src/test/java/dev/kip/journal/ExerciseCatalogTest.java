package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.RegionLoad;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCatalogTest {

    @TempDir
    Path dir;
    private Journal journal;
    private List<Exercise> catalog;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
        catalog = new ExerciseStore(journal).all();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aNewJournalHoldsTheSeededLifts() {
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(45);
        assertThat(catalog).extracting(Exercise::name).contains("Back Squat", "Front Squat", "Bench Press",
                "Incline Bench Press", "Deadlift", "Romanian Deadlift", "Overhead Press", "Barbell Row", "Pull-up",
                "Lat Pulldown", "Lunge", "Hip Thrust", "Leg Press", "Barbell Curl", "Triceps Pushdown",
                "Standing Calf Raise", "Plank", "Farmer's Carry");
        assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void everyLoadNamesAKnownRegionWithAPrimaryOrSecondaryWeight() {
        for (Exercise e : catalog) {
            assertThat(e.regions()).as(e.name()).isNotEmpty();
            for (RegionLoad load : e.regions()) {
                assertThat(BodyRegions.byId(load.regionId())).as(e.name() + " → " + load.regionId()).isPresent();
                assertThat(load.weight()).as(e.name() + " → " + load.regionId()).isIn(RegionLoad.PRIMARY, RegionLoad.SECONDARY);
            }
            assertThat(e.regions()).as(e.name() + " has a primary region")
                    .anyMatch(load -> load.weight() == RegionLoad.PRIMARY);
        }
    }

    @Test
    void sidedRegionsComeInLeftRightPairsWithTheSameWeight() {
        for (Exercise e : catalog) {
            Map<String, Double> weights = e.regions().stream().collect(Collectors.toMap(RegionLoad::regionId, RegionLoad::weight));
            weights.forEach((id, weight) -> {
                if (id.endsWith(".L")) {
                    String right = id.substring(0, id.length() - 2) + ".R";
                    assertThat(weights.get(right)).as(e.name() + " " + right).isEqualTo(weight);
                }
            });
            long lefts = weights.keySet().stream().filter(id -> id.endsWith(".L")).count();
            long rights = weights.keySet().stream().filter(id -> id.endsWith(".R")).count();
            assertThat(lefts).as(e.name()).isEqualTo(rights);
        }
    }

    @Test
    void spotChecksOfTheMapping() {
        // Back squat: quadriceps and glutes primary, hamstrings and lower back secondary; 2 sides × 5 areas; then
        // (migration 006) the lumbar spine and sacrum beside the lower back, and both front knees under the quadriceps.
        Exercise squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow();
        assertThat(squat.regions()).contains(new RegionLoad("FRONT.QUADRICEPS.L", 1.0), new RegionLoad("FRONT.QUADRICEPS.R", 1.0),
                new RegionLoad("BACK.GLUTES.L", 1.0), new RegionLoad("BACK.HAMSTRINGS.R", 0.5),
                new RegionLoad("BACK.LOWER_BACK.L", 0.5), new RegionLoad("BACK.LUMBAR_SPINE", 0.5), new RegionLoad("BACK.SACRUM", 0.5),
                new RegionLoad("FRONT.KNEE.L", 0.5)).hasSize(14);
        // Plank loads the midline abdomen, which has no side.
        Exercise plank = new ExerciseStore(journal).byName("Plank").orElseThrow();
        assertThat(plank.regions()).contains(new RegionLoad("FRONT.ABDOMEN", 1.0)).hasSize(3);
    }

    @Test
    void mainLiftsAreFoundByTheirCatalogNames() {
        ExerciseStore store = new ExerciseStore(journal);
        Map<MainLifts.Lift, Long> ids = MainLifts.ids(store);
        assertThat(ids).containsOnlyKeys(MainLifts.Lift.values());
        assertThat(store.byId(ids.get(MainLifts.Lift.SQUAT)).orElseThrow().name()).isEqualTo("Back Squat");
        assertThat(store.byId(ids.get(MainLifts.Lift.OVERHEAD_PRESS)).orElseThrow().name()).isEqualTo("Overhead Press");
        assertThat(Set.copyOf(ids.values())).hasSize(4);
    }

    @Test
    void aRenamedMainLiftIsNoLongerFound() {
        ExerciseStore store = new ExerciseStore(journal);
        Exercise deadlift = store.byName("Deadlift").orElseThrow();
        store.save(new Exercise(deadlift.id(), "Conventional Deadlift", deadlift.regions()));
        assertThat(MainLifts.ids(store)).doesNotContainKey(MainLifts.Lift.DEADLIFT).hasSize(3);
    }
}
