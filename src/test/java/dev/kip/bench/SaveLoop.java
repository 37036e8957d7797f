package dev.kip.bench;

import dev.kip.domain.Night;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * For src/test/bench/kill-loops.sh: saves one night after another into the journal and prints each
 * night's date once its save has returned, which is when Kip says "Saved". The script kills it with
 * kill -9 at a random moment and checks that every date printed is in the journal.
 *
 * <p>{@code SaveLoop JOURNAL FIRST-DATE}
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        LocalDate day = LocalDate.parse(args[1]);
        try (Journal journal = Journal.open(Path.of(args[0]), "save loop")) {
            NightStore nights = new NightStore(journal);
            for (int i = 0; ; i++, day = day.plusDays(1)) {
                nights.put(new Night(day, LocalTime.of(22, 30), LocalTime.of(22, 45), 10 + i % 20, i % 3, 5, LocalTime.of(6, 30),
                        LocalTime.of(6, 45), 1 + i % 5, 1 + i % 5, false, "night " + i, ZoneId.systemDefault()));
                System.out.println(day);
                System.out.flush();
            }
        }
    }
}
