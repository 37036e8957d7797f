package dev.kip.exchange.stronglifts;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.SetType;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrongLiftsParserTest {

    private final StrongLiftsParser parser = new StrongLiftsParser();

    @Test
    void oneWorkoutPerRow_setsFromTheRepsCells_weightsInTheirUnit() throws Exception {
        ImportBatch batch = parse(parser, "trackers/stronglifts.csv");

        assertThat(batch.workouts()).extracting(ParsedWorkout::date).containsExactly(LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 13));
        ParsedWorkout first = batch.workouts().get(0);
        assertThat(first.sets()).hasSize(15);
        assertThat(first.sets().get(0)).isEqualTo(new ParsedSet("Squat", 1, SetType.WORKING, 40.0, 5, null, null, null, 2));
        assertThat(first.sets().get(9)).isEqualTo(new ParsedSet("Bench Press", 5, SetType.WORKING, 30.0, 4, null, null, null, 2));
        assertThat(first.notes()).isEqualTo("First day");
        assertThat(batch.workouts().get(1).sets()).as("a 0 or empty set cell is a set not done").hasSize(5 + 3 + 1);
        ParsedWorkout third = batch.workouts().get(2);
        assertThat(third.sets().get(0).weightKg()).as("100 lb").isEqualTo(45.36);
        assertThat(third.sets().get(10)).as("no weight: a body-weight set").isEqualTo(
                new ParsedSet("Planks", 1, SetType.WORKING, null, 30, null, null, null, 4));
        assertThat(batch.assumedUnit()).isNull();
        assertThat(batch.bodyWeights()).containsExactly(new BodyWeight(LocalDate.of(2024, 3, 4), 82.5, "stronglifts"),
                new BodyWeight(LocalDate.of(2024, 3, 8), 82.1, "stronglifts"),
                new BodyWeight(LocalDate.of(2024, 3, 13), 82.0, "stronglifts"));
    }

    @Test
    void monthFirstDatesAreToldByTheFile() throws Exception {
        ImportBatch batch = parseText(parser, "Date,Note,Body Weight (KG),Body Weight (LB),Exercise 1,Weight (KG),Weight (LB),Set 1\n"
                + "03/04/24,,,,Squat,40,,5\n03/13/24,,,,Squat,40,,5\n");

        assertThat(batch.workouts()).extracting(ParsedWorkout::date).containsExactly(LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 13));
    }

    @Test
    void fourDigitYearsAndIsoDates_butNoFourthPart() throws Exception {
        String header = "Date,Exercise 1,Weight (KG),Set 1\n";
        assertThat(parseText(parser, header + "19/03/2024,Squat,40,5\n2024-03-21,Squat,40,5\n").workouts())
                .extracting(ParsedWorkout::date).containsExactly(LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 21));
        assertThatThrownBy(() -> parseText(parser, header + "19/03/24/,Squat,40,5\n"))
                .hasMessage("test.csv, line 2, column Date: '19/03/24/' is not a date like 19/11/18 or 2018-11-19");
    }

    @Test
    void badFilesAreNamed() {
        assertThatThrownBy(() -> parseText(parser, "Date,Exercise,Weight\n2024-03-04,Squat,40\n"))
                .hasMessageStartingWith("test.csv, line 1: there is no column 'Exercise 1', so this is not a StrongLifts 5×5 export");
        assertThatThrownBy(() -> parseText(parser, "Date,Exercise 1,Weight (KG),Set 1\n32/03/24,Squat,40,5\n"))
                .hasMessage("test.csv, line 2, column Date: '32/03/24' is not a date like 19/11/18 or 2018-11-19");
        assertThatThrownBy(() -> parseText(parser, "Date,Exercise 1,Weight (KG),Set 1\n04/03/24,Squat,forty,5\n"))
                .hasMessage("test.csv, line 2, column Weight (KG): 'forty' is not a number");
    }
}
