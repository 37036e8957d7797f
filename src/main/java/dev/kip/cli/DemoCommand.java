package dev.kip.cli;

import dev.kip.service.JournalSession;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip demo}: a deterministic, realistic synthetic journal, only into a new, empty journal. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a realistic synthetic journal (made-up nights, sessions, soreness and pain) into a new, empty journal.")
final class DemoCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--years", required = true, paramLabel = "N", description = "Years of history, 1 to 100.")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed; the same seed gives the same journal (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("--years must be between 1 and 100 (was " + years + ")");
        }
        long start = System.nanoTime();
        try (JournalSession journal = openJournal()) {
            journal.writeDemo(years, seed);
            out().printf(Locale.ROOT, "Wrote a %d-year demo journal to %s in %.1f s.%n", years, journal.file(),
                    (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
