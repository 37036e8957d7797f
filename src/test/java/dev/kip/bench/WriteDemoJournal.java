package dev.kip.bench;

import dev.kip.demo.DemoJournal;
import dev.kip.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a demo journal for the benchmark and screenshots until {@code kip demo} exists:
 * {@code WriteDemoJournal PATH [YEARS] [END-DATE]} (seed 1; an existing file is left alone).
 */
public final class WriteDemoJournal {
    private WriteDemoJournal() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LocalDate end = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        write(path, years, end);
    }

    /** Writes the journal unless the file already exists. */
    public static void write(Path path, int years, LocalDate end) throws Exception {
        if (Files.exists(path) && Files.size(path) > 0) {
            return;
        }
        try (Journal journal = Journal.open(path)) {
            DemoJournal.write(journal, years, 1L, end);
        }
    }
}
