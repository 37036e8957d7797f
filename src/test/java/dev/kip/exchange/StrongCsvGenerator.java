package dev.kip.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a Strong CSV (variant B) with N sets for the import benchmark: one workout a day of
 * five exercises, each a warm-up and four working sets. Usage: {@code StrongCsvGenerator OUT.csv N}.
 */
public final class StrongCsvGenerator {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String[] WORKOUTS = {"Push Day", "Pull Day", "Legs"};
    private static final String[][] EXERCISES = {
            {"Bench Press (Barbell)", "Overhead Press (Barbell)", "Incline Bench Press (Dumbbell)", "Triceps Pushdown (Cable)", "Lateral Raise (Dumbbell)"},
            {"Deadlift (Barbell)", "Pull Up", "Bent Over Row (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)"},
            {"Squat (Barbell)", "Romanian Deadlift (Barbell)", "Leg Press", "Leg Curl (Machine)", "Standing Calf Raise (Machine)"}};

    private StrongCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StrongCsvGenerator OUT.csv NUMBER_OF_SETS");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        long sets = Long.parseLong(args[1]);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, sets);
        }
        System.out.printf("wrote %s: %,d sets, %,d bytes%n", path, sets, Files.size(path));
    }

    public static void write(Writer w, long sets) throws IOException {
        Random random = new Random(42);
        w.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n");
        LocalDateTime start = LocalDateTime.of(2000, 1, 1, 7, 0);
        long written = 0;
        for (int day = 0; written < sets; day++) {
            int kind = day % 3;
            String date = TIME.format(start.plusDays(day).plusMinutes(random.nextInt(120)));
            String duration = (50 + random.nextInt(40)) + "min";
            for (int e = 0; e < 5 && written < sets; e++) {
                double base = 20 + 5 * random.nextInt(30);
                for (int s = 0; s < 5 && written < sets; s++, written++) {
                    String order = s == 0 ? "W" : Integer.toString(s);
                    double weight = s == 0 ? base / 2 : base;
                    String rpe = s == 0 ? "" : Integer.toString(7 + random.nextInt(4));
                    w.write(date + "," + WORKOUTS[kind] + "," + duration + "," + EXERCISES[kind][e] + "," + order + ","
                            + weight + "," + (3 + random.nextInt(10)) + ",,,,," + rpe + "\n");
                }
            }
        }
    }
}
