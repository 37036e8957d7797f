package dev.kip.service;

import dev.kip.demo.DemoJournal;
import dev.kip.journal.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Made-up journals: {@code kip demo}, and the sample the welcome screen offers. */
public final class DemoService {

    private DemoService() {
    }

    /** Writes {@code years} of realistic made-up entries, ending {@code today}, into the journal at {@code file} (created if missing). */
    public static void write(Path file, int years, long seed, LocalDate today) {
        try (Journal journal = Journal.open(file)) {
            write(journal, years, seed, today);
        }
    }

    static void write(Journal journal, int years, long seed, LocalDate today) {
        DemoJournal.write(journal, years, seed, today);
    }

    /** Writes the sample into its own file unless an earlier sample is already there. */
    public static void writeSample(Path file, int years, long seed, LocalDate today) throws IOException {
        if (Files.exists(file) && Files.size(file) > 0) {
            return;
        }
        write(file, years, seed, today);
    }
}
