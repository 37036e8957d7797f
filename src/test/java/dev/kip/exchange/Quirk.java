package dev.kip.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every quirk of real exports (issues 15 and 16) as a file and what the preview must say about it and what
 * it adds: one list, run through {@code kip import} and through File ▸ Import… alike.
 *
 * @param resource the fixture under src/test/resources/dev/kip/exchange
 * @param preview  lines the preview shows (each must appear)
 * @param added    what the import adds
 */
public record Quirk(String resource, List<String> preview, RowCounts added) {

    private static Quirk training(String resource, List<String> preview, int workouts, int sets) {
        return new Quirk(resource, preview, new RowCounts(workouts, sets, 0, 0, 0));
    }

    public static Stream<Quirk> all() {
        return Stream.of(
                training("real/strong-abishake.csv", List.of(
                        "Noted: 1 workout over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Noted: 4 sets of time or distance (holds, cardio): kept with their seconds and distance.",
                        "Noted: 1 exercise note kept in the workout's notes.",
                        "Not imported: 17 lines: rest timers, not sets"), 2, 34),
                training("real/strong-kyriakakis.csv", List.of(
                        "Noted: 2 workouts over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Noted: 1 set of time or distance (holds, cardio): kept with their seconds and distance."), 4, 38),
                training("real/strong-breinsp.csv", List.of(
                        "Noted: 2 sets of time or distance (holds, cardio): kept with their seconds and distance."), 1, 17),
                training("strong-long-workouts.csv", List.of(
                        "Noted: 3 workouts over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Not imported: 1 line: no weight, reps, time or distance (0 × 0), so not sets",
                        "Not imported: 1 line: the same as the line before (same workout, exercise, set number and values), so written twice"), 4, 7),
                training("strong-2016.csv", List.of("Found: 1 workout (5 sets), from 2016-05-02 to 2016-05-02"), 1, 5),
                training("strong-2017-lbs.csv", List.of("Found: 1 workout (3 sets), from 2017-11-20 to 2017-11-20"), 1, 3),
                training("strong-wrapped.csv", List.of(
                        "Noted: 3 lines wrapped in quotes as a spreadsheet re-save leaves them: unwrapped and read."), 1, 3),
                training("fitnotes-commas.csv", List.of(
                        "Noted: 3 lines with an unquoted comma inside an exercise name's parentheses: read with the comma in the name.",
                        "Not imported: 1 line: no weight, reps, time or distance (0 × 0), so not sets",
                        "  Overhead Press (Each Side, Dumbbells) → Dumbbell Shoulder Press (built-in rule)"), 2, 4),
                training("fitnotes-latin1.csv", List.of(
                        "Noted: The file is not UTF-8: it was read as Windows-1252 (Latin-1, Western European).",
                        "  Développé couché"), 1, 2),
                training("strong-twice.csv", List.of(
                        "Not imported: 2 lines: repeating, in the same order, lines given earlier for the same workout (the workout"
                                + " written twice in the file), so written twice"), 2, 3),
                training("real/fitnotes-lukaszebedin.csv", List.of("Found: 2 workouts (24 sets), from 2023-11-22 to 2023-11-30"), 2, 24),
                new Quirk("apple-health-phone-only.xml", List.of(
                        "Noted: 2 nights recorded as time in bed only (a phone without a watch): asleep left unknown, not zero.",
                        "Not imported: 2 nights: also recorded by a sleep source that covered the night better",
                        "Not imported: 1 record: of sleep spanning more than 24 hours (a phone left recording), which says nothing "
                                + "about one night"), new RowCounts(0, 0, 0, 3, 0)),
                new Quirk("real/apple-health-cirilo.xml", List.of("Found: 1 device night, from 2024-01-01 to 2024-01-01"),
                        new RowCounts(0, 0, 0, 1, 0)));
    }

    /** Copies the fixture into {@code dir} under its own file name. */
    public Path copyTo(Path dir) {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = Quirk.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public String toString() {
        return resource;
    }
}
