package dev.kip.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every quirk of real exports (issue 15) as a file and what the preview must say about it and what
 * it adds: one list, run through {@code kip import} and through File ▸ Import… alike.
 *
 * @param resource the fixture under src/test/resources/dev/kip/exchange
 * @param preview  lines the preview shows (each must appear)
 * @param workouts workouts the import adds
 * @param sets     sets the import adds
 */
public record Quirk(String resource, List<String> preview, int workouts, int sets) {

    public static Stream<Quirk> all() {
        return Stream.of(
                new Quirk("real/strong-abishake.csv", List.of(
                        "Noted: 1 workout over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Noted: 4 sets of time or distance (holds, cardio): kept with their seconds and distance.",
                        "Noted: 1 exercise note kept in the workout's notes.",
                        "Not imported: 17 lines: rest timers, not sets"), 2, 34),
                new Quirk("real/strong-kyriakakis.csv", List.of(
                        "Noted: 2 workouts over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Noted: 1 set of time or distance (holds, cardio): kept with their seconds and distance."), 4, 38),
                new Quirk("real/strong-breinsp.csv", List.of(
                        "Noted: 2 sets of time or distance (holds, cardio): kept with their seconds and distance."), 1, 17),
                new Quirk("strong-long-workouts.csv", List.of(
                        "Noted: 3 workouts over 24 hours long (the app was never stopped): sets kept, duration left empty.",
                        "Not imported: 1 line: no weight, reps, time or distance (0 × 0), so not sets",
                        "Not imported: 1 line: the same as the line before (same workout, exercise, set number and values), so written twice"), 4, 7),
                new Quirk("strong-2016.csv", List.of("Found: 1 workout (5 sets), from 2016-05-02 to 2016-05-02"), 1, 5),
                new Quirk("strong-2017-lbs.csv", List.of("Found: 1 workout (3 sets), from 2017-11-20 to 2017-11-20"), 1, 3),
                new Quirk("strong-wrapped.csv", List.of(
                        "Noted: 3 lines wrapped in quotes as a spreadsheet re-save leaves them: unwrapped and read."), 1, 3),
                new Quirk("fitnotes-commas.csv", List.of(
                        "Noted: 3 lines with an unquoted comma inside an exercise name's parentheses: read with the comma in the name.",
                        "Not imported: 1 line: no weight, reps, time or distance (0 × 0), so not sets",
                        "  Overhead Press (Each Side, Dumbbells) → Dumbbell Shoulder Press"), 2, 4),
                new Quirk("real/fitnotes-lukaszebedin.csv", List.of("Found: 2 workouts (24 sets), from 2023-11-22 to 2023-11-30"), 2, 24));
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
