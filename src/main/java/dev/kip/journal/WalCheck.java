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
 * one, would turn a sound journal into a malformed one, or silently into another journal. SQLite
 * records nothing in the database that ties a -wal to it, so Kip judges by two things. The lock
 * file says how the last Kip left the journal: a -wal that appeared after a clean close, or beside
 * a file put in place of the one that Kip opened, is not its own. Otherwise the journal and its
 * -wal are copied ({@link ScratchCopy}) and the -wal replayed into the copy: when the copy passes
 * the full check, the -wal is the journal's own. A -wal found not to be is moved aside with its
 * -shm under a new name, kept, once the journal file alone passes the full check, and the journal
 * opens as it was last saved whole; when the file alone fails too, the journal is damaged. Runs
 * under the journal's lock, so the -wal is never one a running Kip is using.
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
     * {@code lockContent} is how the last Kip left the lock file ({@link JournalHealth#whyWalIsNotItsOwn}).
     */
    static Optional<String> check(Path journal, String lockContent) {
        String notOwn = JournalHealth.whyWalIsNotItsOwn(lockContent, journal);
        if (notOwn != null) {
            return Optional.of(setAside(journal, notOwn, integrityProblems(journal)));
        }
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
        List<String> alone = integrityProblems(journal);
        if (!alone.isEmpty()) {
            throw Journal.corrupt(journal, withWal.get(0));
        }
        return Optional.of(setAside(journal, "replayed into a copy, it damages the journal: " + withWal.get(0), alone));
    }

    private static List<String> integrityProblems(Path journal) {
        return JournalFileCheck.integrityProblems(journal, JournalFileCheck.ALL);
    }

    /** Moves the -wal aside, once the journal without it is known to be sound ({@code problemsAlone} empty). */
    private static String setAside(Path journal, String why, List<String> problemsAlone) {
        if (!problemsAlone.isEmpty()) {
            throw Journal.corrupt(journal, problemsAlone.get(0));
        }
        Path aside = moveAside(journal, ScratchCopy.sideFile(journal, "-wal"));
        return "The journal " + journal + " had a -wal file beside it that does not belong to it or is damaged (" + why
                + "). Kip moved it aside to " + aside + " (kept, not deleted) and opened the journal as it was last saved whole.";
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
