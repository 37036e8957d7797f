package dev.kip.insight;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ExerciseNamesTest {
    private static final ExerciseNames NAMES = new ExerciseNames(List.of("Back Squat", "Front Squat", "Hack Squat", "Bench Press",
            "Incline Bench Press", "Barbell Curl", "Barbell Row", "Deadlift", "Romanian Deadlift", "Pull-up", "Leg Press"),
            Map.of("squat", "Back Squat", "pullup", "Pull-up", "nothing here", "Zercher Squat"));

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "squat          | Back Squat        | ALIAS",
        "  SQUAT        | Back Squat        | ALIAS",
        "back   squat   | Back Squat        | EXACT",
        "bench press    | Bench Press       | EXACT",
        "bench          | Bench Press       | PREFIX",
        "bench pr       | Bench Press       | PREFIX",
        "dead           | Deadlift          | PREFIX",
        "b sq           | Back Squat        | PREFIX",
        "curl           | Barbell Curl      | PREFIX",
        "rom dead       | Romanian Deadlift | PREFIX",
        "pullup         | Pull-up           | ALIAS",
        "bench prss     | Bench Press       | CLOSE",
        "squatt         | Back Squat        | CLOSE",
        "deadlfit       | Deadlift          | CLOSE",
        "romanian dedlift | Romanian Deadlift | CLOSE",
    })
    void resolvesWhatIsClearlyMeant(String typed, String name, ExerciseNames.How how) {
        assertThat(NAMES.resolve(typed)).contains(new ExerciseNames.Match(name, how));
    }

    @ParameterizedTest(name = "\"{0}\" resolves to nothing")
    @CsvSource(value = {"b", "ba", "barbell", "zercher squat", "rows", "''", "sqat", "press"})
    void leavesWhatIsNotClearToThePerson(String typed) {
        assertThat(NAMES.resolve(typed)).isEmpty();
    }

    @Test
    void anAliasOfANameNotInTheCatalogIsIgnored() {
        assertThat(NAMES.resolve("nothing here")).isEmpty();
    }

    @Test
    void suggestsStartingNamesFirstThenWordsThenCloseOnes() {
        assertThat(NAMES.suggestions("squat", 8)).startsWith("Back Squat").contains("Front Squat", "Hack Squat");
        assertThat(NAMES.suggestions("b", 3)).containsExactly("Back Squat", "Bench Press", "Barbell Curl");
        assertThat(NAMES.suggestions("curl", 8)).containsExactly("Barbell Curl");
        assertThat(NAMES.suggestions("", 8)).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(ExerciseNames.distance("deadlift", "deadlfit")).isEqualTo(1);
        assertThat(ExerciseNames.distance("squat", "sqaut")).isEqualTo(1);
        assertThat(ExerciseNames.distance("", "abc")).isEqualTo(3);
    }
}
