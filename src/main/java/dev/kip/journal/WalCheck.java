package dev.kip.journal;

import dev.kip.files.DiskFull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Looks at a {@code -wal} left beside a journal before SQLite replays it. A -wal left by a Kip that
 * was killed holds its last saves and belongs in the journal; one from another file, or a damaged
 * one, would turn a sound journal into a malformed one. So the journal and its -wal are copied
 * ({@link ScratchCopy}) and the -wal replayed into the copy: when the copy passes the full check,
 * the -wal is the journal's own. When it fails but the journal file alone passes, the -wal (and
 * its -shm) is moved aside under a new name, kept, and the journal opens as it was last saved
 * whole. When both fail, the journal is damaged. Runs under the journal's lock, so the -wal is
 * never one a running Kip is using.
 */
final class WalCheck {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private WalCheck() {
    }

    static boolean hasWal(Path journal) {
        try {
            Path wal = ScratchCopy.sideFile(journal, "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Checks the journal with its -wal; returns a notice when the -wal was moved aside. Throws
     * {@link CorruptJournalException} when the journal is damaged with or without it.
     */
    static Optional<String> check(Path journal) {
        List<String> withWal;
        try (ScratchCopy copy = ScratchCopy.of(journal, journal)) {
            withWal = JournalFileCheck.integrityProblems(copy.file(), JournalFileCheck.ALL);
        } catch (SQLException e) {
            if (!Journal.isCorruption(e)) {
                throw new JournalException("Cannot check the journal " + journal + " before opening it: " + e.getMessage()
                        + ". Nothing was changed.", e);
            }
            withWal = List.of(e.getMessage());
        } catch (IOException e) {
            throw new JournalException(DiskFull.says(e) ? DiskFull.message(journal)
                    : "Cannot check the journal " + journal + " before opening it: " + e.getMessage() + ". Nothing was changed.", e);
        }
        if (withWal.isEmpty()) {
            return Optional.empty();
        }
        if (!JournalFileCheck.integrityProblems(journal).isEmpty()) {
            throw Journal.corrupt(journal, withWal.get(0));
        }
        Path wal = ScratchCopy.sideFile(journal, "-wal");
        Path aside = moveAside(journal, wal);
        return Optional.of("The journal " + journal + " had a -wal file beside it that does not belong to it or is damaged ("
                + withWal.get(0) + "). Kip moved it aside to " + aside + " (kept, not deleted) and opened the journal as it "
                + "was last saved whole.");
    }

    private static Path moveAside(Path journal, Path wal) {
        String stamp = STAMP.format(LocalDateTime.now());
        for (int n = 1; ; n++) {
            Path aside = wal.resolveSibling(wal.getFileName() + ".set-aside-" + stamp + (n == 1 ? "" : "-" + n));
            if (Files.exists(aside) || Files.exists(sideFile(aside))) {
                continue;
            }
            try {
                Files.move(wal, aside); // no REPLACE_EXISTING: never over another kept file
                Path shm = ScratchCopy.sideFile(journal, "-shm");
                if (Files.exists(shm)) {
                    Files.move(shm, sideFile(aside));
                }
                return aside;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Taken meanwhile: try the next name.
            } catch (IOException e) {
                throw new JournalException("The journal " + journal + " has a -wal file beside it that does not belong to it "
                        + "or is damaged, and Kip could not move it aside (" + e.getMessage() + "). Move " + wal
                        + " elsewhere yourself (do not delete it), then open the journal again. Nothing was changed.", e);
            }
        }
    }

    /** Where the -shm of a -wal kept as {@code aside} goes: beside it, named after it. */
    private static Path sideFile(Path aside) {
        return aside.resolveSibling(aside.getFileName().toString().replace("-wal.set-aside-", "-shm.set-aside-"));
    }
}
